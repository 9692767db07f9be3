/** Levenshtein distance with an early exit once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      row.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** The candidate closest to `target` if it is plausibly a typo of it (distance ≤ a third of its length). */
export function closestSlug(target: string, candidates: readonly string[]): string | undefined {
  const max = Math.max(2, Math.floor(target.length / 3));
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of candidates) {
    const d = editDistance(target, candidate, max);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Reused DP rows for typoDistance, grown on demand (lookups run one at a time). */
let scratch = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Typo distance (optimal string alignment): insertions, deletions, substitutions and swaps of two
 * neighbouring letters each cost 1. With `prefix`, the distance from `a` to the closest prefix of `b`;
 * `from` skips the start of `b`. Only a band of width 2·max+1 is computed, and the answer is `max + 1`
 * as soon as the distance must exceed `max`.
 */
export function typoDistance(a: string, b: string, max: number, prefix = false, from = 0): number {
  const n = a.length;
  const m = b.length - from;
  const over = max + 1;
  if (m < 0 || (prefix ? m < n - max : Math.abs(n - m) > max)) return over;
  if (m === 0 || n === 0) return Math.min(prefix ? n : Math.max(n, m), over);
  if ((scratch[0]?.length ?? 0) < m + 2) scratch = scratch.map(() => new Int32Array(m * 2 + 2));
  let [before, prev, row] = scratch as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= m; j++) prev[j] = Math.min(j, over);
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(m, i + max);
    row[lo - 1] = lo === 1 ? Math.min(i, over) : over;
    let best = row[lo - 1] as number;
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const cb = b.charCodeAt(from + j - 1);
      let value = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + (ca === cb ? 0 : 1),
      );
      if (i > 1 && j > 1 && ca === b.charCodeAt(from + j - 2) && a.charCodeAt(i - 2) === cb) {
        value = Math.min(value, (before[j - 2] as number) + 1);
      }
      row[j] = Math.min(value, over);
      if (value < best) best = value;
    }
    if (hi < m) row[hi + 1] = over;
    if (best > max) return over;
    [before, prev, row] = [prev, row, before];
  }
  if (!prefix) return prev[m] as number;
  let best = over;
  for (let j = Math.max(0, n - max); j <= Math.min(m, n + max); j++) best = Math.min(best, prev[j] as number);
  return best;
}
