/**
 * Child process of bench/slack-ack.ts. `standin <ignored>`: the Slack stand-in, shared by both apps (its own
 * process, like Slack's servers are not on the bot's CPU). `ours <standInUrl>`: the glossary's Slack adapter;
 * `bare <standInUrl>`: a bare Bolt app that acks and answers a fixed message (Bolt's floor); `bot` and
 * `bot-cold`: the whole bot as `npm start` runs it (startBot), with and without the warm-up before ready.
 * Each prints its addresses as one JSON line and serves until killed.
 */
import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { App } from '@slack/bolt';
import { startBot } from '../adapters/runtime/start-bot.js';
import { startSlack } from '../adapters/slack/index.js';
import { loadConfig } from '../src/config.js';
import type { Glossary } from '../src/glossary/glossary.js';
import { loadGlossary } from '../src/glossary/load-glossary.js';
import { createLogger } from '../src/logger.js';
import { openStore } from '../src/store/open-store.js';
import { warmUp } from '../src/warm-up.js';
import { startSlackStandIn } from '../tests/helpers/slack-standin.js';
import { makeGlossary } from '../tests/helpers/terms.js';

export const BENCH_SECRET = 'bench-signing-secret';
const TOKEN = 'xoxb-bench-token';

/** What the child prints once it listens. */
export interface ServedApp {
  eventsUrl: string;
  responseUrl: string;
  standInUrl: string;
  terms: number;
}

async function serve(which: string, standInUrl: string): Promise<void> {
  if (which === 'standin') {
    const standIn = await startSlackStandIn();
    const served: ServedApp = { eventsUrl: '', responseUrl: '', standInUrl: standIn.baseUrl, terms: 0 };
    process.stdout.write(`${JSON.stringify(served)}\n`);
    return;
  }
  const apiUrl = `${standInUrl}/api/`;
  if (which === 'bot' || which === 'bot-cold') return serveBot(which, apiUrl, standInUrl);
  const glossary = await loadBenchGlossary();
  const port = which === 'bare' ? await startBare(apiUrl) : await startOurs(apiUrl, glossary);
  const served: ServedApp = {
    eventsUrl: `http://127.0.0.1:${port}/slack/events`,
    responseUrl: `${standInUrl}/respond/${which}`,
    standInUrl,
    terms: glossary.size,
  };
  process.stdout.write(`${JSON.stringify(served)}\n`);
}

/** The whole bot, started as `npm start` does, printing its address as soon as it is ready. */
async function serveBot(which: string, apiUrl: string, standInUrl: string): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'glossary-bench-'));
  const app = await startBot({
    env: {
      TERMS_DIR: process.env.TERMS_DIR ?? 'terms',
      DATABASE_PATH: path.join(dataDir, 'glossary.db'),
      PORT: '0',
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: BENCH_SECRET,
      SLACK_API_URL: apiUrl,
      LOG_LEVEL: 'silent',
      GLOSSARY_CACHE_DIR: 'off',
    },
    io: { input: process.stdin, output: process.stdout },
    warmUp: which === 'bot',
  });
  const served: ServedApp = {
    eventsUrl: `http://127.0.0.1:${app.healthPort}/slack/events`,
    responseUrl: `${standInUrl}/respond/${which}`,
    standInUrl,
    terms: 0,
  };
  process.stdout.write(`${JSON.stringify(served)}\n`);
}

async function startOurs(apiUrl: string, glossary: Glossary): Promise<number> {
  const store = await openStore(':memory:', { hashSalt: 'bench' });
  const logger = createLogger('silent', { write: () => {} });
  const config = loadConfig({
    SLACK_BOT_TOKEN: TOKEN,
    SLACK_SIGNING_SECRET: BENCH_SECRET,
    SLACK_API_URL: apiUrl,
    PORT: '0',
  });
  warmUp(glossary);
  const bot = await startSlack({ config, logger, glossary: () => glossary, store, now: () => new Date() });
  return bot.port ?? 0;
}

async function startBare(apiUrl: string): Promise<number> {
  const quiet = () => {};
  const app = new App({
    token: TOKEN,
    signingSecret: BENCH_SECRET,
    clientOptions: { slackApiUrl: apiUrl },
    logger: {
      debug: quiet,
      info: quiet,
      warn: quiet,
      error: quiet,
      setLevel: quiet,
      getLevel: () => 'error' as never,
      setName: quiet,
    },
  });
  app.command('/define', async ({ ack, respond }) => {
    await ack();
    await respond({ response_type: 'ephemeral', text: 'A fixed answer.' });
  });
  const server = (await app.start(0)) as Server;
  return (server.address() as AddressInfo).port;
}

async function loadBenchGlossary(): Promise<Glossary> {
  try {
    return await loadGlossary('terms');
  } catch {
    return makeGlossary();
  }
}

if (process.argv[2]) {
  // Exit normally when the benchmark ends, so `--cpu-prof` (BENCH_PROF=ours|bare) can write its profile.
  process.on('SIGTERM', () => process.exit(0));
  serve(process.argv[2], process.argv[3] ?? '').catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
