import { describe, expect, it } from 'vitest';
import type { Term } from '../../src/glossary/schema.js';
import { mulberry32 as seeded } from '../../src/random.js';
import { findDiscordViolations, findSlackViolations } from '../../src/render/check-limits.js';
import { renderDiscord } from '../../src/render/discord.js';
import { renderSlack } from '../../src/render/slack.js';
import { renderText } from '../../src/render/text.js';
import { type Reply, SECTIONS } from '../../src/replies.js';
import { makeTerm } from '../helpers/terms.js';
import { buildWithDiscordBuilders, termCard } from './render-helpers.js';

const PIECES = [
  'word',
  'longerword',
  ' ',
  ' ',
  ' ',
  '\n',
  '&',
  '&amp;',
  '<',
  '>',
  '*',
  '_',
  '~',
  '`',
  '```',
  '\\',
  '|',
  '[',
  ']',
  '(',
  ')',
  '#',
  '> ',
  '- ',
  '1. ',
  '@everyone',
  '@here',
  '<@123>',
  '<@&456>',
  '<#789>',
  '<!channel>',
  '<!subteam^S1>',
  'https://evil.example',
  '[x](https://evil.example)',
  '🧠',
  '👩‍💻',
  'é',
  'e\u0301',
  '中文',
  '\u200b',
  'ﷺ',
  '𝔘',
  'Supercalifragilisticexpialidocious'.repeat(5),
];

function makeRandom(seed: number) {
  const random = seeded(seed);
  const int = (max: number) => Math.floor(random() * (max + 1));
  const text = (maxPieces: number) => {
    let out = '';
    const count = int(maxPieces);
    for (let i = 0; i < count; i++) out += PIECES[int(PIECES.length - 1)];
    return out;
  };
  const long = () => (random() < 0.3 ? text(1500) : text(40));
  const list = <T>(max: number, item: () => T) => Array.from({ length: int(max) }, item);
  const slug = () =>
    random() < 0.2
      ? 'a'.repeat(60 + int(80))
      : list(4, () => Math.floor(random() * 36 ** 4).toString(36)).join('-') || 'x';
  const term = (): Term =>
    makeTerm(slug(), {
      title: long(),
      aliases: list(5, long),
      categories: list(3, long) as Term['categories'],
      summary: long(),
      explanation: long(),
      examples: list(12, long),
      comparison: {
        against: long(),
        rows: list(12, () => ({ aspect: long(), this: long(), other: long() })),
      },
      whyItMatters: list(12, long),
      whereUsed: list(12, long),
      misconceptions: list(12, () => ({ myth: long(), reality: long() })),
      sentences: list(12, long),
      related: list(15, () => ({ slug: slug(), note: long() })),
    });
  return { random, int, long, list, slug, term };
}

function expectWithinLimits(reply: Reply, label: string) {
  const slack = renderSlack(reply, { shareable: true });
  expect(findSlackViolations(slack), `${label} on Slack`).toEqual([]);
  const discord = renderDiscord(reply);
  expect(findDiscordViolations(discord), `${label} on Discord`).toEqual([]);
  expect(() => buildWithDiscordBuilders(discord), label).not.toThrow();
  expect(renderText(reply).length).toBeGreaterThan(0);
}

describe('fuzzed content', () => {
  it('GIVEN 150 random long, unicode and markup-heavy terms THEN no section breaks a limit on either platform', () => {
    const r = makeRandom(20250101);
    for (let i = 0; i < 150; i++) {
      const term = r.term();
      const others = term.related.map((link) => makeTerm(link.slug, { title: r.long() }));
      for (const section of SECTIONS) {
        const query = r.long();
        const context =
          i % 3 === 0 ? { kind: 'daily' as const, date: '2025-01-01' } : { kind: 'shared' as const, by: r.long() };
        const reply = termCard(term, section, others, { context, query, match: { type: 'fuzzy', matched: r.long() } });
        expectWithinLimits(reply, `term #${i} ${section}`);
      }
    }
  });

  it('GIVEN random queries and long lists THEN every other reply kind stays within limits', () => {
    const r = makeRandom(7);
    for (let i = 0; i < 150; i++) {
      const refs = r.list(30, () => ({ slug: r.slug(), title: r.long() }));
      const replies: Reply[] = [
        { kind: 'suggestions', query: r.long(), suggestions: refs },
        { kind: 'not-found', query: r.long(), reason: 'no-match', suggestions: refs },
        { kind: 'help', termCount: r.int(10_000), examples: refs },
        {
          kind: 'mentions',
          terms: refs.map((ref) => ({ ...ref, summary: r.long(), difficulty: 'advanced' as const })),
        },
        { kind: 'notice', text: r.long() || 'ok' },
        { kind: 'error', message: r.long() || 'oops' },
      ];
      for (const reply of replies) expectWithinLimits(reply, `${reply.kind} #${i}`);
    }
  });

  it('GIVEN 150 random pairs of terms THEN the comparison card and the description/one-sided cards stay within limits', () => {
    const r = makeRandom(42);
    for (let i = 0; i < 150; i++) {
      const [left, right] = [r.term(), r.term()];
      const rows = r.list(12, () => ({ aspect: r.long(), left: r.long(), right: r.long() }));
      const rowsFrom = (['left', 'right', 'entries'] as const)[i % 3] ?? 'entries';
      expectWithinLimits({ kind: 'comparison', left, right, rows, rowsFrom, query: r.long() }, `comparison #${i}`);
      const refs = r.list(6, () => ({ slug: r.slug(), title: r.long() }));
      const described = termCard(left, 'overview', [], {
        query: r.long(),
        match: { type: 'description', matched: r.long() },
        alternatives: refs,
        missing: { query: r.long(), suggestions: refs },
      });
      expectWithinLimits(described, `described card #${i}`);
    }
  });
});
