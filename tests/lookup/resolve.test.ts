import { describe, expect, it } from 'vitest';
import { LookupIndex } from '../../src/lookup/lookup-index.js';
import { makeGlossary, makeTerm } from '../helpers/terms.js';

const glossary = makeGlossary([
  makeTerm('embedding', { title: 'Embedding', aliases: ['vector embedding'] }),
  makeTerm('attention-mechanism', { title: 'Attention mechanism', aliases: ['attention'] }),
]);
const index = new LookupIndex(glossary.terms);

describe('GIVEN fixture terms (post-training, pre-training, rlhf, kv-cache, large-language-model, embedding…)', () => {
  it.each([
    'post-training',
    'Post-Training',
    'POST TRAINING',
    'post_training',
    'post—training',
    '  post-training?  ',
    '"post-training!"',
    'Ｐｏｓｔ－ｔｒａｉｎｉｎｇ',
    'pöst-training',
  ])('WHEN the query is %j THEN it is an exact hit on post-training', (query) => {
    expect(index.resolve(query)).toEqual({
      kind: 'term',
      slug: 'post-training',
      match: { type: 'exact', matched: 'Post-training' },
    });
  });

  it.each([
    ['what is post-training?', 'post-training'],
    ["what's post-training", 'post-training'],
    ['What does post-training mean?', 'post-training'],
    ['define post-training', 'post-training'],
    ['explain pre-training', 'pre-training'],
    ['tell me about the KV cache', 'kv-cache'],
    ['what is the kv cache?', 'kv-cache'],
    ['what is an embedding?', 'embedding'],
  ])('WHEN asked %j THEN it answers %s', (query, slug) => {
    expect(index.resolve(query)).toMatchObject({ kind: 'term', slug });
  });

  it.each([
    ['posttraining', 'post-training'],
    ['kvcache', 'kv-cache'],
    ['largelanguagemodel', 'large-language-model'],
  ])('WHEN the space-less form %j is asked THEN it is an exact hit on %s', (query, slug) => {
    expect(index.resolve(query)).toMatchObject({ kind: 'term', slug, match: { type: 'exact' } });
  });

  it.each([
    ['LLMs', 'large-language-model', 'LLM'],
    ['embeddings', 'embedding', 'Embedding'],
    ['large language models', 'large-language-model', 'Large language model'],
  ])('WHEN the plural %j is asked THEN it finds %s', (query, slug, matched) => {
    expect(index.resolve(query)).toMatchObject({ kind: 'term', slug, match: { matched } });
  });

  it.each([
    ['RLHF', 'rlhf', 'exact', 'RLHF'],
    ['reinforcement learning from human feedback', 'rlhf', 'alias', 'Reinforcement learning from human feedback'],
    ['LLM', 'large-language-model', 'alias', 'LLM'],
    ['what is an LLM?', 'large-language-model', 'alias', 'LLM'],
    ['key-value cache', 'kv-cache', 'alias', 'key-value cache'],
  ])('WHEN the alias or acronym %j is asked THEN it finds %s by %s', (query, slug, type, matched) => {
    expect(index.resolve(query)).toEqual({ kind: 'term', slug, match: { type, matched } });
  });

  it.each([
    ['postraining', 'post-training', 'Post-training'],
    ['post-trainnig', 'post-training', 'Post-training'],
    ['what is postraining?', 'post-training', 'Post-training'],
    ['large langauge model', 'large-language-model', 'Large language model'],
    ['embeddnig', 'embedding', 'Embedding'],
    ['atention mechanism', 'attention-mechanism', 'Attention mechanism'],
  ])('WHEN the typo %j is asked THEN it answers %s as a fuzzy match saying what it matched', (query, slug, matched) => {
    expect(index.resolve(query)).toEqual({ kind: 'term', slug, match: { type: 'fuzzy', matched } });
  });

  it('WHEN a word two terms share is asked THEN it suggests both instead of guessing', () => {
    const resolution = index.resolve('training');
    expect(resolution.kind).toBe('suggestions');
    const slugs = resolution.kind === 'suggestions' ? resolution.suggestions.map((s) => s.slug) : [];
    expect(slugs.sort()).toEqual(['post-training', 'pre-training']);
  });

  it.each(['asdfghjkl', 'zzzz', 'qwertyuiop', 'xkcd zzyzx', '🤖🔥', '¯\\_(ツ)_/¯', '?!?!', '...', '12345'])(
    'WHEN the garbage %j is asked THEN it is not found',
    (query) => {
      expect(index.resolve(query).kind).toBe('not-found');
    },
  );

  it.each(['', '   ', 'what is ?'])('WHEN the query %j has no term in it THEN it is an empty not-found', (query) => {
    expect(index.resolve(query)).toEqual({ kind: 'not-found', reason: 'empty', suggestions: [] });
  });

  it('WHEN the query is 10,000 characters long THEN it says too long at once instead of searching', () => {
    for (const query of ['a'.repeat(10_000), `post-training ${'x'.repeat(9_986)}`, 'what is '.repeat(1_250)]) {
      expect(index.resolve(query)).toEqual({ kind: 'not-found', reason: 'too-long', suggestions: [] });
    }
  });

  it('WHEN a term is padded with 10,000 spaces THEN it is still found', () => {
    const padded = `${' '.repeat(5_000)}RLHF${' '.repeat(5_000)}`;
    expect(index.resolve(padded)).toMatchObject({ kind: 'term', slug: 'rlhf' });
  });

  it('WHEN a near miss is not plausible as a typo THEN the not-found still offers the nearest terms', () => {
    const resolution = index.resolve('post-trxxxxxxx');
    expect(resolution.kind).toBe('not-found');
    expect(resolution.kind === 'not-found' && resolution.suggestions.map((s) => s.slug)).toContain('post-training');
  });
});
