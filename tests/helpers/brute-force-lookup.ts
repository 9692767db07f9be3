import type { Term } from '../../src/glossary/schema.js';
import { decideFuzzy } from '../../src/lookup/fuzzy-decision.js';
import { scoreNames } from '../../src/lookup/fuzzy-score.js';
import type { Resolution } from '../../src/lookup/lookup-index.js';
import { collectNames, type NameEntry } from '../../src/lookup/names.js';
import { compactKey, extractTerm, MAX_QUERY_LENGTH, normalizeText, singularForms } from '../../src/lookup/normalize.js';

/**
 * The reference the fast index must agree with: a linear scan for exact names, then fuse.js over ALL names
 * (no trigram filter, no pre-gating) with the same decision rule.
 */
export class BruteForceLookup {
  private readonly names: NameEntry[];

  constructor(terms: readonly Term[]) {
    this.names = collectNames(terms);
  }

  resolve(query: string): Resolution {
    const trimmed = query.trim();
    if (trimmed.length > MAX_QUERY_LENGTH) return { kind: 'not-found', reason: 'too-long', suggestions: [] };
    const term = extractTerm(trimmed);
    if (term === '') return { kind: 'not-found', reason: 'empty', suggestions: [] };
    for (const key of new Set([normalizeText(trimmed), term])) {
      const wanted = [key, ...singularForms(key)].map(compactKey);
      for (const form of wanted) {
        const hit = this.names.find((n) => n.compact === form);
        if (hit) return { kind: 'term', slug: hit.slug, match: { type: hit.type, matched: hit.name } };
      }
    }
    return decideFuzzy(term, scoreNames(term, this.names));
  }
}
