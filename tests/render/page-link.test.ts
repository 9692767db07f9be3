import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer.js';
import { compareSlugs } from '../../src/answer-comparison.js';
import { findDiscordViolations, findSlackViolations } from '../../src/render/check-limits.js';
import { renderDiscord } from '../../src/render/discord.js';
import { renderSlack } from '../../src/render/slack.js';
import type { TermReply } from '../../src/replies.js';
import { makeGlossary } from '../helpers/terms.js';
import { buildWithDiscordBuilders } from './render-helpers.js';

const glossary = makeGlossary();
const card = answer(glossary, { kind: 'define', query: 'rlhf' }) as TermReply;
const PUBLIC_URL = 'https://glossary.example.com/ai/';

describe('"Open full entry" on chat cards', () => {
  it('GIVEN PUBLIC_URL THEN the Slack card has a link button to the term page beside the votes', () => {
    const message = renderSlack(card, { publicUrl: PUBLIC_URL });
    const last = message.blocks.at(-1);
    expect(last?.type === 'actions' && last.elements[0]).toEqual({
      type: 'button',
      action_id: 'g1|link|rlhf',
      text: { type: 'plain_text', text: 'Open full entry', emoji: true },
      url: 'https://glossary.example.com/ai/terms/rlhf/',
    });
    expect(findSlackViolations(message)).toEqual([]);
  });

  it('GIVEN PUBLIC_URL THEN the Discord card has a link-style button (no custom id) to the same page', () => {
    const message = renderDiscord(card, { publicUrl: PUBLIC_URL });
    const buttons = message.components.flatMap((row) => row.components);
    expect(buttons).toContainEqual({
      type: 2,
      style: 5,
      url: 'https://glossary.example.com/ai/terms/rlhf/',
      label: 'Open full entry',
    });
    expect(findDiscordViolations(message)).toEqual([]);
    buildWithDiscordBuilders(message);
  });

  it('GIVEN no PUBLIC_URL, or a reply that is not a term THEN no link', () => {
    expect(JSON.stringify(renderSlack(card))).not.toContain('Open full entry');
    expect(JSON.stringify(renderDiscord(card))).not.toContain('Open full entry');
    const help = answer(glossary, { kind: 'help' });
    expect(JSON.stringify(renderDiscord(help, { publicUrl: PUBLIC_URL }))).not.toContain('Open full entry');
  });

  it('GIVEN the longest allowed PUBLIC_URL and slug THEN the Discord link stays within 512 characters', () => {
    const longUrl = `https://example.com/${'a'.repeat(400 - 21)}/`;
    const slug = 'a'.repeat(80);
    const long = makeGlossary([{ ...glossary.get('rlhf'), slug, title: 'Long one' } as TermReply['term']]);
    const reply = answer(long, { kind: 'open', slug, section: 'overview' });
    const message = renderDiscord(reply, { publicUrl: longUrl });
    expect(findDiscordViolations(message)).toEqual([]);
    expect(JSON.stringify(message)).toContain('Open full entry');
  });

  it('GIVEN PUBLIC_URL THEN a comparison card links to the side-by-side page on both platforms, within limits', () => {
    const [a, b] = glossary.terms;
    const reply = a && b ? compareSlugs(glossary, a.slug, b.slug) : undefined;
    if (!reply) throw new Error('fixture glossary needs two terms');
    const url = `${PUBLIC_URL}compare/${[a?.slug, b?.slug].sort().join('/')}/`;
    const slack = renderSlack(reply, { publicUrl: PUBLIC_URL });
    expect(JSON.stringify(slack)).toContain(url);
    expect(findSlackViolations(slack)).toEqual([]);
    const discord = renderDiscord(reply, { publicUrl: PUBLIC_URL });
    expect(discord.components.flatMap((row) => row.components)).toContainEqual({
      type: 2,
      style: 5,
      url,
      label: 'Open side by side',
    });
    expect(findDiscordViolations(discord)).toEqual([]);
    expect(JSON.stringify(renderDiscord(reply))).not.toContain('side by side');
  });
});
