import { describe, expect, it } from 'vitest';
import { renderDiscord } from '../../src/render/discord.js';
import { renderSlack } from '../../src/render/slack.js';
import type { Reply } from '../../src/replies.js';
import { makeTerm } from '../helpers/terms.js';
import { discordTexts, otherReplies, slackTexts, termCard } from './render-helpers.js';

const HOSTILE = [
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<@U123>',
  '<!subteam^S1>',
  '@everyone',
  '@here',
  '<@123>',
  '<@&123>',
  '[link](https://evil.example)',
  '<https://evil.example|click>',
  '*bold* _it_ ~strike~ `code`',
];

function repliesFor(query: string): Reply[] {
  const term = makeTerm('post-training', { title: 'Post-training' });
  return [
    termCard(term, 'overview', [], { query, match: { type: 'fuzzy', matched: query } }),
    termCard(term, 'overview', [], { query, match: { type: 'alias', matched: query } }),
    termCard(term, 'examples', [], { context: { kind: 'shared', by: query } }),
    ...otherReplies(query),
  ];
}

describe('hostile queries', () => {
  for (const query of HOSTILE) {
    it(`GIVEN the query ${query} THEN Slack shows it without pinging, linking or formatting`, () => {
      for (const reply of repliesFor(query)) {
        const texts = slackTexts(renderSlack(reply, { shareable: true }));
        for (const text of texts) {
          expect(text).not.toMatch(/<[!@#]|<https?:|\|click>/);
          expect(text).not.toMatch(/[*_~`](bold|it|strike|code)[*_~`]/);
        }
      }
      const shown = slackTexts(renderSlack(repliesFor(query)[0] as Reply)).join('\n');
      const decoded = shown
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
        .replace(/[\u2217\u02cd\u223c\u02cb]/g, (c) => ({ '\u2217': '*', ˍ: '_', '\u223c': '~', ˋ: '`' })[c] ?? c);
      expect(decoded, 'the query still reads the same').toContain(query);
    });

    it(`GIVEN the query ${query} THEN Discord shows it inert and allows no mentions`, () => {
      for (const reply of repliesFor(query)) {
        const message = renderDiscord(reply);
        expect(message.allowed_mentions).toEqual({ parse: [] });
        for (const text of discordTexts(message)) {
          expect(text).not.toMatch(/@(everyone|here)/i);
          expect(text).not.toMatch(/<[@#]/);
          expect(text).not.toMatch(/\]\(|:\/\//);
          expect(text).not.toMatch(/(^|[^\\])[*_~`](bold|it|strike|code)/);
        }
      }
      const shown = discordTexts(renderDiscord(repliesFor(query)[0] as Reply)).join('\n');
      expect(shown.replace(/[\u200b\\]/g, ''), 'the query still reads the same').toContain(query);
    });
  }

  it('GIVEN a real Slack user id as sharer THEN the card names them with the one intended mention', () => {
    const reply = termCard(makeTerm('rlhf'), 'overview', [], { context: { kind: 'shared', by: 'U0ABC123' } });
    const texts = slackTexts(renderSlack(reply)).join('\n');
    expect(texts).toContain('Shared by <@U0ABC123>');
  });

  it('GIVEN term text with markup and entities THEN Slack escapes & < > and Discord escapes markdown', () => {
    const term = makeTerm('tricky', { summary: 'Use <b> & [x](https://evil.example) for *emphasis* @here' });
    const slack = slackTexts(renderSlack(termCard(term, 'overview'))).join('\n');
    expect(slack).toContain('&lt;b&gt; &amp; [x]');
    const discord = discordTexts(renderDiscord(termCard(term, 'overview'))).join('\n');
    expect(discord).toContain('\\*emphasis\\*');
    expect(discord).not.toMatch(/@here|\]\(/);
  });
});
