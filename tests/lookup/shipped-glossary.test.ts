import { describe, expect, it } from 'vitest';
import { loadTermFiles } from '../../src/glossary/load.js';
import { LookupIndex } from '../../src/lookup/lookup-index.js';

// Only core terms from issue 2 are used here: the shipped glossary grows, these must keep resolving.
const loaded = await loadTermFiles('terms');
const index = new LookupIndex(loaded.terms);

describe('GIVEN the shipped glossary in terms/', () => {
  it.each([
    ['Post-Training', 'post-training'],
    ['posttraining', 'post-training'],
    ['what is post-training?', 'post-training'],
    ['RLHF', 'rlhf'],
    ['LLMs', 'large-language-model'],
    ['embeddings', 'embedding'],
    ['what is RAG?', 'retrieval-augmented-generation'],
    ['define LoRA', 'lora'],
    ['Chain of thought', 'chain-of-thought'],
  ])('WHEN %j is asked THEN it answers %s directly', (query, slug) => {
    expect(index.resolve(query)).toMatchObject({ kind: 'term', slug });
  });

  it.each([
    ['postraining', 'post-training'],
    ['halucination', 'hallucination'],
    ['quantizaton', 'quantization'],
    ['gradient decent', 'gradient-descent'],
    ['tranformer', 'transformer'],
  ])('WHEN the typo %j is asked THEN it answers %s as a fuzzy match', (query, slug) => {
    expect(index.resolve(query)).toMatchObject({ kind: 'term', slug, match: { type: 'fuzzy' } });
  });

  it.each(['asdfghjkl', 'zzzz', 'qwertyuiop', '🤖🔥', '?!?!'])(
    'WHEN the garbage %j is asked THEN it is not found',
    (query) => {
      expect(index.resolve(query).kind).toBe('not-found');
    },
  );

  it('WHEN "post" is typed THEN autocomplete offers post-training first', () => {
    expect(index.autocomplete('post')[0]?.slug).toBe('post-training');
  });
});
