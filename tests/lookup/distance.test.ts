import { describe, expect, it } from 'vitest';
import { editDistance, typoDistance } from '../../src/lookup/distance.js';

describe('typoDistance', () => {
  it.each([
    ['posttraining', 'posttraining', 0],
    ['postraining', 'posttraining', 1],
    ['posttrainign', 'posttraining', 1],
    ['psottraining', 'posttraining', 1],
    ['pretraining', 'posttraining', 3],
  ])('GIVEN %j and %j THEN the distance is %i (a swap of neighbours costs 1)', (a, b, expected) => {
    expect(typoDistance(a, b, 5)).toBe(expected);
  });

  it('GIVEN strings further apart than the maximum THEN it returns max + 1', () => {
    expect(typoDistance('asdfghjkl', 'posttraining', 2)).toBe(3);
  });

  it('GIVEN prefix mode THEN it measures against the closest start of the second string', () => {
    expect(typoDistance('atention', 'attentionmechanism', 2, true)).toBe(1);
    expect(typoDistance('atention', 'attentionmechanism', 2)).toBe(3);
  });

  it('GIVEN a swap THEN plain edit distance counts 2 where typo distance counts 1', () => {
    expect(editDistance('psot', 'post')).toBe(2);
    expect(typoDistance('psot', 'post', 3)).toBe(1);
  });
});
