import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliContext } from '../../../../adapters/cli/command.js';
import { createStatsCommand } from '../../../../adapters/cli/commands/stats.js';
import { runCli } from '../../../../adapters/cli/run.js';
import { answer } from '../../../../src/answer.js';
import { recordLookup, recordVote } from '../../../../src/store/feedback.js';
import { openStore } from '../../../../src/store/open-store.js';
import { makeTempDir } from '../../../helpers/daily-fakes.js';
import { makeGlossary } from '../../../helpers/terms.js';

const NOW = new Date('2025-03-20T12:00:00Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);

let temp: ReturnType<typeof makeTempDir>;
let out: string[];
beforeEach(async () => {
  temp = makeTempDir();
  out = [];
  const store = await openStore(temp.dbPath);
  const glossary = makeGlossary();
  const ask = (query: string, n: number) =>
    recordLookup(store, 'slack', query, answer(glossary, { kind: 'define', query }), daysAgo(n));
  for (const n of [1, 2, 3]) await ask('kv cache', n);
  await ask('RLHF', 2);
  await ask('rlhf', 20);
  await ask('what is mamba?', 1);
  await ask('Mamba', 2);
  await ask('flux capacitor', 3);
  await ask('flux capacitor', 20);
  await recordVote(store, glossary, {
    platform: 'slack',
    userId: 'U1',
    slug: 'kv-cache',
    value: 'down',
    at: daysAgo(3),
  });
  await recordVote(store, glossary, { platform: 'slack', userId: 'U1', slug: 'kv-cache', value: 'up', at: daysAgo(2) });
  await recordVote(store, glossary, {
    platform: 'discord',
    userId: 'U2',
    slug: 'kv-cache',
    value: 'up',
    at: daysAgo(1),
  });
  await recordVote(store, glossary, { platform: 'discord', userId: 'U3', slug: 'rlhf', value: 'down', at: daysAgo(1) });
  const key = { platform: 'discord' as const, channelId: '900', localDate: '2025-03-19' };
  await store.claimDailyPost({ ...key, slug: 'rlhf', now: daysAgo(1), staleAfterMs: 1, maxAttempts: 3 });
  await store.markDailyPostSent(key, 1, daysAgo(1));
  await store.close();
});
afterEach(() => temp.cleanup());

function stats(args: string[]) {
  const ctx: CliContext = {
    env: { DATABASE_PATH: temp.dbPath },
    stdout: (line) => out.push(line),
    stderr: (line) => out.push(line),
    stdinLines: async function* () {},
  };
  return runCli(['stats', ...args], ctx, [createStatsCommand({ now: () => NOW })]);
}

describe('glossary stats', () => {
  it('GIVEN a seeded history THEN --json reports the last 7 days exactly', async () => {
    expect(await stats(['--days', '7', '--json'])).toBe(0);
    expect(JSON.parse(out.join('\n'))).toEqual({
      days: 7,
      since: daysAgo(7).toISOString(),
      lookups: 7,
      misses: 3,
      topTerms: [
        { slug: 'kv-cache', count: 3 },
        { slug: 'rlhf', count: 1 },
      ],
      topMisses: [
        { query: 'mamba', count: 2 },
        { query: 'flux capacitor', count: 1 },
      ],
      helpfulness: [
        { slug: 'kv-cache', up: 2, down: 0 },
        { slug: 'rlhf', up: 0, down: 1 },
      ],
      postsSent: [{ platform: 'discord', channelId: '900', count: 1 }],
    });
  });

  it('GIVEN the default 30 days THEN the text report includes older lookups and reads as sections', async () => {
    expect(await stats([])).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('Lookups: 9 (4 not found, 44%)');
    expect(text).toMatch(/Most looked-up terms:\n\s+3 {2}kv-cache\n\s+2 {2}rlhf/);
    expect(text).toMatch(/Most frequent misses[^\n]*\n\s+2 {2}"flux capacitor"\n\s+2 {2}"mamba"/);
    expect(text).toContain('kv-cache: 2 / 0 (100% helpful)');
    expect(text).toContain('Daily posts sent: 1');
  });

  it('GIVEN a bad --days THEN a usage error', async () => {
    expect(await stats(['--days', 'week'])).toBe(2);
    expect(await stats(['--days', '0'])).toBe(2);
  });
});
