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
  // Short names allow no typo, except two neighbouring letters swapped: `rlfh` is RLHF.
  if (query.length >= 3 && isAdjacentSwap(query, entry.compact)) return { whole: true, distance: 1 };
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
  if (winner && isConfidentTypo(term, winner.entry, winner.fit)) {
    return { kind: 'term', slug: winner.entry.slug, match: { type: 'fuzzy', matched: winner.entry.name } };
  }
  const suggestions = new Map<string, TermRef>();
  for (const { entry } of fits) {
    if (suggestions.size < MAX_SUGGESTIONS && !suggestions.has(entry.slug)) suggestions.set(entry.slug, toRef(entry));
  }
  if (suggestions.size > 0) return { kind: 'suggestions', suggestions: [...suggestions.values()] };
  return { kind: 'not-found', reason: 'no-match', suggestions: nearestTerms(term, scored) };
}

/**
 * Whether a typo fit is safe to answer with a card, rather than only to suggest. An unknown name must not turn
 * into a known one: a fit on part of a name (`AGI` in "AGI safety"), a changed letter in a short name or
 * acronym (`FLOPs` → MLOps; a swap as in `rlfh` is fine), or a different word in a multi-word name
 * (`model merging` → model serving, `mode collapse` → model collapse) is only a suggestion.
 */
export function isConfidentTypo(term: string, entry: NameEntry, fit: TypoFit): boolean {
  if (!fit.whole) return false;
  const query = compactKey(term);
  if (fit.distance === 0 || query === entry.compact) return true;
  if (isAcronymLike(entry) || query.length <= 5) return isAdjacentSwap(query, entry.compact);
  const words = term.split(' ').filter(Boolean);
  const nameWords = entry.key.split(' ');
  if (words.length < 2 || words.length !== nameWords.length) return true;
  return words.every((word, i) => {
    const name = nameWords[i] ?? '';
    // A changed letter in a short word is as likely another word as a typo (`mode collapse` is not model
    // collapse): like short names, short words of a longer name only forgive a swap.
    if (Math.max(word.length, name.length) <= SHORT_WORD) return word === name || isAdjacentSwap(word, name);
    const allowed = allowedTypos(Math.max(word.length, name.length));
    return typoDistance(word, name, allowed) <= allowed || isAdjacentSwap(word, name);
  });
}

/** Words of this many letters or fewer, inside a multi-word name, are not corrected by a changed letter. */
const SHORT_WORD = 5;

/** A short name written with several capitals (`MLOps`, `LoRA`, `GPU`), or any name of four letters or fewer. */
function isAcronymLike(entry: NameEntry): boolean {
  if (entry.compact.length <= 4) return true;
  return entry.compact.length <= 6 && (entry.name.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/** Whether `a` is `b` with exactly two neighbouring letters swapped. */
export function isAdjacentSwap(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
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

/**
 * The few best-scored terms that clear a relevance bar, as the "nearest" hint of a not-found: the name shares a
 * whole word (three letters or more) with the query, or the first five letters. fuse.js scores alone would offer
 * something for any input (`lol` → Logits), and unrelated hints are worse than none.
 */
export function nearestTerms(term: string, scored: readonly ScoredName[]): TermRef[] {
  const refs = new Map<string, TermRef>();
  const words = new Set(term.split(' ').filter((w) => w.length >= 3));
  const start = compactKey(term).slice(0, 5);
  for (const { entry } of scored) {
    if (refs.size >= MAX_NEAREST) break;
    const related =
      (start.length === 5 && entry.compact.startsWith(start)) || entry.key.split(' ').some((w) => words.has(w));
    if (!related) continue;
    if (!refs.has(entry.slug)) refs.set(entry.slug, toRef(entry));
  }
  return [...refs.values()];
}

function toRef(entry: NameEntry): TermRef {
  return { slug: entry.slug, title: entry.title };
}
