import { describe, expect, it } from 'vitest';
import { answer, parseCommandText, termOfTheDay } from '../src/answer.js';
import { seededShuffle } from '../src/random.js';
import { makeGlossary } from './helpers/terms.js';

describe('parseCommandText', () => {
  it('GIVEN the command words THEN it recognises help, today, random and sections', () => {
    expect(parseCommandText('')).toEqual({ kind: 'help' });
    expect(parseCommandText('  HELP ')).toEqual({ kind: 'help' });
    expect(parseCommandText('today')).toEqual({ kind: 'today' });
    expect(parseCommandText('random')).toEqual({ kind: 'random' });
    expect(parseCommandText('random Beginner')).toEqual({ kind: 'random', difficulty: 'beginner' });
    expect(parseCommandText('post-training examples')).toEqual({
      kind: 'define',
      query: 'post-training',
      section: 'examples',
    });
    expect(parseCommandText('KV cache at a glance')).toEqual({ kind: 'define', query: 'KV cache', section: 'glance' });
    expect(parseCommandText('what is RLHF?')).toEqual({ kind: 'define', query: 'what is RLHF?' });
  });

  it('GIVEN a bare section word THEN it is looked up as a query, not a section of nothing', () => {
    expect(parseCommandText('examples')).toEqual({ kind: 'define', query: 'examples' });
  });
});

describe('answer', () => {
  const glossary = makeGlossary();

  it('GIVEN a query THEN it answers with the card, related titles and how it matched', () => {
    const reply = answer(glossary, { kind: 'define', query: 'what is the KV-Cache?' });
    expect(reply).toMatchObject({ kind: 'term', section: 'overview', match: { type: 'exact' } });
    if (reply.kind !== 'term') throw new Error('expected a term');
    expect(reply.term.slug).toBe('kv-cache');
    expect(reply.related).toEqual([
      { slug: 'large-language-model', title: 'Large language model', note: 'Related idea' },
    ]);
  });

  it('GIVEN a button for a term that was removed THEN it answers not-found instead of failing', () => {
    expect(answer(glossary, { kind: 'open', slug: 'gone-term', section: 'examples' })).toMatchObject({
      kind: 'not-found',
    });
  });

  it('GIVEN random with a level THEN only terms of that level are picked', () => {
    for (const r of [0, 0.5, 0.99]) {
      const reply = answer(glossary, { kind: 'random', difficulty: 'advanced' }, { random: () => r });
      expect(reply).toMatchObject({ kind: 'term', term: { slug: 'rlhf' }, context: { kind: 'random' } });
    }
  });

  it('GIVEN consecutive days THEN the term of the day covers every term before repeating', () => {
    const start = Date.UTC(2026, 0, 0);
    const size = glossary.size;
    const cycleStart = Math.ceil(start / 86_400_000 / size) * size;
    const days = Array.from({ length: size }, (_, i) =>
      termOfTheDay(glossary, new Date((cycleStart + i) * 86_400_000)),
    );
    expect(new Set(days).size).toBe(size);
    const reply = answer(glossary, { kind: 'today' }, { now: () => new Date('2026-11-26T10:00:00Z') });
    expect(reply).toMatchObject({ kind: 'term', context: { kind: 'daily', date: '2026-11-26' } });
  });

  it('GIVEN a text with terms in it THEN mentions lists them in order', () => {
    const reply = answer(glossary, { kind: 'mentions', text: 'Our LLMs need a bigger KV cache after post-training.' });
    expect(reply).toMatchObject({ kind: 'mentions' });
    if (reply.kind !== 'mentions') throw new Error('expected mentions');
    expect(reply.terms.map((t) => t.slug)).toEqual(['large-language-model', 'kv-cache', 'post-training']);
  });

  it('GIVEN a seed THEN the shuffle is a deterministic permutation', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    expect(seededShuffle(items, 7)).toEqual(seededShuffle(items, 7));
    expect([...seededShuffle(items, 7)].sort()).toEqual(items);
  });
});
