import MiniSearch from 'minisearch';
import type { Term } from '../glossary/schema.js';
import { searchTerms, stemPairs } from './search-text.js';

/**
 * Field weights of the description search. A term's `phrasings` are how people describe it, so they weigh most;
 * names next (a description often names part of the term); then the one-line summary, the explanation, and
 * `details`: the first item of why it matters, where it is used and examples. Only the first items: on the
 * question set, indexing every list item (and the myths) scored no better (83.3% first vs 85.7%, 88.9% top 3
 * both) while tripling the index, which is slower to build and search at 20,000 terms.
 */
const FIELD_BOOSTS = {
  phrasings: 4,
  names: 2.5,
  summary: 2,
  explanation: 1,
  details: 0.6,
} as const;
type Field = keyof typeof FIELD_BOOSTS;
const FIELDS = Object.keys(FIELD_BOOSTS) as Field[];

/** How many ranked terms one search looks at; the decision needs the top few only. */
const SEARCH_LIMIT = 8;

/** One term a description search found, with how much of the query's meaning it matched. */
export interface DescriptionHit {
  slug: string;
  title: string;
  /** MiniSearch's BM25 score (field boosts applied); only comparable within one search. */
  score: number;
  /** Share of the query's information (IDF-weighted query stems) this term matched, 0–1. */
  coverage: number;
  /** Whether two neighbouring words of the query matched two neighbouring words of one of the term's phrasings. */
  phrase: boolean;
}

type Document = Record<Field, string> & { slug: string; title: string };

/**
 * The reverse dictionary: finds terms by what a question says about them. Built on MiniSearch (small, no
 * dependencies, BM25 with per-field boosts, fuzzy matching, and its own tokenizer/term hooks), fed text that
 * is already stemmed and stripped of stop words by `searchTerms`, so indexing and queries process words the
 * same way and each word is stemmed once.
 */
export class DescriptionIndex {
  private readonly search: MiniSearch<Document>;
  private readonly titles = new Map<string, string>();
  private readonly documentFrequency = new Map<string, number>();
  private readonly size: number;

  constructor(terms: readonly Term[]) {
    this.search = new MiniSearch<Document>({
      idField: 'slug',
      fields: FIELDS,
      tokenize: splitSpaces,
      processTerm: (term) => term,
      searchOptions: { tokenize: splitSpaces, processTerm: (term) => term },
    });
    const documents = terms.map((term) => this.prepare(term));
    this.size = documents.length;
    this.search.addAll(documents);
  }

  /** Terms whose text matches the query's meaningful words, best first, each with its coverage of the query. */
  find(query: string): DescriptionHit[] {
    const stems = searchTerms(query);
    const words = [...new Set(stems)];
    if (words.length === 0) return [];
    const weights = new Map(words.map((w) => [w, this.idf(w)]));
    const total = [...weights.values()].reduce((sum, w) => sum + w, 0);
    const pairs = stemPairs(stems);
    const results = this.search.search([...words, ...pairs].join(' '), {
      boost: FIELD_BOOSTS,
      // Only a word no term uses can be a typo worth a fuzzy search; known words match exactly.
      fuzzy: (term) => (term.length >= 6 && !term.includes('_') && !this.documentFrequency.has(term) ? 1 : false),
      maxFuzzy: 1,
      weights: { fuzzy: 0.3, prefix: 0.3 },
    });
    return results.slice(0, SEARCH_LIMIT).map((result) => {
      // A word matched only through a typo-tolerant (fuzzy) match counts half.
      const exact = new Set(result.terms);
      const matched = result.queryTerms.reduce((sum, w) => sum + (weights.get(w) ?? 0) * (exact.has(w) ? 1 : 0.5), 0);
      const slug = String(result.id);
      const phrase = result.queryTerms.some((w) => w.includes('_'));
      const coverage = total > 0 ? matched / total : 0;
      return { slug, title: this.titles.get(slug) ?? slug, score: result.score, coverage, phrase };
    });
  }

  /** How many of the query's words the search would use (stop words and filler removed). */
  static meaningfulWords(query: string): number {
    return new Set(searchTerms(query)).size;
  }

  private prepare(term: Term): Document {
    this.titles.set(term.slug, term.title);
    const seen = new Set<string>();
    const field = (texts: readonly string[]) => {
      const words = searchTerms(texts.join(' \n '));
      for (const word of words) seen.add(word);
      return words.join(' ');
    };
    // Phrasings are short and weigh most, so their word pairs are indexed too (only words count for coverage).
    const phrases = (texts: readonly string[]) =>
      texts
        .map((text) => {
          const stems = searchTerms(text);
          for (const word of stems) seen.add(word);
          return [...stems, ...stemPairs(stems)].join(' ');
        })
        .join(' ');
    const document: Document = {
      slug: term.slug,
      title: term.title,
      names: field([term.title, ...term.aliases]),
      phrasings: phrases(term.phrasings ?? []),
      summary: field([term.summary]),
      explanation: field([term.explanation]),
      details: field([term.whyItMatters[0] ?? '', term.whereUsed[0] ?? '', term.examples[0] ?? '']),
    };
    for (const word of seen) this.documentFrequency.set(word, (this.documentFrequency.get(word) ?? 0) + 1);
    return document;
  }

  /** BM25's inverse document frequency: rare words say more; a word no term uses says the most. */
  private idf(word: string): number {
    const df = this.documentFrequency.get(word) ?? 0;
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }
}

function splitSpaces(text: string): string[] {
  return text.split(' ').filter(Boolean);
}
