import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliContext } from '../../../../adapters/cli/command.js';
import { createDailyCommand } from '../../../../adapters/cli/commands/daily.js';
import { runCli } from '../../../../adapters/cli/run.js';
import { openStore } from '../../../../src/store/open-store.js';
import type { SentPost } from '../../../helpers/daily-fakes.js';
import { makeClock, makeFakePoster, makeTempDir } from '../../../helpers/daily-fakes.js';
import { writeTermsDir } from '../../../helpers/term-files.js';
import { makeTerm } from '../../../helpers/terms.js';

const SLUGS = ['pre-training', 'post-training', 'fine-tuning', 'transfer-learning', 'lora'];
const link = (slug: string) => ({ slug, note: 'Related idea' });
const termsDir = writeTermsDir(
  SLUGS.map((slug, i) =>
    makeTerm(slug, {
      difficulty: (['beginner', 'intermediate', 'advanced'] as const)[i % 3],
      related: SLUGS.filter((s) => s !== slug).map(link),
    }),
  ),
);

let temp: ReturnType<typeof makeTempDir>;
let out: string[];
let err: string[];
let sent: SentPost[];
beforeEach(() => {
  temp = makeTempDir();
  out = [];
  err = [];
  sent = [];
});
afterEach(() => temp.cleanup());

function context(env: Record<string, string> = {}): CliContext {
  return {
    env: {
      TERMS_DIR: termsDir,
      DATABASE_PATH: temp.dbPath,
      DAILY_SLACK_CHANNELS: 'C1,C2',
      DAILY_DISCORD_CHANNELS: '900',
      DAILY_TZ: 'Europe/Berlin',
      ...env,
    },
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    stdinLines: async function* () {},
  };
}

function daily(args: string[], at: string, posters = [makeFakePoster('slack', sent), makeFakePoster('discord', sent)]) {
  const clock = makeClock(at);
  const command = createDailyCommand({ createPosters: async () => posters, now: clock.now });
  return runCli(['daily', ...args], context(), [command]);
}

describe('glossary daily --once', () => {
  it('GIVEN it is run twice on the same day THEN each channel gets exactly one post', async () => {
    expect(await daily(['--once'], '2025-03-10T08:05:00Z')).toBe(0);
    expect(await daily(['--once'], '2025-03-10T08:10:00Z')).toBe(0);
    expect(sent.map((p) => `${p.platform}:${p.channelId}:${p.date}`)).toEqual([
      'slack:C1:2025-03-10',
      'slack:C2:2025-03-10',
      'discord:900:2025-03-10',
    ]);
    expect(out.filter((l) => l.startsWith('✓'))).toHaveLength(3);
    expect(out.filter((l) => l.includes('already posted today'))).toHaveLength(3);
  });

  it('GIVEN it runs before the scheduled time (09:00 Berlin) THEN it posts nothing and says when', async () => {
    expect(await daily(['--once'], '2025-03-10T07:59:00Z')).toBe(0);
    expect(sent).toEqual([]);
    expect(out.join('\n')).toContain('09:00 Europe/Berlin');
  });

  it('GIVEN a poster that fails THEN exit code 1, and the next run sends it once', async () => {
    const slack = makeFakePoster('slack', sent);
    slack.failNext(1, 'not_in_channel');
    expect(await daily(['--once'], '2025-03-10T08:05:00Z', [slack])).toBe(1);
    expect(out.join('\n')).toContain('not_in_channel');
    expect(await daily(['--once'], '2025-03-10T08:06:00Z', [slack])).toBe(1);
    expect(sent.map((p) => p.channelId)).toEqual(['C2', 'C1']);
    expect(out.join('\n')).toContain('discord adapter is not configured');
  });

  it('GIVEN no platform is configured THEN a clear error and exit code 1', async () => {
    expect(await daily(['--once'], '2025-03-10T08:05:00Z', [])).toBe(1);
    expect(err.join('\n')).toContain('No platform can post');
  });

  it('GIVEN a corrupt database file THEN the error names the file', async () => {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(temp.dbPath, 'x'.repeat(4096));
    expect(await daily(['--once'], '2025-03-10T08:05:00Z')).toBe(1);
    expect(err.join('\n')).toContain(temp.dbPath);
  });
});

describe('glossary daily --preview', () => {
  it('GIVEN a date THEN it lists which term each channel would get, and matches what --once then posts', async () => {
    expect(await daily(['--preview', '--date', '2025-03-10'], '2025-03-09T12:00:00Z')).toBe(0);
    const previewed = out.slice(1).map((line) => line.trim().split(/\s+/).slice(0, 3).join(' '));
    expect(out[0]).toContain('2025-03-10, posted at 09:00 Europe/Berlin');
    await daily(['--once'], '2025-03-10T08:30:00Z');
    expect(previewed).toEqual(sent.map((p) => `${p.platform} ${p.channelId} ${p.slug}`));
    out = [];
    await daily(['--preview'], '2025-03-10T12:00:00Z');
    expect(out.filter((l) => l.includes('already sent'))).toHaveLength(3);
  });

  it('GIVEN a weekend date THEN it says nothing is scheduled that day', async () => {
    expect(await daily(['--preview', '--date', '2025-03-08'], '2025-03-07T12:00:00Z')).toBe(0);
    expect(out[0]).toContain('No post is scheduled on 2025-03-08');
  });

  it('GIVEN bad arguments THEN usage errors with exit code 2', async () => {
    expect(await daily([], '2025-03-10T08:00:00Z')).toBe(2);
    expect(await daily(['--once', '--preview'], '2025-03-10T08:00:00Z')).toBe(2);
    expect(await daily(['--preview', '--date', '2025-02-30'], '2025-03-10T08:00:00Z')).toBe(2);
    expect(err.join('\n')).toContain('--date must be a date');
  });
});

describe('subscriptions from chat', () => {
  it('GIVEN a channel subscribed in the store THEN --once posts there too', async () => {
    const store = await openStore(temp.dbPath);
    await store.setSubscription('discord', '901', true, new Date('2025-03-01T00:00:00Z'));
    await store.close();
    await daily(['--once'], '2025-03-10T08:05:00Z');
    expect(sent.map((p) => p.channelId)).toEqual(['C1', 'C2', '900', '901']);
  });
});
