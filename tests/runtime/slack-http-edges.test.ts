import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningApp, startBot } from '../../adapters/runtime/start-bot.js';
import { UserError } from '../../src/errors.js';
import { mentionEvent } from '../adapters/slack/harness.js';
import { writeLinkedTermsDir } from '../helpers/linked-terms.js';
import { createSlackSender, signSlackRequest } from '../helpers/slack-standin.js';
import { type HeldSlack, startHeldSlack } from './held-slack.js';

const SECRET = 'edges-test-signing-secret';

let app: RunningApp | undefined;
let slack: HeldSlack | undefined;
afterEach(async () => {
  slack?.release();
  await app?.stop('test over');
  await slack?.close();
  app = slack = undefined;
});

function slackEnv(port: string, apiUrl: string) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'glossary-edges-'));
  return {
    TERMS_DIR: writeLinkedTermsDir(),
    DATABASE_PATH: path.join(dataDir, 'glossary.db'),
    PORT: port,
    SLACK_BOT_TOKEN: 'xoxb-1-2-edgestest',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: apiUrl,
    LOG_LEVEL: 'silent',
  };
}

async function startSlackHttp(): Promise<{ app: RunningApp; url: string; base: string }> {
  slack = await startHeldSlack();
  app = await startBot({
    env: slackEnv('0', slack.apiUrl),
    io: { input: new PassThrough(), output: new PassThrough() },
  });
  const base = `http://127.0.0.1:${app.healthPort}`;
  return { app, url: `${base}/slack/events`, base };
}

/** Posts a validly signed raw body. */
async function postSigned(url: string, body: string, contentType: string): Promise<number> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': contentType, ...signSlackRequest(SECRET, body) },
    body,
  });
  await res.text();
  return res.status;
}

describe('Slack HTTP mode edges', () => {
  it('GIVEN validly signed bodies that are JSON null THEN 400, and the bot keeps answering', async () => {
    const { url } = await startSlackHttp();
    slack?.release();
    expect(await postSigned(url, 'null', 'application/json')).toBe(400);
    expect(await postSigned(url, 'payload=null', 'application/x-www-form-urlencoded')).toBe(400);
    expect(await postSigned(url, '[1]', 'application/json')).toBe(400);
    const answer = await createSlackSender(url, SECRET).event({ type: 'url_verification', challenge: 'still-here' });
    expect(answer).toMatchObject({ status: 200 });
    expect(answer.body).toContain('still-here');
  });

  it('GIVEN the bot is draining THEN /readyz answers 503 and new Slack requests get 503 until work is done', async () => {
    const { app, url, base } = await startSlackHttp();
    // A mention whose reply is held by the stand-in: work in flight.
    expect((await createSlackSender(url, SECRET).event(mentionEvent('<@U0BOT> what is RLHF?'))).status).toBe(200);
    const deadline = Date.now() + 8_000;
    while ((slack?.posts.length ?? 0) === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const stopping = app.stop('test');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(503);
    expect(
      await postSigned(url, JSON.stringify({ type: 'url_verification', challenge: 'x' }), 'application/json'),
    ).toBe(503);
    slack?.release();
    await expect(stopping).resolves.toBe(true);
  });

  it('GIVEN PORT is taken THEN starting fails with a message naming the port and what to set', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, resolve));
    const { port } = blocker.address() as AddressInfo;
    slack = await startHeldSlack();
    try {
      const error = await startBot({
        env: slackEnv(String(port), slack.apiUrl),
        io: { input: new PassThrough(), output: new PassThrough() },
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserError);
      expect((error as Error).message).toContain(`Cannot listen on PORT ${port} (EADDRINUSE)`);
      expect((error as Error).message).toMatch(/Set PORT to a free port/);
    } finally {
      blocker.close();
    }
  });
});
