import { describe, expect, it } from 'vitest';
import { chooseDailyTerm, rotationOrder } from '../../src/daily/choose-term.js';
import { Glossary } from '../../src/glossary/glossary.js';
import { makeLeveledGlossary } from '../helpers/daily-fakes.js';
import { makeTerm } from '../helpers/terms.js';

/** Posts `days` terms in a row to one channel, as the scheduler would. */
function simulate(glossary: Glossary, days: number, channel = 'slack:C1', history: string[] = []): string[] {
  const posted = [...history];
  for (let day = 0; day < days; day++) {
    const slug = chooseDailyTerm(glossary, channel, posted);
    if (slug === undefined) throw new Error('no term');
    posted.push(slug);
  }
  return posted;
}

describe('chooseDailyTerm', () => {
  it('GIVEN four full cycles THEN every cycle shows every term exactly once', () => {
    const glossary = makeLeveledGlossary({ beginner: 7, intermediate: 5, advanced: 3 });
    const posted = simulate(glossary, 15 * 4);
    const all = glossary.terms.map((t) => t.slug).sort();
    for (let cycle = 0; cycle < 4; cycle++) {
      expect([...posted.slice(cycle * 15, cycle * 15 + 15)].sort()).toEqual(all);
    }
  });

  it('GIVEN several cycles THEN the cycles come in different orders', () => {
    const glossary = makeLeveledGlossary({ beginner: 6, intermediate: 6, advanced: 6 });
    const posted = simulate(glossary, 18 * 3);
    const cycles = [0, 1, 2].map((c) => posted.slice(c * 18, c * 18 + 18).join(','));
    expect(new Set(cycles).size).toBe(3);
  });

  it('GIVEN the same history THEN the choice is the same; another channel gets its own order', () => {
    const glossary = makeLeveledGlossary({ beginner: 10, intermediate: 10, advanced: 10 });
    expect(simulate(glossary, 12)).toEqual(simulate(glossary, 12));
    expect(simulate(glossary, 12, 'slack:C2')).not.toEqual(simulate(glossary, 12, 'slack:C1'));
  });

  it('GIVEN equally many terms per level THEN no two posts in a row within a cycle share a level', () => {
    const glossary = makeLeveledGlossary({ beginner: 8, intermediate: 8, advanced: 8 });
    const posted = simulate(glossary, 24 * 3);
    const level = (slug: string) => glossary.get(slug)?.difficulty;
    for (let i = 1; i < posted.length; i++) {
      if (i % 24 === 0) continue;
      expect(level(posted[i] ?? '')).not.toBe(level(posted[i - 1] ?? ''));
    }
  });

  it('GIVEN uneven levels THEN advanced terms are spread over the cycle, not bunched', () => {
    const glossary = makeLeveledGlossary({ beginner: 12, intermediate: 6, advanced: 3 });
    const cycle = rotationOrder(glossary, 'discord:1', 0);
    const positions = cycle.flatMap((slug, i) => (slug.startsWith('advanced') ? [i] : []));
    expect(positions).toHaveLength(3);
    expect(Math.min(...positions.slice(1).map((p, i) => p - (positions[i] ?? 0)))).toBeGreaterThanOrEqual(5);
  });

  it('GIVEN a term added mid-cycle THEN it is posted within that cycle and nothing repeats before it', () => {
    const before = makeLeveledGlossary({ beginner: 4, intermediate: 4 });
    const history = simulate(before, 3);
    const after = new Glossary([...before.terms, makeTerm('newcomer', { difficulty: 'advanced' })]);
    const rest = simulate(after, 6, 'slack:C1', history).slice(3);
    expect(rest).toContain('newcomer');
    expect(new Set([...history, ...rest]).size).toBe(9);
  });

  it('GIVEN a term added after a full cycle THEN it is posted next and the following cycle has every term', () => {
    const before = makeLeveledGlossary({ beginner: 3, intermediate: 2 });
    const history = simulate(before, 5);
    const after = new Glossary([...before.terms, makeTerm('newcomer')]);
    const next = simulate(after, 7, 'slack:C1', history).slice(5);
    expect(next[0]).toBe('newcomer');
    expect([...next.slice(1)].sort()).toEqual(after.terms.map((t) => t.slug).sort());
  });

  it('GIVEN many channels and cycles THEN no term is ever posted two days in a row', () => {
    const glossary = makeLeveledGlossary({ beginner: 2, intermediate: 2, advanced: 1 });
    for (let channel = 0; channel < 40; channel++) {
      const posted = simulate(glossary, 5 * 6, `discord:${channel}`);
      for (let i = 1; i < posted.length; i++) expect(posted[i]).not.toBe(posted[i - 1]);
    }
  });

  it('GIVEN a history with a term since deleted THEN it is never chosen and the rest still rotates fairly', () => {
    const glossary = makeLeveledGlossary({ beginner: 3, intermediate: 3 });
    const history = ['gone-term', 'beginner-1', 'gone-term'];
    const next = simulate(glossary, 5, 'slack:C1', history).slice(3);
    expect(next).not.toContain('gone-term');
    expect([...next, 'beginner-1'].sort()).toEqual(glossary.terms.map((t) => t.slug).sort());
  });

  it('GIVEN an empty glossary THEN there is nothing to choose', () => {
    expect(chooseDailyTerm(new Glossary([]), 'slack:C1', [])).toBeUndefined();
  });
});
