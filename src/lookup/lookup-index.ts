import type { Term } from '../glossary/schema.js';
import type { TermRef } from '../replies.js';
import { decideFuzzy, fitTypo, nearestTerms, SUGGEST_SCORE } from './fuzzy-decision.js';
import { scoreNames } from './fuzzy-score.js';
import { collectNames, type NameEntry } from './names.js';
import { compactKey, extractTerm, MAX_QUERY_LENGTH, normalizeText, singularForms } from './normalize.js';
import { PrefixIndex } from './prefix-index.js';
import type { Resolution } from './resolution.js';
import { TrigramFilter } from './trigram-filter.js';

export type { Resolution } from './resolution.js';

/** Most typos the typo gate ever allows (`allowedTypos` for the longest names). */
const MAX_TYPOS = 3;
/** How many names the trigram filter passes on for one query. */
const FUZZY_CANDIDATES = 64;
/** Autocomplete looks for typos only when the prefixes found fewer terms than this (nothing at all). */
const FUZZY_FILL = 1;
/** How many of them fuse.js ranks for a not-found's "nearest terms" when none is a plausible typo. */
const NEAREST_POOL = 8;

/**
 * Resolves free-form queries to terms. Cheap and certain first: normalized exact title / slug / alias maps;
 * on a miss a trigram filter picks a few dozen candidate names and fuse.js scores only those.
 * Built once per glossary version; all methods are reads (short autocomplete prefixes are memoized).
 */
export class LookupIndex {
  private readonly names: NameEntry[];
  private readonly byCompact = new Map<string, NameEntry>();
  private readonly byKey = new Map<string, NameEntry>();
  private trigramFilter: TrigramFilter | undefined;
  private prefixIndex: PrefixIndex | undefined;
  private readonly maxNameWords: number;
  /** Letters in the longest name; a query much longer than it cannot be a typo of any name. */
  private readonly maxCompactLength: number;
  private readonly refs: TermRef[];

  constructor(terms: readonly Term[]) {
    this.names = collectNames(terms);
    let maxWords = 1;
    let maxCompact = 0;
    for (const entry of this.names) {
      maxCompact = Math.max(maxCompact, entry.compact.length);
      this.byCompact.set(entry.compact, entry);
      this.byKey.set(entry.key, entry);
      maxWords = Math.max(maxWords, entry.key.split(' ').length);
    }
    this.maxNameWords = maxWords;
    this.maxCompactLength = maxCompact;
    const collator = new Intl.Collator('en');
    this.refs = terms.map((t) => ({ slug: t.slug, title: t.title })).sort((a, b) => collator.compare(a.title, b.title));
  }

  /**
   * The typo and autocomplete structures, built on first use: a one-shot `glossary define` of an exact name
   * never needs them (a third of its start-up), while the bot builds them in its warm-up before it is ready.
   */
  private get trigrams(): TrigramFilter {
    this.trigramFilter ??= new TrigramFilter(this.names);
    return this.trigramFilter;
  }

  private get prefixes(): PrefixIndex {
    this.prefixIndex ??= new PrefixIndex(this.names);
    return this.prefixIndex;
  }

  /** Resolves a user's query (any wording) to a term, suggestions, or a not-found with the nearest terms. */
  resolve(query: string): Resolution {
    return this.resolveExact(query) ?? this.resolveFuzzy(extractTerm(query.trim()));
  }

  /**
   * The certain part of `resolve`: an exact title, slug or alias (question wording and plurals folded away), or
   * a not-found for an empty or too-long query; undefined when only a fuzzy search could tell.
   */
  resolveExact(query: string): Resolution | undefined {
    const trimmed = query.trim();
    if (trimmed.length > MAX_QUERY_LENGTH) return { kind: 'not-found', reason: 'too-long', suggestions: [] };
    const full = normalizeText(trimmed);
    const term = extractTerm(trimmed);
    if (term === '') return { kind: 'not-found', reason: 'empty', suggestions: [] };
    for (const key of new Set([full, term])) {
      const hit = this.exact(key);
      if (hit) return { kind: 'term', slug: hit.slug, match: { type: hit.type, matched: hit.name } };
    }
    return undefined;
  }

  /** Up to `limit` terms for a partial query, best first: name prefixes, then word prefixes, then typos if few. */
  autocomplete(partial: string, limit = 25): TermRef[] {
    const key = normalizeText(partial.slice(0, MAX_QUERY_LENGTH));
    if (key === '') return this.refs.slice(0, limit);
    const ranked = new Map<string, TermRef>();
    const add = (entry: NameEntry | undefined) => {
      if (entry && ranked.size < limit && !ranked.has(entry.slug)) {
        ranked.set(entry.slug, { slug: entry.slug, title: entry.title });
      }
    };
    for (const id of this.prefixes.complete(compactKey(key), limit)) add(this.names[id]);
    if (ranked.size < Math.min(limit, FUZZY_FILL)) {
      for (const { entry, score } of scoreNames(key, this.plausible(key, this.candidates(key)))) {
        if (score <= SUGGEST_SCORE) add(entry);
      }
    }
    return [...ranked.values()];
  }

  /** Every term named (by title or alias, as whole words) in a longer text, in order of first appearance. */
  findMentions(text: string, limit = 10): string[] {
    const words = normalizeText(text.slice(0, 20_000)).split(' ').filter(Boolean);
    const found: string[] = [];
    for (let i = 0; i < words.length && found.length < limit; i++) {
      for (let n = Math.min(this.maxNameWords, words.length - i); n >= 1; n--) {
        const phrase = words.slice(i, i + n).join(' ');
        const entry =
          this.byKey.get(phrase) ??
          singularForms(phrase)
            .map((f) => this.byKey.get(f))
            .find(Boolean);
        if (entry) {
          if (!found.includes(entry.slug)) found.push(entry.slug);
          i += n - 1;
          break;
        }
      }
    }
    return found;
  }

  private exact(key: string): NameEntry | undefined {
    return (
      this.byCompact.get(compactKey(key)) ??
      singularForms(key)
        .map((f) => this.byCompact.get(compactKey(f)))
        .find(Boolean)
    );
  }

  /**
   * The fuzzy path: the trigram filter's candidates, narrowed to plausible typos, ranked by fuse.js. Gives the
   * same answer as ranking every name with fuse.js (see tests/lookup/candidate-filter.test.ts).
   */
  private resolveFuzzy(term: string): Resolution {
    // The typo gate allows at most 3 typos, so a query this much longer than every name fits none: a sentence
    // (a description) skips the fuzzy search; the answer would be the same not-found.
    if (compactKey(term).length > this.maxCompactLength + MAX_TYPOS) {
      return { kind: 'not-found', reason: 'no-match', suggestions: [] };
    }
    const candidates = this.candidates(term);
    const resolution = decideFuzzy(term, scoreNames(term, this.plausible(term, candidates)));
    if (resolution.kind !== 'not-found') return resolution;
    return { ...resolution, suggestions: nearestTerms(term, scoreNames(term, candidates.slice(0, NEAREST_POOL))) };
  }

  /** The names worth scoring for a query: those sharing the most character trigrams with it. */
  private candidates(term: string): NameEntry[] {
    const names: NameEntry[] = [];
    for (const id of this.trigrams.candidates(term, FUZZY_CANDIDATES)) {
      const entry = this.names[id];
      if (entry) names.push(entry);
    }
    return names;
  }

  /** Only names the query could be a typo of; fuse.js never needs to see the rest. */
  private plausible(term: string, names: readonly NameEntry[]): NameEntry[] {
    return names.filter((entry) => fitTypo(term, entry) !== undefined);
  }
}
