import Fuse from 'fuse.js';
import type { Term } from '../glossary/schema.js';
import type { Match, TermRef } from '../replies.js';
import { compactKey, extractTerm, MAX_QUERY_LENGTH, normalizeText, singularForms } from './normalize.js';

/** One name a term can be found by. */
interface NameEntry {
  slug: string;
  title: string;
  /** The name as written (title, alias or slug). */
  name: string;
  type: 'exact' | 'alias';
  key: string;
  compact: string;
}

/** What a query resolved to; misses are values, not exceptions. */
export type Resolution =
  | { kind: 'term'; slug: string; match: Match }
  | { kind: 'suggestions'; suggestions: TermRef[] }
  | { kind: 'not-found'; reason: 'empty' | 'too-long' | 'no-match'; suggestions: TermRef[] };

/** Fuse scores (0 = perfect, 1 = nothing alike) that separate a clear winner, a close call and a miss. */
const CLEAR_SCORE = 0.2;
const CLEAR_MARGIN = 0.1;
const SUGGEST_SCORE = 0.42;
const MAX_SUGGESTIONS = 5;

/**
 * Resolves free-form queries to terms: normalized exact title / slug / alias first, fuse.js only on a miss.
 * Built once per glossary version; all methods are pure reads.
 */
export class LookupIndex {
  private readonly byCompact = new Map<string, NameEntry>();
  private readonly byKey = new Map<string, NameEntry>();
  private readonly names: NameEntry[] = [];
  private readonly fuse: Fuse<NameEntry>;
  private readonly maxNameWords: number;
  private readonly refs: TermRef[];

  constructor(terms: readonly Term[]) {
    for (const term of terms) {
      const raw: { name: string; type: NameEntry['type'] }[] = [
        { name: term.title, type: 'exact' },
        { name: term.slug, type: 'exact' },
        ...term.aliases.map((name) => ({ name, type: 'alias' as const })),
      ];
      for (const { name, type } of raw) {
        const key = normalizeText(name);
        const entry: NameEntry = { slug: term.slug, title: term.title, name, type, key, compact: compactKey(key) };
        if (entry.compact === '' || this.byCompact.has(entry.compact)) continue;
        this.byCompact.set(entry.compact, entry);
        this.byKey.set(key, entry);
        this.names.push(entry);
      }
    }
    this.maxNameWords = Math.max(1, ...this.names.map((n) => n.key.split(' ').length));
    this.refs = terms.map((t) => ({ slug: t.slug, title: t.title })).sort((a, b) => a.title.localeCompare(b.title));
    this.fuse = new Fuse(this.names, {
      keys: ['key', 'compact'],
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.6,
    });
  }

  /** Resolves a user's query (any wording) to a term, suggestions, or a not-found with the nearest terms. */
  resolve(query: string): Resolution {
    const trimmed = query.trim();
    if (trimmed.length > MAX_QUERY_LENGTH) return { kind: 'not-found', reason: 'too-long', suggestions: [] };
    const full = normalizeText(trimmed);
    const term = extractTerm(trimmed);
    if (term === '') return { kind: 'not-found', reason: 'empty', suggestions: [] };
    for (const key of new Set([full, term])) {
      const hit = this.exact(key);
      if (hit) return { kind: 'term', slug: hit.slug, match: { type: hit.type, matched: hit.name } };
    }
    return this.fuzzy(term);
  }

  /** Up to `limit` terms for a partial query, best first: name prefixes, then word prefixes, then fuzzy. */
  autocomplete(partial: string, limit = 25): TermRef[] {
    const key = normalizeText(partial.slice(0, MAX_QUERY_LENGTH));
    if (key === '') return this.refs.slice(0, limit);
    const compact = compactKey(key);
    const ranked = new Map<string, TermRef>();
    const add = (entry: NameEntry) => {
      if (ranked.size < limit && !ranked.has(entry.slug))
        ranked.set(entry.slug, { slug: entry.slug, title: entry.title });
    };
    const byLength = (a: NameEntry, b: NameEntry) => a.key.length - b.key.length || a.key.localeCompare(b.key);
    this.names
      .filter((n) => n.compact.startsWith(compact))
      .sort(byLength)
      .forEach(add);
    this.names
      .filter((n) => n.key.split(' ').some((word) => word.startsWith(key)) || n.key.includes(` ${key}`))
      .sort(byLength)
      .forEach(add);
    if (ranked.size < limit) {
      for (const result of this.fuse.search(key, { limit: limit * 3 })) {
        if ((result.score ?? 1) <= SUGGEST_SCORE) add(result.item);
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
    const compact = compactKey(key);
    return (
      this.byCompact.get(compact) ??
      singularForms(key)
        .map((f) => this.byCompact.get(compactKey(f)))
        .find(Boolean)
    );
  }

  private fuzzy(term: string): Resolution {
    const results: { entry: NameEntry; score: number }[] = [];
    const seen = new Set<string>();
    for (const result of this.fuse.search(term.slice(0, 64), { limit: 40 })) {
      if (seen.has(result.item.slug)) continue;
      seen.add(result.item.slug);
      results.push({ entry: result.item, score: result.score ?? 1 });
    }
    const [best, second] = results;
    const toRef = (r: { entry: NameEntry }): TermRef => ({ slug: r.entry.slug, title: r.entry.title });
    if (best && best.score <= CLEAR_SCORE && (!second || second.score - best.score >= CLEAR_MARGIN)) {
      return { kind: 'term', slug: best.entry.slug, match: { type: 'fuzzy', matched: best.entry.name } };
    }
    const close = results.filter((r) => r.score <= SUGGEST_SCORE).slice(0, MAX_SUGGESTIONS);
    if (close.length > 0) return { kind: 'suggestions', suggestions: close.map(toRef) };
    return { kind: 'not-found', reason: 'no-match', suggestions: results.slice(0, 3).map(toRef) };
  }
}
