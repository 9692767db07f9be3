import type { Store } from './store.js';

/** Lookups and misses on one UTC day. */
export interface DayUsage {
  /** `YYYY-MM-DD` (UTC). */
  date: string;
  lookups: number;
  misses: number;
}

const DAY_MS = 86_400_000;

/**
 * Lookups and misses per UTC day for the last `days` days (today included), oldest first. Built from
 * `usageStats(since)` totals at each midnight (a day's count is the difference of two totals), so it works
 * with any Store as it is; a store with a per-day query can replace this in one place.
 */
export async function dailyUsage(store: Store, now: Date, days: number): Promise<DayUsage[]> {
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  const midnights = Array.from({ length: days }, (_, i) => today - i * DAY_MS);
  const totals = await Promise.all(midnights.map((at) => store.usageStats(new Date(at), 1)));
  const out: DayUsage[] = [];
  for (let i = 0; i < days; i++) {
    const total = totals[i];
    const later = totals[i - 1];
    if (!total) continue;
    out.push({
      date: new Date(midnights[i] ?? 0).toISOString().slice(0, 10),
      lookups: total.lookups - (later?.lookups ?? 0),
      misses: total.misses - (later?.misses ?? 0),
    });
  }
  return out.reverse();
}
