import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { writeLinkedTermsDir } from '../helpers/linked-terms.js';
import { runTs } from '../helpers/run-process.js';
import { createSlackSender, type SlackStandIn, startSlackStandIn } from '../helpers/slack-standin.js';
import { createPostgresSchema, type TestDatabase, testDatabaseUrl } from '../helpers/test-databases.js';
import { type BotProcess, DEV_COMMAND, freePort, startBotProcess, waitForStatus } from './bot-process.js';

const url = testDatabaseUrl();
const SECRET = 'replica-signing-secret';
const CHANNELS = ['C0ONE', 'C0TWO', 'C0THREE'];

// Three replicas as an operator runs them: separate disks (DATABASE_PATH), one DATABASE_URL, one Slack app.
describe.skipIf(!url)('three replicas on one PostgreSQL database', () => {
  let database: TestDatabase;
  let slack: SlackStandIn;
  const replicas: { bot: BotProcess; port: number }[] = [];
  let env: Record<string, string>;

  beforeAll(async () => {
    database = await createPostgresSchema(url ?? '');
    slack = await startSlackStandIn();
    env = {
      TERMS_DIR: writeLinkedTermsDir(),
      DATABASE_URL: database.target,
      SLACK_BOT_TOKEN: 'xoxb-replica-test-token',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      DAILY_SLACK_CHANNELS: CHANNELS.join(','),
      // Due since midnight: every replica catches up on start, racing for the same three posts.
      DAILY_CRON: '0 0 * * *',
      LOG_LEVEL: 'info',
    };
  }, 30_000);
  afterAll(async () => {
    for (const { bot } of replicas) if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
    await slack?.close();
    await database?.cleanup();
  });

  it('GIVEN three replicas and a `daily --once` started together THEN each channel gets one post, answers and stats are shared, and losing one replica loses nothing answered', async () => {
    // Start everything at once: migrations, the salt and the daily claims all race.
    const cli = runTs('adapters/cli/main.ts', ['daily', '--once'], { env });
    for (let i = 0; i < 3; i++) {
      const port = await freePort();
      const disk = mkdtempSync(path.join(tmpdir(), `glossary-replica-${i}-`));
      const bot = startBotProcess(
        { ...env, PORT: String(port), DATABASE_PATH: path.join(disk, 'glossary.db') },
        DEV_COMMAND,
      );
      replicas.push({ bot, port });
    }
    await Promise.all(replicas.map(({ port }) => waitForStatus(`http://127.0.0.1:${port}/readyz`, 200, 60_000)));
    const health = await (await fetch(`http://127.0.0.1:${replicas[0]?.port}/healthz`)).json();
    expect(health).toMatchObject({ ok: true, store: { ok: true } });
    expect((await cli).code).toBe(0);

    // Exactly one post per channel, whoever won each claim.
    await slack.waitFor('chat.postMessage', { count: 3, timeoutMs: 20_000 });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const posted = slack.callsTo('chat.postMessage').map((c) => c.body.channel);
    expect(posted.sort()).toEqual([...CHANNELS].sort());

    // Commands spread over the replicas are all answered.
    const ask = async (replica: number, text: string, name: string) => {
      const target = replicas[replica];
      if (!target) throw new Error(`no replica ${replica}`);
      const send = createSlackSender(`http://127.0.0.1:${target.port}/slack/events`, SECRET);
      const fields = {
        token: 'legacy',
        team_id: 'T0TEAM',
        channel_id: 'C0ASK',
        user_id: 'U0ASKER',
        command: '/define',
        text,
        api_app_id: 'A0APP',
        response_url: slack.responseUrl(name),
        trigger_id: '1.2.3',
      };
      expect((await send.command(fields)).status).toBe(200);
    };
    const terms = ['rlhf', 'kv cache', 'embedding', 'fine tuning', 'flux capacitor', 'rlhf'];
    await Promise.all(terms.map((text, i) => ask(i % 3, text, `first-${i}`)));
    await slack.waitFor('response_url', { count: terms.length, timeoutMs: 20_000 });
    await waitForStats(env, (stats) => stats.lookups === 6);

    // One replica dies right after acknowledging more work: it may lose what it had in flight, nothing else.
    const [lost] = replicas;
    await Promise.all(['rlhf', 'embedding'].map((text, i) => ask(0, text, `in-flight-${i}`)));
    lost?.bot.child.kill('SIGKILL');
    await lost?.bot.exited;
    await Promise.all(terms.map((text, i) => ask(1 + (i % 2), text, `after-${i}`)));
    // The killed replica's in-flight answers may or may not have gone out, so wait for these answers by name.
    const allAnswered = () => terms.every((_, i) => slack.callsTo('response_url', `after-${i}`).length === 1);
    await vi.waitFor(() => expect(allAnswered()).toBe(true), { timeout: 20_000, interval: 100 });

    // `glossary stats` anywhere reads the shared database: every lookup from every replica, posts sent once.
    const count = (s: Stats, slug: string) => s.topTerms.find((t) => t.slug === slug)?.count ?? 0;
    const everyAnswerCounted = (s: Stats) =>
      s.misses === 2 && count(s, 'kv-cache') === 2 && count(s, 'fine-tuning') === 2 && count(s, 'rlhf') >= 4;
    const stats = await waitForStats(env, everyAnswerCounted);
    expect(everyAnswerCounted(stats)).toBe(true);
    // The two lookups the killed replica had in flight may or may not have been written; nothing else is lost.
    expect(stats.lookups - 12).toBeGreaterThanOrEqual(0);
    expect(stats.lookups - 12).toBeLessThanOrEqual(2);
    expect(stats.postsSent.map((p) => p.count)).toEqual([1, 1, 1]);
  }, 120_000);
});

interface Stats {
  lookups: number;
  misses: number;
  topTerms: { slug: string; count: number }[];
  postsSent: { channelId: string; count: number }[];
}

/** Runs `glossary stats --json` until `done` holds (lookups are written just after the answer). */
async function waitForStats(env: Record<string, string>, done: (stats: Stats) => boolean): Promise<Stats> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const result = await runTs('adapters/cli/main.ts', ['stats', '--json'], { env });
    const stats = JSON.parse(result.stdout) as Stats;
    if (done(stats) || Date.now() > deadline) return stats;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}
