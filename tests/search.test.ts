import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../src/glossary/load-glossary.js';
import { searchGlossary } from '../src/search.js';
import { makeGlossary } from './helpers/terms.js';

const glossary = makeGlossary();
const slugs = (query: string) => searchGlossary(glossary, query).map((r) => r.slug);

describe('searchGlossary (the web search box)', () => {
  it('GIVEN nothing typed THEN every term, alphabetically', () => {
    expect(slugs('')).toEqual(['kv-cache', 'large-language-model', 'post-training', 'pre-training', 'rlhf']);
  });

  it('GIVEN the start of a name THEN exactly the terms it begins', () => {
    expect(slugs('p').sort()).toEqual(['post-training', 'pre-training']);
    expect(slugs('pre')).toEqual(['pre-training']);
  });

  it('GIVEN an alias or a typo THEN the term /define would answer comes first', () => {
    expect(slugs('key-value cache')[0]).toBe('kv-cache');
    expect(slugs('post traning')[0]).toBe('post-training');
  });

  it('GIVEN nonsense THEN nothing', () => {
    expect(slugs('zzqxj wvvk')).toEqual([]);
  });
});

describe('searchGlossary with the shipped terms (the same answer path as /define)', async () => {
  const shipped = await loadGlossary('terms');
  const find = (query: string) => searchGlossary(shipped, query).map((r) => r.slug);

  it('GIVEN a description of a term THEN the described term comes first', () => {
    expect(find('when a model makes things up')[0]).toBe('hallucination');
    expect(find('the cache that stores keys and values')[0]).toBe('kv-cache');
  });

  it('GIVEN a comparison THEN both terms come first, whatever the shape of the question', () => {
    expect(find('lora vs fine tuning').slice(0, 2)).toEqual(['lora', 'fine-tuning']);
    expect(find('difference between rag and fine-tuning').slice(0, 2)).toEqual([
      'retrieval-augmented-generation',
      'fine-tuning',
    ]);
  });

  it('GIVEN a typo or the start of a name THEN the term is still found, with the names it begins', () => {
    expect(find('transfomer')[0]).toBe('transformer');
    expect(find('hallu')).toEqual(['hallucination']);
    expect(find('pre')).toContain('pre-training');
    expect(find('asdkjhasd')).toEqual([]);
  });
});
