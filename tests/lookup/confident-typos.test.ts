import { describe, expect, it } from 'vitest';
import { loadTermFiles } from '../../src/glossary/load.js';
import { LookupIndex } from '../../src/lookup/lookup-index.js';

const loaded = await loadTermFiles('terms');
const index = new LookupIndex(loaded.terms);

describe('GIVEN the shipped glossary and names that are not in it', () => {
  it.each([
    ['FLOPs', 'one letter from the acronym MLOps'],
    ['CPU', 'one letter from GPU'],
    ['GPT', 'only the start of the alias "GPT-style model", and one letter from GPU'],
    ['model sharing', 'its second word differs from "model serving"'],
    ['GRU', 'one letter from GPU'],
    ['mode collapse', 'a short first word one letter from "model collapse"'],
  ])('WHEN %j (%s) is asked THEN no term card answers it', (query) => {
    expect(index.resolve(query).kind).not.toBe('term');
  });

  it.each([
    ['FLOPs', 'mlops'],
    ['GPT', 'decoder-only-model'],
    ['model sharing', 'model-serving'],
    ['mode collapse', 'model-collapse'],
  ])('WHEN %j is asked THEN the near name is offered as a suggestion, not answered', (query, slug) => {
    const resolution = index.resolve(query);
    expect(resolution).toMatchObject({ kind: 'suggestions' });
    expect(resolution.kind === 'suggestions' && resolution.suggestions.map((s) => s.slug)).toContain(slug);
  });

  it.each([
    ['rlfh', 'rlhf'],
    ['trasnformer', 'transformer'],
    ['halucination', 'hallucination'],
    ['kv cahce', 'kv-cache'],
    ['reinforcment learning', 'reinforcement-learning'],
  ])('WHEN the clear typo %j is asked THEN it still answers %s directly', (query, slug) => {
    expect(index.resolve(query)).toMatchObject({ kind: 'term', slug, match: { type: 'fuzzy' } });
  });

  it.each(['asdkjhasd', 'lol', 'hmm', 'ok thanks', 'CPU'])(
    'WHEN %j is asked THEN the not-found lists no unrelated "closest terms"',
    (query) => {
      expect(index.resolve(query)).toEqual({ kind: 'not-found', reason: 'no-match', suggestions: [] });
    },
  );

  it('WHEN a misspelt name shares a word with a term THEN that term is still offered as the nearest', () => {
    expect(index.resolve('post-trxxxxxxx')).toMatchObject({
      kind: 'not-found',
      suggestions: [{ slug: 'post-training' }],
    });
  });
});
