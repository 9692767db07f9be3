import { HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import type { BotDeps } from '../../../adapters/deps.js';
import { createSlackApp } from '../../../adapters/slack/create-app.js';
import { loadConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/logger.js';
import type { Store } from '../../../src/store/store.js';
import { makeGlossary } from '../../helpers/terms.js';

function depsFor(env: Record<string, string>): BotDeps {
  const glossary = makeGlossary();
  return {
    config: loadConfig(env),
    logger: createLogger('silent', { write: () => {} }),
    glossary: () => glossary,
    store: {} as Store,
    now: () => new Date(),
  };
}

/** Bolt keeps the receiver private; the tests only read it. */
const receiverOf = (app: unknown) => (app as { receiver: unknown }).receiver;

describe('Slack mode selection', () => {
  it('GIVEN SLACK_APP_TOKEN THEN Socket Mode is selected, using SLACK_API_URL to open the connection', () => {
    const { app, mode } = createSlackApp(
      depsFor({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_API_URL: 'http://127.0.0.1:9/api/' }),
    );
    expect(mode).toBe('socket');
    const receiver = receiverOf(app);
    expect(receiver).toBeInstanceOf(SocketModeReceiver);
    const socketClient = (receiver as { client: { webClient: { slackApiUrl: string } } }).client;
    expect(socketClient.webClient.slackApiUrl).toBe('http://127.0.0.1:9/api/');
    expect(app.client.slackApiUrl).toBe('http://127.0.0.1:9/api/');
  });

  it('GIVEN only a bot token and signing secret THEN HTTP mode is selected', () => {
    const { app, mode } = createSlackApp(depsFor({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }));
    expect(mode).toBe('http');
    expect(receiverOf(app)).toBeInstanceOf(HTTPReceiver);
    expect(app.client.slackApiUrl).toBe('https://slack.com/api/');
  });
});
