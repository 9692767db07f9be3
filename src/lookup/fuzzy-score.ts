import Fuse, { type IFuseOptions } from 'fuse.js';
import type { NameEntry } from './names.js';

/** fuse.js settings shared by the index and by any brute-force reference search. */
export const FUSE_OPTIONS: IFuseOptions<NameEntry> = {
  keys: ['key', 'compact'],
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.5,
};

/** Longest part of a query handed to fuse.js (its bitap matcher works on short patterns). */
const MAX_PATTERN = 64;

/** A name with its fuse.js score (0 = identical, 1 = nothing alike). */
export interface ScoredName {
  entry: NameEntry;
  score: number;
}

/** Scores `names` against a query term with fuse.js: best first, equal scores in index order. */
export function scoreNames(term: string, names: readonly NameEntry[]): ScoredName[] {
  if (names.length === 0) return [];
  return new Fuse(names, FUSE_OPTIONS)
    .search(term.slice(0, MAX_PATTERN))
    .map((result) => ({ entry: result.item, score: result.score ?? 1 }))
    .sort((a, b) => a.score - b.score || a.entry.id - b.entry.id);
}
