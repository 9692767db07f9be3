import type { Term } from '../glossary/schema.js';
import { compactKey, normalizeText } from './normalize.js';

/** One name a term can be found by (its title, slug or an alias), with its normalized forms. */
export interface NameEntry {
  /** Position in the index's name list; the stable tie-breaker between equally good matches. */
  id: number;
  slug: string;
  title: string;
  /** The name as written. */
  name: string;
  type: 'exact' | 'alias';
  /** Normalized words joined by single spaces: `post training`. */
  key: string;
  /** The key without spaces: `posttraining`. */
  compact: string;
  /** Where each word starts in `compact`: `[0, 4]` for `post training`. */
  wordStarts: number[];
}

/** Every distinct name of every term, in glossary order; a name two terms share goes to the first. */
export function collectNames(terms: readonly Term[]): NameEntry[] {
  const entries: NameEntry[] = [];
  const seen = new Set<string>();
  for (const term of terms) {
    const raw: { name: string; type: NameEntry['type'] }[] = [
      { name: term.title, type: 'exact' },
      { name: term.slug, type: 'exact' },
      ...term.aliases.map((name) => ({ name, type: 'alias' as const })),
    ];
    for (const { name, type } of raw) {
      const key = normalizeText(name);
      const compact = compactKey(key);
      if (compact === '' || seen.has(compact)) continue;
      seen.add(compact);
      const wordStarts: number[] = [];
      let at = 0;
      for (const word of key.split(' ')) {
        wordStarts.push(at);
        at += word.length;
      }
      entries.push({ id: entries.length, slug: term.slug, title: term.title, name, type, key, compact, wordStarts });
    }
  }
  return entries;
}
