import { describe, expect, it } from 'vitest';
import { validateTermsDir } from '../../src/glossary/validate.js';
import { findDiscordViolations, findSlackViolations } from '../../src/render/check-limits.js';
import { renderDiscord } from '../../src/render/discord.js';
import { renderSlack } from '../../src/render/slack.js';
import { SECTIONS } from '../../src/replies.js';
import { buildWithDiscordBuilders, termCard } from './render-helpers.js';

const { terms } = await validateTermsDir('terms');

describe('every shipped term in every section', () => {
  it('GIVEN the terms folder THEN there is at least one term to render', () => {
    expect(terms.length).toBeGreaterThan(0);
  });

  for (const term of terms) {
    it(`GIVEN ${term.slug} THEN every section fits Slack and Discord limits and passes @discordjs/builders`, () => {
      for (const section of SECTIONS) {
        const contexts = [
          termCard(term, section, terms),
          termCard(term, section, terms, {
            context: { kind: 'shared', by: 'U012ABCDEF' },
            match: { type: 'fuzzy', matched: term.title },
            query: term.title,
          }),
          termCard(term, section, terms, { context: { kind: 'daily', date: '2025-03-03' } }),
        ];
        for (const reply of contexts) {
          const slack = renderSlack(reply, { shareable: true });
          expect(findSlackViolations(slack), `${term.slug}/${section} on Slack`).toEqual([]);
          const discord = renderDiscord(reply);
          expect(findDiscordViolations(discord), `${term.slug}/${section} on Discord`).toEqual([]);
          expect(() => buildWithDiscordBuilders(discord)).not.toThrow();
        }
      }
    });
  }
});
