import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer.js';
import { renderDiscord } from '../../src/render/discord.js';
import { renderSlack } from '../../src/render/slack.js';
import type { TermReply } from '../../src/replies.js';
import { makeGlossary } from '../helpers/terms.js';
import { discordTexts, slackButtonIds, slackTexts } from './render-helpers.js';

const glossary = makeGlossary();
const open = (section: TermReply['section']) =>
  answer(glossary, { kind: 'open', slug: 'post-training', section }) as TermReply;

describe('a section on its own', () => {
  it('GIVEN the examples section THEN it lists the examples and offers Overview instead of Examples', () => {
    const slack = renderSlack(open('examples'));
    expect(slackTexts(slack).join('\n')).toContain('*Examples*\n• First example.\n• Second example.');
    const ids = slackButtonIds(slack);
    expect(ids[0]).toBe('g1|section|post-training|overview');
    expect(ids).not.toContain('g1|section|post-training|examples');
    const discord = renderDiscord(open('examples'));
    expect(discord.components[0]?.components[0]?.label).toBe('← Overview');
    expect(discord.embeds[0]?.description).toContain('• First example.');
  });

  it('GIVEN At a glance on Slack THEN a heading row names both columns and each aspect has two fields', () => {
    const blocks = renderSlack(open('glance')).blocks;
    expect(blocks[1]).toMatchObject({
      type: 'section',
      text: { text: '*At a glance*' },
      fields: [{ text: '*Post-training*' }, { text: '*Something else*' }],
    });
    expect(blocks[2]).toMatchObject({
      type: 'section',
      text: { text: '*Goal*' },
      fields: [{ text: 'This goal' }, { text: 'That goal' }],
    });
  });

  it('GIVEN At a glance on Discord THEN each aspect is an inline pair of fields that names its side', () => {
    const fields = renderDiscord(open('glance')).embeds[0]?.fields ?? [];
    expect(fields.slice(0, 2)).toEqual([
      { name: 'Goal · Post-training', value: 'This goal', inline: true },
      { name: 'Goal · Something else', value: 'That goal', inline: true },
    ]);
    expect(fields.filter((f) => f.value !== '\u200b')).toHaveLength(8);
  });

  it('GIVEN Learn next THEN related terms are listed with notes and each is a button', () => {
    const slack = renderSlack(open('next'));
    expect(slackTexts(slack).join('\n')).toContain('• *Pre-training*: Related idea');
    expect(slackButtonIds(slack)).toContain('g1|open|rlhf');
    const discord = renderDiscord(open('next'));
    expect(discord.embeds[0]?.description).toContain('• **Pre-training**: Related idea');
  });

  it('GIVEN Common mistakes THEN myths and realities are paired', () => {
    const text = slackTexts(renderSlack(open('mistakes'))).join('\n');
    expect(text).toContain('*Myth:* Myth one.\n*Reality:* Reality one.');
  });

  it('GIVEN the term of the day THEN a "Term of the day" heading comes first', () => {
    const daily = answer(glossary, { kind: 'today' }, { now: () => new Date('2025-03-03T09:00:00Z') }) as TermReply;
    expect(renderSlack(daily).blocks[0]).toMatchObject({ type: 'context', elements: [{ text: '📅 Term of the day' }] });
    expect(renderSlack(daily).text.startsWith('📅 Term of the day: ')).toBe(true);
    expect(renderDiscord(daily).embeds[0]?.author?.name).toBe('📅 Term of the day');
  });
});

describe('replies other than a term', () => {
  it('GIVEN an unknown term THEN the reply is kind, offers the nearest terms and how to get it added', () => {
    const reply = {
      kind: 'not-found' as const,
      query: 'quantum yoga',
      reason: 'no-match' as const,
      suggestions: [{ slug: 'rlhf', title: 'RLHF' }],
    };
    const text = slackTexts(renderSlack(reply)).join('\n');
    expect(text).toContain("“quantum yoga” isn't in the glossary yet.");
    expect(text).toContain('Ask a maintainer to add it');
    expect(text).not.toMatch(/invalid|wrong|error/i);
    expect(slackButtonIds(renderSlack(reply))).toEqual(['g1|open|rlhf']);
    expect(renderDiscord(reply).components[0]?.components[0]).toMatchObject({
      custom_id: 'g1|open|rlhf',
      label: 'RLHF',
    });
  });

  it('GIVEN a close call THEN "did you mean" offers each suggestion as a button that opens it', () => {
    const reply = {
      kind: 'suggestions' as const,
      query: 'pre',
      suggestions: [
        { slug: 'pre-training', title: 'Pre-training' },
        { slug: 'post-training', title: 'Post-training' },
      ],
    };
    const slack = renderSlack(reply);
    expect(slack.text).toBe('Did you mean Pre-training, Post-training?');
    expect(slackButtonIds(slack)).toEqual(['g1|open|pre-training', 'g1|open|post-training']);
    expect(renderDiscord(reply).components[0]?.components.map((b) => b.label)).toEqual([
      'Pre-training',
      'Post-training',
    ]);
  });

  it('GIVEN help THEN it explains /define, sections, today and random, with example terms as buttons', () => {
    const help = answer(glossary, { kind: 'help' });
    const text = discordTexts(renderDiscord(help)).join('\n');
    for (const part of ['/define <term>', 'examples, glance, why', '/define today', '/define random']) {
      expect(text).toContain(part);
    }
    expect(slackTexts(renderSlack(help)).join('\n')).toContain('`/define &lt;term&gt;`');
    expect(slackButtonIds(renderSlack(help))).toContain('g1|open|post-training');
  });

  it('GIVEN mentions THEN found terms come with summaries, and none found is said kindly', () => {
    const found = answer(glossary, { kind: 'mentions', text: 'we use RLHF after pre-training' });
    expect(slackTexts(renderSlack(found)).join('\n')).toContain('*RLHF* (🔴 Advanced): Rlhf is a test term.');
    const none = renderSlack({ kind: 'mentions', terms: [] });
    expect(none.text).toBe('No glossary terms found');
    expect(slackTexts(none).join('\n')).toContain("I didn't spot any glossary terms");
  });

  it('GIVEN a notice or an error THEN the message is short, with a fallback text and no buttons', () => {
    const notice = renderSlack({ kind: 'notice', text: 'Thanks for the feedback!' });
    expect(notice).toEqual({
      text: 'Thanks for the feedback!',
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Thanks for the feedback!' } }],
    });
    const error = renderDiscord({ kind: 'error', message: 'Try again.' });
    expect(error).toEqual({ content: '⚠️ Try again.', embeds: [], components: [], allowed_mentions: { parse: [] } });
  });
});
