import { execFileSync } from 'node:child_process';

/** Startup of the bot's glossary in a fresh process: load + validate + index of `dir`, timed in that process. */
export interface StartupResult {
  ms: number;
  terms: number;
  problems: number;
}

/** Runs bench/startup-child.ts in a new Node process (module loading not counted) and reads its timing. */
export function measureStartup(dir: string): StartupResult {
  const child = new URL('./startup-child.ts', import.meta.url).pathname;
  const output = execFileSync(process.execPath, ['--import', 'tsx', child, dir], { encoding: 'utf8' });
  return JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as StartupResult;
}
