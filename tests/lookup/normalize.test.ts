import { describe, expect, it } from 'vitest';
import { compactKey, extractTerm, normalizeText, singularForms } from '../../src/lookup/normalize.js';

describe('normalizeText', () => {
  it.each([
    ['Post-Training', 'post training'],
    ['POST TRAINING', 'post training'],
    ['post_training', 'post training'],
    ['post—training', 'post training'],
    ['  post   training  ', 'post training'],
    ['"post-training!"', 'post training'],
    ['post-training?', 'post training'],
    ['Ｐｏｓｔ－ｔｒａｉｎｉｎｇ', 'post training'],
    ['pöst-träining', 'post training'],
    ['Café ﬁne-tuning', 'cafe fine tuning'],
  ])('GIVEN %j THEN it folds to %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('GIVEN only punctuation or emoji THEN the key is empty', () => {
    expect(normalizeText('?!?! ... 🤖🔥')).toBe('');
  });
});

describe('extractTerm', () => {
  it.each([
    ['what is post-training?', 'post training'],
    ["what's post-training", 'post training'],
    ['What does post-training mean?', 'post training'],
    ['define post-training', 'post training'],
    ['explain post-training', 'post training'],
    ['tell me about post-training', 'post training'],
    ['what is the KV cache?', 'kv cache'],
    ['what is an LLM', 'llm'],
    ['the embedding', 'embedding'],
    ['@Glossary what is RLHF?', 'rlhf'],
    ['<@U123> define RLHF', 'rlhf'],
    ['explain the KV-cache to me', 'kv cache'],
    ['can you explain RLHF in simple terms?', 'rlhf'],
  ])('GIVEN the question %j THEN the term is %j', (input, expected) => {
    expect(extractTerm(input)).toBe(expected);
  });

  it('GIVEN a question with no term THEN the term is empty', () => {
    expect(extractTerm('what is ?')).toBe('');
  });
});

describe('compactKey and singularForms', () => {
  it('GIVEN a spaced key THEN the compact key drops the spaces', () => {
    expect(compactKey('post training')).toBe('posttraining');
  });

  it.each([
    ['llms', 'llm'],
    ['embeddings', 'embedding'],
    ['large language models', 'large language model'],
    ['losses', 'loss'],
    ['entropies', 'entropy'],
  ])('GIVEN the plural %j THEN %j is among its singular forms', (plural, singular) => {
    expect(singularForms(plural)).toContain(singular);
  });

  it('GIVEN a word ending in ss THEN no singular form is guessed by dropping an s', () => {
    expect(singularForms('loss')).toEqual([]);
  });
});
