import type { TermRef } from '../replies.js';
import { typoDistance } from './distance.js';
import type { ScoredName } from './fuzzy-score.js';
import type { NameEntry } from './names.js';
import { compactKey } from './normalize.js';
import type { Resolution } from './resolution.js';

/** Fuse scores (0 = perfect, 1 = nothing alike) for a direct answer and for a suggestion. */
const CLEAR_SCORE = 0.3;
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
  const words = entry.key.split(' ');
  for (let i = 0; i < words.length; i++) {
    const distance = typoDistance(query, words.slice(i).join(''), partAllowed, true);
    if (distance <= partAllowed) return { whole: false, distance };
  }
  return undefined;
}

/**
 * Turns fuse.js scores (best first) into an answer. A plausible typo of exactly one term, or the one closest
 * typo of a whole name, answers and says what it matched; several plausible terms become suggestions;
 * nothing plausible is a not-found with the nearest names.
 */
export function decideFuzzy(term: string, scored: readonly ScoredName[]): Resolution {
  const fits: (ScoredName & { fit: TypoFit })[] = [];
  const seen = new Set<string>();
  for (const result of scored) {
    if (result.score > SUGGEST_SCORE) break;
    if (seen.has(result.entry.slug)) continue;
    const fit = fitTypo(term, result.entry);
    if (!fit) continue;
    seen.add(result.entry.slug);
    fits.push({ ...result, fit });
  }
  const [best, ...others] = fits;
  if (best && best.score <= CLEAR_SCORE) {
    const closestWhole = best.fit.whole && others.every((o) => !o.fit.whole || o.fit.distance > best.fit.distance);
    if (closestWhole || others.length === 0) {
      return { kind: 'term', slug: best.entry.slug, match: { type: 'fuzzy', matched: best.entry.name } };
    }
  }
  const close = fits.slice(0, MAX_SUGGESTIONS);
  if (close.length > 0) return { kind: 'suggestions', suggestions: close.map((f) => toRef(f.entry)) };
  return { kind: 'not-found', reason: 'no-match', suggestions: nearestTerms(scored) };
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
