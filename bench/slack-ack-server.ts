/**
 * Child process of bench/slack-ack.ts: starts a Slack stand-in and one app on loopback, prints their
 * addresses as one JSON line, and serves until killed. `ours` = the glossary's Slack adapter;
 * `bare` = a bare Bolt app that acks and answers a fixed message (Bolt's floor).
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App } from '@slack/bolt';
import { startSlack } from '../adapters/slack/index.js';
import { loadConfig } from '../src/config.js';
import type { Glossary } from '../src/glossary/glossary.js';
import { loadGlossary } from '../src/glossary/load-glossary.js';
import { createLogger } from '../src/logger.js';
import { openStore } from '../src/store/open-store.js';
import { type SlackStandIn, startSlackStandIn } from '../tests/helpers/slack-standin.js';
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

async function serve(which: string): Promise<void> {
  const standIn = await startSlackStandIn();
  const glossary = await loadBenchGlossary();
  const port = which === 'bare' ? await startBare(standIn) : await startOurs(standIn, glossary);
  const served: ServedApp = {
    eventsUrl: `http://127.0.0.1:${port}/slack/events`,
    responseUrl: standIn.responseUrl(which),
    standInUrl: standIn.baseUrl,
    terms: glossary.size,
  };
  process.stdout.write(`${JSON.stringify(served)}\n`);
}

async function startOurs(standIn: SlackStandIn, glossary: Glossary): Promise<number> {
  const store = await openStore(':memory:', { hashSalt: 'bench' });
  const logger = createLogger('silent', { write: () => {} });
  const config = loadConfig({
    SLACK_BOT_TOKEN: TOKEN,
    SLACK_SIGNING_SECRET: BENCH_SECRET,
    SLACK_API_URL: standIn.apiUrl,
    PORT: '0',
  });
  const bot = await startSlack({ config, logger, glossary: () => glossary, store, now: () => new Date() });
  return bot.port ?? 0;
}

async function startBare(standIn: SlackStandIn): Promise<number> {
  const quiet = () => {};
  const app = new App({
    token: TOKEN,
    signingSecret: BENCH_SECRET,
    clientOptions: { slackApiUrl: standIn.apiUrl },
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
  serve(process.argv[2]).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
