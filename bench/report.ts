import type { SizeResult } from './run-size.js';
import type { StartupResult } from './startup.js';

const ms = (value: number) => (value < 1 ? value.toFixed(3) : value < 100 ? value.toFixed(2) : value.toFixed(0));
const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

/** The results as a Markdown table: one row per glossary size, index first, then the baseline. */
export function formatTable(results: readonly SizeResult[]): string {
  const head = [
    'terms',
    'build ms',
    'heap MB',
    'resolve p50 / p99 ms',
    'autocomplete p50 / p99 ms',
    'right term first',
    'answered directly',
    'garbage rejected',
    'recall@25',
    'fuse.js baseline p50 / p99 ms',
    'baseline right first',
    'baseline garbage rejected',
    'p99 speed-up',
  ];
  const rows = results.map((r) => [
    r.size.toLocaleString('en'),
    ms(r.buildMs),
    r.heapMb.toFixed(0),
    `${ms(r.resolveP50)} / ${ms(r.resolveP99)}`,
    `${ms(r.completeP50)} / ${ms(r.completeP99)}`,
    pct(r.rightFirst),
    pct(r.direct),
    pct(r.garbageRejected),
    pct(r.recallAt25),
    `${ms(r.baseline.p50)} / ${ms(r.baseline.p99)} (n=${r.baseline.sample})`,
    `${pct(r.baseline.rightFirst)} (index: ${pct(r.baseline.indexRightFirst)})`,
    pct(r.baseline.garbageRejected),
    `${(r.baseline.p99 / Math.max(r.baseline.indexP99, 0.001)).toFixed(0)}×`,
  ]);
  return [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** One target, whether it was met, and the measured value. */
export interface TargetCheck {
  label: string;
  met: boolean;
  value: string;
}

/** Checks every target from issue 7 against the results. */
export function checkTargets(results: readonly SizeResult[], startup: StartupResult): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const at = (size: number) => results.find((r) => r.size === size);
  const add = (label: string, met: boolean, value: string) => checks.push({ label, met, value });
  const small = at(1_000);
  const large = at(20_000);
  for (const [r, resolveMax, completeMax] of [
    [small, 2, 1],
    [large, 10, 5],
  ] as const) {
    if (!r) continue;
    const n = r.size.toLocaleString('en');
    add(`${n} terms: resolve p99 ≤ ${resolveMax} ms`, r.resolveP99 <= resolveMax, `${ms(r.resolveP99)} ms`);
    add(`${n} terms: autocomplete p99 ≤ ${completeMax} ms`, r.completeP99 <= completeMax, `${ms(r.completeP99)} ms`);
    add(`${n} terms: right term first ≥ 99%`, r.rightFirst >= 0.99, pct(r.rightFirst));
    add(`${n} terms: garbage rejected 100%`, r.garbageRejected === 1, pct(r.garbageRejected));
  }
  if (large) {
    add('20,000 terms: build ≤ 2 s', large.buildMs <= 2_000, `${ms(large.buildMs)} ms`);
    add('20,000 terms: heap ≤ 200 MB', large.heapMb <= 200, `${large.heapMb.toFixed(0)} MB`);
  }
  if (small) {
    const speedUp = small.baseline.p99 / Math.max(small.baseline.indexP99, 0.001);
    add('1,000 terms: ≥ 20× faster than fuse.js at p99', speedUp >= 20, `${speedUp.toFixed(0)}×`);
    add(
      '1,000 terms: accuracy ≥ baseline',
      small.baseline.indexRightFirst >= small.baseline.rightFirst,
      `${pct(small.baseline.indexRightFirst)} vs ${pct(small.baseline.rightFirst)}`,
    );
  }
  add(`startup (${startup.terms} shipped terms) ≤ 300 ms`, startup.ms <= 300, `${ms(startup.ms)} ms`);
  return checks;
}
