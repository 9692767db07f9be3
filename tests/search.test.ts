import { describe, expect, it } from 'vitest';
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
