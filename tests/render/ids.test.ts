import { describe, expect, it } from 'vitest';
import {
  type Action,
  comparisonKey,
  formatActionId,
  ID_VERSION,
  MAX_SLUG_LENGTH,
  parseActionId,
} from '../../src/render/ids.js';
import { DISCORD_LIMITS } from '../../src/render/limits.js';
import { SECTIONS } from '../../src/replies.js';

const longest = `${'a'.repeat(MAX_SLUG_LENGTH - 2)}-b`;

function everyAction(slug: string): Action[] {
  return [
    { type: 'open', slug },
    { type: 'vote', slug, vote: 'up' },
    { type: 'vote', slug, vote: 'down' },
    ...SECTIONS.flatMap((section) => [
      { type: 'section' as const, slug, section },
      { type: 'share' as const, slug, section },
    ]),
  ];
}

describe('button ids', () => {
  it('GIVEN a section action THEN the id reads g1|section|<slug>|<section>', () => {
    expect(formatActionId({ type: 'section', slug: 'post-training', section: 'examples' })).toBe(
      'g1|section|post-training|examples',
    );
    expect(formatActionId({ type: 'open', slug: 'rlhf' })).toBe('g1|open|rlhf');
    expect(formatActionId({ type: 'vote', slug: 'rlhf', vote: 'down' })).toBe('g1|vote|rlhf|down');
  });

  it('GIVEN every action for short and longest slugs THEN ids round-trip, are unique and fit Discord (100)', () => {
    for (const slug of ['x', 'post-training', longest]) {
      const actions = everyAction(slug);
      const ids = actions.map((a) => formatActionId(a) ?? '');
      expect(new Set(ids).size).toBe(ids.length);
      actions.forEach((action, i) => {
        const id = ids[i] ?? '';
        expect(id.length).toBeGreaterThan(0);
        expect(id.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
        expect(parseActionId(id)).toEqual(action);
        expect(id.startsWith(`${ID_VERSION}|`)).toBe(true);
      });
    }
  });

  it('GIVEN a slug too long or not a slug THEN no id is made (the button is left out)', () => {
    expect(formatActionId({ type: 'open', slug: `${longest}c` })).toBeUndefined();
    expect(formatActionId({ type: 'open', slug: 'Bad|Slug' })).toBeUndefined();
  });

  it('GIVEN unknown, old or malformed ids THEN the parser returns undefined', () => {
    for (const id of [
      '',
      'random',
      'g0|open|rlhf',
      'g2|open|rlhf',
      'g1|open',
      'g1|open|rlhf|extra',
      'g1|open|RLHF',
      'g1|section|rlhf',
      'g1|section|rlhf|bogus',
      'g1|share|rlhf|',
      'g1|vote|rlhf|maybe',
      'g1|vote|rlhf|up|again',
      'g1|delete|rlhf',
      `g1|open|${longest}c`,
    ]) {
      expect(parseActionId(id), id).toBeUndefined();
    }
  });
});

describe('comparison vote ids', () => {
  it('GIVEN a comparison either way round THEN its votes share one key, the two slugs sorted', () => {
    expect(comparisonKey('lora', 'fine-tuning')).toBe('fine-tuning~lora');
    expect(comparisonKey('fine-tuning', 'lora')).toBe('fine-tuning~lora');
    const id = formatActionId({ type: 'vote', slug: 'fine-tuning~lora', vote: 'up' });
    expect(id).toBe('g1|vote|fine-tuning~lora|up');
    expect(parseActionId(id ?? '')).toEqual({ type: 'vote', slug: 'fine-tuning~lora', vote: 'up' });
  });

  it('GIVEN a pair too long for Discord (100) THEN no vote id is made, and pair keys are only for votes', () => {
    expect(
      formatActionId({ type: 'vote', slug: comparisonKey(longest, `${longest.slice(1)}`), vote: 'up' }),
    ).toBeUndefined();
    expect(parseActionId('g1|open|fine-tuning~lora')).toBeUndefined();
    expect(parseActionId('g1|vote|a~b~c|up')).toBeUndefined();
    expect(parseActionId('g1|vote|Fine~lora|up')).toBeUndefined();
  });

  it('GIVEN ids made before comparisons existed THEN they still read the same', () => {
    expect(parseActionId('g1|vote|rlhf|up')).toEqual({ type: 'vote', slug: 'rlhf', vote: 'up' });
    expect(parseActionId('g1|section|rlhf|examples')).toEqual({ type: 'section', slug: 'rlhf', section: 'examples' });
  });
});
