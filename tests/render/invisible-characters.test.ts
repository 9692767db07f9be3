import { describe, expect, it } from 'vitest';
import { renderDiscord } from '../../src/render/discord.js';
import { stripInvisible } from '../../src/render/escape.js';
import { renderSlack } from '../../src/render/slack.js';
import { renderText } from '../../src/render/text.js';
import type { Reply } from '../../src/replies.js';
import { makeTerm } from '../helpers/terms.js';
import { discordTexts, otherReplies, slackTexts, termCard } from './render-helpers.js';

/** Right-to-left override, zero-width and bidi isolate characters, NUL, ESC (a terminal colour code), BOM. */
const QUERY = 'evil\u202Egnp.exe \u200Bzero\u200Cwidth\u200D \u2066iso\u2069 nul\u0000 esc\u001b[31m red\uFEFF';
/** Everything that must not be echoed: C0/C1 controls (not tab or newline), and invisible format characters. */
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/;

function repliesFor(query: string): Reply[] {
  const term = makeTerm('post-training', { title: 'Post-training' });
  return [
    termCard(term, 'overview', [], { query, match: { type: 'fuzzy', matched: query } }),
    termCard(term, 'examples', [], { context: { kind: 'shared', by: query } }),
    ...otherReplies(query),
  ];
}

describe('invisible and control characters in echoed user text', () => {
  it('GIVEN a query with bidi overrides, zero-width characters, NUL and ESC THEN no platform echoes them', () => {
    for (const reply of repliesFor(QUERY)) {
      for (const text of slackTexts(renderSlack(reply, { shareable: true }))) expect(text).not.toMatch(UNSAFE);
      for (const text of discordTexts(renderDiscord(reply))) expect(text).not.toMatch(UNSAFE);
      expect(renderText(reply)).not.toMatch(UNSAFE);
    }
    const shown = renderText(repliesFor(QUERY)[2] as Reply);
    expect(shown).toContain('evilgnp.exe zerowidth iso nul esc[31m red');
  });

  it('GIVEN ordinary text with accents, emoji and other scripts THEN it is kept as typed', () => {
    expect(stripInvisible('Ünïcode 日本語 العربية 🙂 tab\tnew\nline')).toBe('Ünïcode 日本語 العربية 🙂 tab\tnew\nline');
  });
});
