import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** The value at percentile `p` (0–100) of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/**
 * Milliseconds per query: each query runs `repeats` times (interleaved, after one warm-up pass) and keeps
 * its median, so one preemption on a shared machine does not become the p99.
 */
export function timeEach<T>(queries: readonly T[], run: (query: T) => unknown, repeats = 3): number[] {
  for (const query of queries) run(query);
  const runs: number[][] = queries.map(() => []);
  for (let r = 0; r < repeats; r++) {
    queries.forEach((query, i) => {
      const start = performance.now();
      run(query);
      runs[i]?.push(performance.now() - start);
    });
  }
  return runs.map((times) => percentile(times, 50));
}

/** Heap in use after a full garbage collection, in MB. */
export function heapUsedMb(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed / 1_048_576;
}

/** Runs `fn` once and returns its result with the wall time it took, in ms. */
export function timeOnce<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}
