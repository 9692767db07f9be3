import { execFileSync } from 'node:child_process';

/** Startup of the bot's glossary in fresh processes: load + validate + index of `dir`, and its parts. */
export interface StartupResult {
  ms: number;
  /** CPU time of the same work: what it would take on an idle machine. */
  cpuMs: number;
  terms: number;
  /** True when loadGlossary refused the glossary (someone's term file has problems right now). */
  failed?: boolean;
  parts: { loadMs: number; checkMs: number; indexMs: number; problems: number };
}

/** Runs bench/startup-child.ts in new Node processes (module loading not counted) and reads its timings. */
export function measureStartup(dir: string): StartupResult {
  const child = new URL('./startup-child.ts', import.meta.url).pathname;
  const run = (...args: string[]) => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', child, dir, ...args], { encoding: 'utf8' });
    return JSON.parse(output.trim().split('\n').at(-1) ?? '{}');
  };
  return { ...run(), parts: run('parts') } as StartupResult;
}
