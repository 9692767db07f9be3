import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../src/glossary/load-glossary.js';
import { normalizeText } from '../../src/lookup/normalize.js';
import { formatScores, readQuestionSet, scoreQuestions } from './score-questions.js';

/** Floors from issue 12; the printed rates are what to report. */
const FLOORS = { comparisons: 0.95, descriptionsTop3: 0.85, descriptionsFirst: 0.65, garbageClean: 0.85 };

const glossary = await loadGlossary('terms');
const set = readQuestionSet();
const scores = scoreQuestions(glossary, set);

describe('GIVEN the hand-written question set (tests/questions/questions.yaml)', () => {
  it('THEN it has at least 200 questions, describing at least 60 terms, all of which exist', () => {
    const total =
      set.comparisons.length + set.descriptions.length + set.unknown.length + set.garbage.length + set.names.length;
    expect(total).toBeGreaterThanOrEqual(200);
    const described = new Set(set.descriptions.map((d) => d.expect));
    expect(described.size).toBeGreaterThanOrEqual(60);
    const expected = [
      ...described,
      ...set.comparisons.flatMap((c) => c.expect ?? [c.expectTerm ?? '']),
      ...set.names.map((n) => n.expect),
    ];
    expect(expected.filter((slug) => !glossary.get(slug))).toEqual([]);
  });

  it('THEN no description copies a term summary or any phrasing (after normalization)', () => {
    const written = new Set(glossary.terms.flatMap((t) => [...(t.phrasings ?? []), t.summary]).map(normalizeText));
    expect(set.descriptions.filter((d) => written.has(normalizeText(d.q))).map((d) => d.q)).toEqual([]);
  });

  it('THEN the rates clear the floors, with no confident wrong answer', () => {
    console.log(`Question set on ${glossary.size} terms:\n${formatScores(scores)}`);
    if (scores.misses.length > 0) console.log(`Not first or not right:\n  ${scores.misses.join('\n  ')}`);
    const rate = (part: number, whole: number) => part / whole;
    expect(scores.wrongCards).toEqual([]);
    expect(rate(scores.comparisons.right, scores.comparisons.total)).toBeGreaterThanOrEqual(FLOORS.comparisons);
    expect(rate(scores.descriptions.top3, scores.descriptions.total)).toBeGreaterThanOrEqual(FLOORS.descriptionsTop3);
    expect(rate(scores.descriptions.first, scores.descriptions.total)).toBeGreaterThanOrEqual(FLOORS.descriptionsFirst);
    expect(scores.unknown.safe).toBe(scores.unknown.total);
    expect(rate(scores.garbage.clean, scores.garbage.total)).toBeGreaterThanOrEqual(FLOORS.garbageClean);
    expect(scores.names.right).toBe(scores.names.total);
  });
});
