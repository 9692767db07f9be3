import { describe, expect, it } from 'vitest';
import { generateGlossary } from '../../bench/generate-glossary.js';
import { LookupIndex } from '../../src/lookup/lookup-index.js';
import { makeGlossary, makeTerm } from '../helpers/terms.js';

const glossary = makeGlossary([
  makeTerm('embedding', { title: 'Embedding' }),
  makeTerm('attention-mechanism', { title: 'Attention mechanism' }),
  makeTerm('multi-head-attention', { title: 'Multi-head attention' }),
]);
const index = new LookupIndex(glossary.terms);
const slugsFor = (partial: string, limit?: number) => index.autocomplete(partial, limit).map((ref) => ref.slug);

describe('autocomplete', () => {
  it('GIVEN the start of a title THEN that term comes first', () => {
    expect(slugsFor('post')[0]).toBe('post-training');
    expect(slugsFor('Large lang')[0]).toBe('large-language-model');
  });

  it('GIVEN the start of a later word THEN terms with that word are offered, names starting with it first', () => {
    expect(slugsFor('attention')).toEqual(['attention-mechanism', 'multi-head-attention']);
    expect(slugsFor('cache')).toEqual(['kv-cache']);
  });

  it('GIVEN an alias prefix THEN its term is offered', () => {
    expect(slugsFor('LL')).toContain('large-language-model');
  });

  it('GIVEN a typo in the partial query THEN the fuzzy fallback still offers the term', () => {
    expect(slugsFor('larg langauge')).toContain('large-language-model');
  });

  it('GIVEN garbage THEN nothing is offered', () => {
    expect(slugsFor('zzzz')).toEqual([]);
    expect(slugsFor('asdfghjkl')).toEqual([]);
  });

  it('GIVEN an empty partial THEN the first terms by title are offered', () => {
    expect(index.autocomplete('', 3).map((r) => r.title)).toEqual(['Attention mechanism', 'Embedding', 'KV cache']);
  });

  it('GIVEN a big glossary THEN at most 25 distinct terms are returned by default, and `limit` is respected', () => {
    const big = new LookupIndex(generateGlossary(2_000, 5));
    for (const partial of ['s', 'sp', 'spa', 'a', 'tr']) {
      const slugs = big.autocomplete(partial).map((r) => r.slug);
      expect(slugs).toHaveLength(25);
      expect(new Set(slugs).size).toBe(25);
      expect(big.autocomplete(partial, 7)).toHaveLength(7);
    }
  });

  it('GIVEN the same short prefix twice THEN the answers are the same', () => {
    const big = new LookupIndex(generateGlossary(500, 5));
    expect(big.autocomplete('d')).toEqual(big.autocomplete('d'));
  });
});

describe('findMentions', () => {
  it('GIVEN a message naming terms by title, alias and plural THEN each is found once, in order', () => {
    const text = 'We did RLHF after pre-training our LLMs, then post training; RLHF again.';
    expect(index.findMentions(text)).toEqual(['rlhf', 'pre-training', 'large-language-model', 'post-training']);
  });

  it('GIVEN a message without terms THEN nothing is found', () => {
    expect(index.findMentions('lunch at noon?')).toEqual([]);
  });
});
