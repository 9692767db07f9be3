import type { TermRef } from '../replies.js';
import { typoDistance } from './distance.js';
import type { ScoredName } from './fuzzy-score.js';
import type { NameEntry } from './names.js';
import { compactKey } from './normalize.js';
import type { Resolution } from './resolution.js';

/** The worst fuse.js score (0 = perfect, 1 = nothing alike) a name may have to be answered or suggested. */
export const SUGGEST_SCORE = 0.42;
const MAX_SUGGESTIONS = 5;
const MAX_NEAREST = 3;

/** How a query can be a typo of a name: of the whole name, or of its start or the start of a later word. */
export interface TypoFit {
  whole: boolean;
  distance: number;
}

/** Typos tolerated in a query of this many letters (spaces not counted): short words must be exact. */
export function allowedTypos(length: number): number {
  if (length < 5) return 0;
  if (length < 8) return 1;
  if (length < 12) return 2;
  return 3;
}

/**
 * Whether the query is plausibly a typo of the name: close to the whole name (typos allowed by the longer of
 * the two), or (two letters or more, one typo fewer) close to the start of the name or of one of its later
 * words. Unrelated names fail, whatever their fuse.js score, which is what keeps nonsense out.
 */
export function fitTypo(term: string, entry: NameEntry): TypoFit | undefined {
  const query = compactKey(term);
  const allowed = allowedTypos(Math.max(query.length, entry.compact.length));
  const whole = typoDistance(query, entry.compact, allowed);
  if (whole <= allowed) return { whole: true, distance: whole };
  if (query.length < 2) return undefined;
  const partAllowed = Math.max(0, allowedTypos(query.length) - 1);
  for (const start of entry.wordStarts) {
    const distance = typoDistance(query, entry.compact, partAllowed, true, start);
    if (distance <= partAllowed) return { whole: false, distance };
  }
  return undefined;
}

/**
 * Turns fuse.js scores (best first) into an answer. Only names the query is a plausible typo of count.
 * A direct answer (saying what it matched) when one term alone is plausible, or when one whole name is a
 * closer typo than anything else; otherwise up to five suggestions in fuse.js order; with nothing plausible,
 * a not-found with the nearest names.
 */
export function decideFuzzy(term: string, scored: readonly ScoredName[]): Resolution {
  const fits: (ScoredName & { fit: TypoFit })[] = [];
  for (const result of scored) {
    if (result.score > SUGGEST_SCORE) break;
    const fit = fitTypo(term, result.entry);
    if (fit) fits.push({ ...result, fit });
  }
  const winner = closestWhole(fits) ?? (new Set(fits.map((f) => f.entry.slug)).size === 1 ? fits[0] : undefined);
  if (winner) return { kind: 'term', slug: winner.entry.slug, match: { type: 'fuzzy', matched: winner.entry.name } };
  const suggestions = new Map<string, TermRef>();
  for (const { entry } of fits) {
    if (suggestions.size < MAX_SUGGESTIONS && !suggestions.has(entry.slug)) suggestions.set(entry.slug, toRef(entry));
  }
  if (suggestions.size > 0) return { kind: 'suggestions', suggestions: [...suggestions.values()] };
  return { kind: 'not-found', reason: 'no-match', suggestions: nearestTerms(scored) };
}

/**
 * The whole name with the fewest typos (fuse.js order among equals), if every other term is further away:
 * more typos from its whole names, and at least as many from the start of its words.
 */
function closestWhole<T extends { entry: NameEntry; fit: TypoFit }>(fits: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const f of fits) if (f.fit.whole && (!best || f.fit.distance < best.fit.distance)) best = f;
  if (!best) return undefined;
  const { slug } = best.entry;
  const distance = best.fit.distance;
  const rivals = fits.filter((f) => f.entry.slug !== slug);
  return rivals.every((f) => (f.fit.whole ? f.fit.distance > distance : f.fit.distance >= distance)) ? best : undefined;
}

/** The few best-scored terms, as the "nearest" hint of a not-found. */
export function nearestTerms(scored: readonly ScoredName[]): TermRef[] {
  const refs = new Map<string, TermRef>();
  for (const { entry } of scored) {
    if (refs.size >= MAX_NEAREST) break;
    if (!refs.has(entry.slug)) refs.set(entry.slug, toRef(entry));
  }
  return [...refs.values()];
}

function toRef(entry: NameEntry): TermRef {
  return { slug: entry.slug, title: entry.title };
}
