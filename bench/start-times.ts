import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TargetCheck } from './report.js';
import { writeLargeGlossary } from './write-large-glossary.js';

/** What `npm start`, the one-shot CLI and a 5,000-term start cost, in fresh processes (medians of RUNS). */
export interface StartTimes {
  consoleFirstAnswerMs: { cold: number; cached: number };
  cliMs: Record<string, number>;
  largeStartup: { terms: number; uncachedMs: number; cachedMs: number; cpuUncachedMs: number; cpuCachedMs: number };
}

const RUNS = 3;
const CLI_COMMANDS: string[][] = [['define', 'rlhf'], ['resolve'], ['search', 'atten'], ['list']];
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Wall time from spawning `npm start` with a question piped in to the first answer on stdout. */
function timeConsoleAnswer(env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('npm', ['start', '--silent'], { env, stdio: ['pipe', 'pipe', 'ignore'] });
    child.stdout.once('data', () => {
      resolve(performance.now() - started);
      child.stdin.end();
    });
    child.on('error', reject);
    child.on('exit', (code) => code !== 0 && reject(new Error(`npm start exited ${code}`)));
    child.stdin.write('what is RLHF?\n');
  });
}

function timeCommand(args: string[], env: NodeJS.ProcessEnv): number {
  const started = performance.now();
  try {
    execFileSync(process.execPath, ['bin/glossary.js', ...args], {
      env,
      stdio: ['pipe', 'ignore', 'ignore'],
      input: 'rlhf\n',
    });
  } catch {
    // exit 1 (not found) still counts as a finished run
  }
  return performance.now() - started;
}

/** Runs bench/startup-child.ts on `dir` (loadGlossary in a fresh process, module loading not counted). */
function timeLoad(dir: string, cacheDir: string): { ms: number; cpuMs: number } {
  const child = new URL('./startup-child.ts', import.meta.url).pathname;
  const output = execFileSync(process.execPath, ['--import', 'tsx', child, dir, 'cached', cacheDir], {
    encoding: 'utf8',
  });
  return JSON.parse(output.trim().split('\n').at(-1) ?? '{}');
}

/** Measures everything in StartTimes; `dist/` is compiled first if it is stale (by `npm start` itself). */
export async function measureStartTimes(): Promise<StartTimes> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'glossary-start-bench-'));
  try {
    const base = {
      ...process.env,
      TERMS_DIR: 'terms',
      DATABASE_PATH: path.join(scratch, 'glossary.db'),
      LOG_LEVEL: 'silent',
    };
    const cached = { ...base, GLOSSARY_CACHE_DIR: path.join(scratch, 'cache') };
    await timeConsoleAnswer(cached); // compiles dist/ if stale, fills the cache
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      cold.push(await timeConsoleAnswer({ ...base, GLOSSARY_CACHE_DIR: path.join(scratch, `cold-${i}`) }));
      warm.push(await timeConsoleAnswer(cached));
    }
    const cliMs: Record<string, number> = {};
    for (const args of CLI_COMMANDS) {
      timeCommand(args, cached);
      cliMs[args[0] ?? ''] = median(Array.from({ length: RUNS }, () => timeCommand(args, cached)));
    }
    const large = path.join(scratch, 'terms-5000');
    const terms = writeLargeGlossary('terms', large, 5_000);
    const uncached = Array.from({ length: RUNS }, (_, i) => timeLoad(large, path.join(scratch, `large-cold-${i}`)));
    const largeCache = path.join(scratch, 'large-cache');
    timeLoad(large, largeCache);
    const hits = Array.from({ length: RUNS }, () => timeLoad(large, largeCache));
    return {
      consoleFirstAnswerMs: { cold: median(cold), cached: median(warm) },
      cliMs,
      largeStartup: {
        terms,
        uncachedMs: median(uncached.map((r) => r.ms)),
        cachedMs: median(hits.map((r) => r.ms)),
        cpuUncachedMs: median(uncached.map((r) => r.cpuMs)),
        cpuCachedMs: median(hits.map((r) => r.cpuMs)),
      },
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The issue 14 targets. */
export function checkStartTargets(times: StartTimes): TargetCheck[] {
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  const { cold, cached } = times.consoleFirstAnswerMs;
  const checks: TargetCheck[] = [
    {
      label: 'npm start: first console answer ≤ 1.5 s (empty cache / cached glossary)',
      met: Math.max(cold, cached) <= 1_500,
      value: `${ms(cold)} / ${ms(cached)}`,
    },
  ];
  for (const [name, value] of Object.entries(times.cliMs)) {
    checks.push({ label: `glossary ${name} (one-shot) ≤ 250 ms`, met: value <= 250, value: ms(value) });
  }
  const large = times.largeStartup;
  checks.push({
    label: `startup at ${large.terms.toLocaleString('en')} terms ≤ 1 s (cached; first start without cache shown)`,
    met: large.cachedMs <= 1_000,
    value: `${ms(large.cachedMs)} (${ms(large.cpuCachedMs)} CPU); uncached ${ms(large.uncachedMs)} (${ms(large.cpuUncachedMs)} CPU)`,
  });
  return checks;
}
