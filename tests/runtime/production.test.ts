import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { writeLinkedTermsDir } from '../helpers/linked-terms.js';
import { signSlackRequest } from '../helpers/slack-standin.js';
import { type BotProcess, buildDist, freePort, startBotProcess, waitForStatus } from './bot-process.js';
import { type HeldSlack, startHeldSlack } from './held-slack.js';

const BOT_TOKEN = 'xoxb-900-901-productiontesttoken';
const SIGNING_SECRET = '5e1f0a2b3c4d5e6f7a8b9c0d1e2f3a4b';

/** Fixture terms and a fresh database folder for one run. */
function runFiles() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'glossary-prod-'));
  return { TERMS_DIR: writeLinkedTermsDir(), DATABASE_PATH: path.join(dataDir, 'glossary.db') };
}

let bot: BotProcess | undefined;
let slack: HeldSlack | undefined;
afterEach(async () => {
  if (bot && bot.child.exitCode === null) bot.child.kill('SIGKILL');
  bot = undefined;
  await slack?.close();
  slack = undefined;
});

// What the image runs: `npm run build`, then `node dist/adapters/main.js`.
beforeAll(() => buildDist(), 240_000);

describe('node dist/adapters/main.js', () => {
  it('GIVEN the build THEN it imports only production dependencies (what `npm prune --omit=dev` keeps)', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    const allowed = new Set([...Object.keys(pkg.dependencies), ...builtinModules]);
    const files = ['dist/src', 'dist/adapters'].flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.js'))
        .map((f) => path.join(dir, f)),
    );
    const imported = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^'.][^']*)'/g)].map((m) => m[1] ?? ''),
    );
    const packages = imported.map((spec) =>
      spec
        .replace(/^node:/, '')
        .split('/')
        .slice(0, spec.startsWith('@') ? 2 : 1)
        .join('/'),
    );
    expect(files.length).toBeGreaterThan(20);
    expect(packages).toContain('@slack/bolt');
    expect(packages.filter((name) => !allowed.has(name))).toEqual([]);
  });

  it('GIVEN a console run with HEALTH_PORT THEN it answers /healthz and exits 0 on SIGTERM', async () => {
    const healthPort = await freePort();
    bot = startBotProcess({ ...runFiles(), HEALTH_PORT: String(healthPort), LOG_LEVEL: 'info' });
    const res = await waitForStatus(`http://127.0.0.1:${healthPort}/healthz`, 200);
    expect(await res.json()).toMatchObject({ ok: true, store: { ok: true }, glossary: { ok: true, terms: 4 } });
    await waitForStatus(`http://127.0.0.1:${healthPort}/readyz`, 200);
    // The web glossary on the same port, with the browser script prebuilt into dist/ by `npm run build`.
    const home = await fetch(`http://127.0.0.1:${healthPort}/`);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await home.text()).toContain('data-slug="rlhf"');
    const script = await fetch(`http://127.0.0.1:${healthPort}/assets/site.js`);
    expect(script.status).toBe(200);
    expect((await script.text()).length).toBeGreaterThan(10_000);

    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(bot.stderr()).toContain('"clean":true');
  });

  it('GIVEN Slack HTTP mode and SIGTERM while an answer is being sent THEN the answer completes and it exits 0', async () => {
    slack = await startHeldSlack();
    const port = await freePort();
    const files = runFiles();
    bot = startBotProcess({
      ...files,
      PORT: String(port),
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      LOG_LEVEL: 'debug',
    });
    // Health checks share PORT with /slack/events in HTTP mode.
    await waitForStatus(`http://127.0.0.1:${port}/readyz`, 200);
    const health = await waitForStatus(`http://127.0.0.1:${port}/healthz`, 200);
    expect(await health.json()).toMatchObject({ ok: true, glossary: { terms: 4 } });
    expect((await fetch(`http://127.0.0.1:${port}/terms/rlhf/`)).status).toBe(200);

    const event = JSON.stringify(mention('<@U0BOT> what is RLHF?'));
    const ack = await fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signSlackRequest(SIGNING_SECRET, event) },
      body: event,
    });
    expect(ack.status).toBe(200);
    await waitUntil('the answer to be sent', () => slack?.posts.length === 1);

    bot.child.kill('SIGTERM');
    await bot.waitForLog('Shutting down');
    expect(bot.child.exitCode).toBeNull(); // still waiting for the answer in flight
    slack.release();
    expect(await bot.exited).toBe(0);

    expect(JSON.stringify(slack.posts[0])).toContain('Rlhf is a test term.');
    // The handler ran to its end (it records the lookup after the answer was accepted) before the store closed.
    const store = await openStore(files.DATABASE_PATH);
    const stats = await store.usageStats(new Date(0), 5);
    await store.close();
    expect(stats.topTerms).toEqual([{ slug: 'rlhf', count: 1 }]);
    expect(bot.stderr()).not.toContain(BOT_TOKEN);
    expect(bot.stderr()).not.toContain(SIGNING_SECRET);
    expect(bot.stderr()).not.toContain('U0ASKER');
  });

  it('GIVEN bad configuration THEN one message lists every problem, without a stack trace, and it exits 1', async () => {
    bot = startBotProcess({
      ...runFiles(),
      DAILY_TZ: 'Mars/Base',
      LOG_LEVEL: 'loud',
      HEALTH_PORT: 'eighty',
      SLACK_BOT_TOKEN: BOT_TOKEN,
    });
    expect(await bot.exited).toBe(1);
    const message = bot.stderr();
    expect(message).toContain('DAILY_TZ: "Mars/Base" is not a time zone');
    expect(message).toContain('LOG_LEVEL: "loud" is not a log level');
    expect(message).toContain('HEALTH_PORT: "eighty" is not a port number');
    expect(message).toContain('SLACK_SIGNING_SECRET: is required in HTTP mode');
    expect(message.match(/Configuration problems:/g)).toHaveLength(1);
    expect(message).not.toMatch(/^\s+at /m);
    expect(message).not.toContain(BOT_TOKEN);
  });
});

/** An `app_mention` event callback as Slack sends it. */
function mention(text: string) {
  return {
    token: 'legacy-verification-token',
    team_id: 'T0TEAM',
    api_app_id: 'A0APP',
    type: 'event_callback',
    event_id: 'Ev0PRODTEST',
    event_time: Math.floor(Date.now() / 1000),
    event: {
      type: 'app_mention',
      user: 'U0ASKER',
      text,
      ts: '1700000100.000200',
      channel: 'C0GENERAL',
      event_ts: '1700000100.000200',
    },
  };
}

async function waitUntil(what: string, condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
