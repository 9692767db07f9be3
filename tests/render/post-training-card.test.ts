import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer.js';
import { renderDiscord } from '../../src/render/discord.js';
import { renderSlack } from '../../src/render/slack.js';
import type { TermReply } from '../../src/replies.js';
import { makeGlossary } from '../helpers/terms.js';
import { slackButtonIds } from './render-helpers.js';

const glossary = makeGlossary();
const card = answer(glossary, { kind: 'define', query: 'post-training' }) as TermReply;
const NAV = ['examples', 'glance', 'why', 'where', 'mistakes', 'say', 'next'].map(
  (s) => `g1|section|post-training|${s}`,
);
const RELATED = ['g1|open|pre-training', 'g1|open|rlhf', 'g1|open|large-language-model'];
const VOTES = ['g1|vote|post-training|up', 'g1|vote|post-training|down'];

describe('the post-training card on Slack', () => {
  const message = renderSlack(card, { shareable: true });

  it('GIVEN /define post-training THEN the title comes first, then difficulty and categories, summary, explanation', () => {
    expect(card.kind).toBe('term');
    const [header, meta, summary, explanation] = message.blocks;
    expect(header).toMatchObject({ type: 'header', text: { type: 'plain_text', text: 'Post-training' } });
    expect(meta).toMatchObject({ type: 'context', elements: [{ text: '🟡 Intermediate · LLM &amp; Generative AI' }] });
    expect(summary).toMatchObject({ type: 'section', text: { text: `*${card.term.summary}*` } });
    expect(explanation).toMatchObject({ type: 'section', text: { text: card.term.explanation } });
  });

  it('GIVEN the card THEN buttons are sections, related terms, then Share and Helpful 👍 / 👎, in that order', () => {
    const share = 'g1|share|post-training|overview';
    expect(slackButtonIds(message)).toEqual([...NAV, ...RELATED, share, ...VOTES]);
    const labels = message.blocks.flatMap((b) =>
      b.type === 'actions' ? b.elements.map((e) => (e.type === 'button' ? e.text.text : '')) : [],
    );
    expect(labels).toEqual([
      'Examples',
      'At a glance',
      'Why it matters',
      "Where it's used",
      'Common mistakes',
      'How to say it',
      'Learn next',
      'Pre-training',
      'RLHF',
      'Large language model',
      'Share to channel',
      '👍 Helpful',
      '👎 Not helpful',
    ]);
  });

  it('GIVEN the card THEN the notification fallback names the term and its summary', () => {
    expect(message.text).toBe(`Post-training: ${card.term.summary}`);
  });

  it('GIVEN no shareable option THEN there is no Share button', () => {
    expect(slackButtonIds(renderSlack(card))).not.toContain('g1|share|post-training|overview');
  });

  it('GIVEN a typo THEN a line says which term is shown and what was typed', () => {
    const fuzzy = answer(glossary, { kind: 'define', query: 'postraining' }) as TermReply;
    expect(fuzzy.match?.type).toBe('fuzzy');
    const blocks = renderSlack(fuzzy).blocks;
    expect(blocks[2]).toMatchObject({
      type: 'context',
      elements: [{ text: 'Showing *Post-training* (closest match to “postraining”)' }],
    });
  });
});

describe('the post-training card on Discord', () => {
  const message = renderDiscord(card);
  const embed = message.embeds[0];

  it('GIVEN /define post-training THEN one embed: title, then difficulty and categories, summary, explanation', () => {
    expect(message.embeds).toHaveLength(1);
    expect(embed?.title).toBe('Post-training');
    expect(embed?.color).toBe(0xf1c40f);
    expect(embed?.description?.split('\n')).toEqual([
      '🟡 Intermediate · LLM & Generative AI',
      '',
      `**${card.term.summary}**`,
      '',
      card.term.explanation,
    ]);
    expect(message.allowed_mentions).toEqual({ parse: [] });
  });

  it('GIVEN the card THEN rows are sections (4 + 3), related terms, then Helpful 👍 / 👎', () => {
    const rows = message.components.map((row) => row.components.map((b) => ('custom_id' in b ? b.custom_id : b.url)));
    expect(rows).toEqual([NAV.slice(0, 4), NAV.slice(4), RELATED, VOTES]);
    const labels = message.components.map((row) => row.components.map((b) => b.label));
    expect(labels).toEqual([
      ['Examples', 'At a glance', 'Why it matters', "Where it's used"],
      ['Common mistakes', 'How to say it', 'Learn next'],
      ['Pre-training', 'RLHF', 'Large language model'],
      ['👍 Helpful', '👎 Not helpful'],
    ]);
  });
});
