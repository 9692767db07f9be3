import { describe, expect, it } from 'vitest';
import { generateGlossary } from '../../bench/generate-glossary.js';
import { generatePrefixes, generateQueries } from '../../bench/generate-queries.js';
import { LookupIndex, type Resolution } from '../../src/lookup/lookup-index.js';
import { BruteForceLookup } from '../helpers/brute-force-lookup.js';

/** What a reader sees from a resolution; a not-found's "nearest" hints are best-effort and left out. */
function visible(resolution: Resolution) {
  return resolution.kind === 'not-found' ? { kind: resolution.kind, reason: resolution.reason } : resolution;
}

describe('GIVEN a generated glossary of 800 terms', () => {
  const terms = generateGlossary(800, 3);
  const index = new LookupIndex(terms);
  const reference = new BruteForceLookup(terms);
  const queries = [
    ...generateQueries(terms, 240, 5).map((q) => q.query),
    ...generatePrefixes(terms, 60, 9).map((q) => q.query),
    ...['attention', 'atention', 'sparse', 'routing', 'ta', 'x', 'trainig', 'tokenzer cache', 'zzzz'],
  ];

  it('THEN the exact maps and trigram-filtered fuzzy path answer every query like fuse.js over all names', () => {
    const differences = queries
      .map((query) => ({ query, fast: visible(index.resolve(query)), slow: visible(reference.resolve(query)) }))
      .filter(({ fast, slow }) => JSON.stringify(fast) !== JSON.stringify(slow));
    expect(differences).toEqual([]);
  }, 120_000);

  it('THEN the comparison covers direct fuzzy answers, suggestions and not-founds', () => {
    const kinds = new Set(
      queries.map((q) => {
        const r = index.resolve(q);
        return r.kind === 'term' ? `term:${r.match.type}` : r.kind;
      }),
    );
    expect([...kinds].sort()).toEqual(['not-found', 'suggestions', 'term:alias', 'term:exact', 'term:fuzzy']);
  });
});
