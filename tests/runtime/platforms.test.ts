import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningApp, startBot } from '../../adapters/runtime/start-bot.js';
import { FAKE_TOKEN } from '../helpers/discord-bot.js';
import { STANDIN_IDS } from '../helpers/discord-payloads.js';
import { DiscordStandin } from '../helpers/discord-standin.js';
import { writeLinkedTermsDir } from '../helpers/linked-terms.js';
import { type HeldSlack, startHeldSlack } from './held-slack.js';

let app: RunningApp | undefined;
let slack: HeldSlack | undefined;
let discord: DiscordStandin | undefined;
afterEach(async () => {
  await app?.stop('test over');
  await slack?.close();
  await discord?.close();
  app = slack = discord = undefined;
});

async function eventually(what: string, condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('startBot with Slack and Discord credentials', () => {
  it('GIVEN both tokens THEN both platforms run, the term of the day is posted, health answers, stop is clean', async () => {
    slack = await startHeldSlack();
    slack.release();
    discord = await DiscordStandin.start();
    const dataDir = mkdtempSync(path.join(tmpdir(), 'glossary-platforms-'));
    const logs: string[] = [];
    app = await startBot({
      env: {
        TERMS_DIR: writeLinkedTermsDir(),
        DATABASE_PATH: path.join(dataDir, 'glossary.db'),
        PORT: '0',
        HEALTH_PORT: '0',
        SLACK_BOT_TOKEN: 'xoxb-1-2-platformstest',
        SLACK_SIGNING_SECRET: 'platforms-test-signing-secret',
        SLACK_API_URL: slack.apiUrl,
        DISCORD_TOKEN: FAKE_TOKEN,
        DISCORD_APPLICATION_ID: STANDIN_IDS.application,
        DISCORD_API_URL: discord.apiUrl,
        // Due every minute, so the scheduler's first run posts right away.
        DAILY_CRON: '* * * * *',
        DAILY_SLACK_CHANNELS: 'C0DAILY',
      },
      io: { input: new PassThrough(), output: new PassThrough() },
      logDestination: { write: (line: string) => void logs.push(line) },
    });
    expect(app.running).toEqual(['slack', 'discord']);

    await eventually('the term of the day in Slack', () => slack?.posts.some((p) => p.channel === 'C0DAILY') ?? false);
    const health = await fetch(`http://127.0.0.1:${app.healthPort}/healthz`);
    expect(health.status).toBe(200);

    await expect(app.stop('SIGTERM')).resolves.toBe(true);
    expect(logs.join('')).not.toContain(FAKE_TOKEN);
    expect(logs.join('')).not.toContain('platforms-test-signing-secret');
  });
});
