import { type SlackBot, startSlack } from '../../../adapters/slack/index.js';
import { loadConfig } from '../../../src/config.js';
import type { Glossary } from '../../../src/glossary/glossary.js';
import { createLogger } from '../../../src/logger.js';
import { openStore } from '../../../src/store/open-store.js';
import type { Store } from '../../../src/store/store.js';
import {
  createSlackSender,
  type SlackSender,
  type SlackStandIn,
  STANDIN_BOT,
  type StandInCall,
  startSlackStandIn,
} from '../../helpers/slack-standin.js';
import { makeGlossary } from '../../helpers/terms.js';

export const SIGNING_SECRET = 'test-signing-secret';
export const BOT_TOKEN = 'xoxb-test-bot-token-0001';
/** A fixed clock (a Monday, 09:00 UTC). */
export const NOW = new Date('2025-03-10T09:00:00Z');
export const USER = 'U0ASKER';
export const CHANNEL = 'C0GENERAL';

/** A real Bolt app in HTTP mode on an ephemeral port, wired to a loopback stand-in of Slack. */
export interface SlackHarness {
  standIn: SlackStandIn;
  bot: SlackBot;
  store: Store;
  send: SlackSender;
  /** Every log line the bot wrote (JSON). */
  logs: string[];
  stop(): Promise<void>;
}

/** Starts the stand-in, an in-memory store and the Slack bot; call `stop()` after the tests. */
export async function startHarness(
  options: { glossary?: () => Glossary; env?: Record<string, string> } = {},
): Promise<SlackHarness> {
  const standIn = await startSlackStandIn();
  const store = await openStore(':memory:', { hashSalt: 'test-salt' });
  const logs: string[] = [];
  const logger = createLogger('debug', { write: (line: string) => void logs.push(line) });
  const config = loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: standIn.apiUrl,
    PORT: '0',
    ...options.env,
  });
  const fixture = makeGlossary();
  const bot = await startSlack(
    { config, logger, glossary: options.glossary ?? (() => fixture), store, now: () => NOW },
    // One quick retry instead of minutes of backoff; a 429's Retry-After is still honoured.
    { clientOptions: { retryConfig: { retries: 1, minTimeout: 10, maxTimeout: 10, factor: 1 } } },
  );
  const send = createSlackSender(`http://127.0.0.1:${bot.port}/slack/events`, SIGNING_SECRET);
  return {
    standIn,
    bot,
    store,
    send,
    logs,
    async stop() {
      await bot.stop();
      await standIn.close();
      await store.close();
    },
  };
}

/** The form fields of a `/define` request. */
export function commandFields(
  harness: SlackHarness,
  text: string,
  name = 'define',
  command = '/define',
): Record<string, string> {
  return {
    token: 'legacy-verification-token',
    team_id: STANDIN_BOT.teamId,
    team_domain: 'test',
    channel_id: CHANNEL,
    channel_name: 'general',
    user_id: USER,
    user_name: 'asker',
    command,
    text,
    api_app_id: 'A0APP',
    response_url: harness.standIn.responseUrl(name),
    trigger_id: '1.2.3',
  };
}

/** An `app_mention` event callback. */
export function mentionEvent(text: string, extra: { ts?: string; thread_ts?: string } = {}) {
  return {
    token: 'legacy-verification-token',
    team_id: STANDIN_BOT.teamId,
    api_app_id: 'A0APP',
    type: 'event_callback',
    event_id: `Ev${Math.random().toString(36).slice(2, 10).toUpperCase()}`,
    event_time: Math.floor(NOW.getTime() / 1000),
    authorizations: [{ team_id: STANDIN_BOT.teamId, user_id: STANDIN_BOT.userId, is_bot: true }],
    event: {
      type: 'app_mention',
      user: USER,
      text,
      ts: extra.ts ?? '1700000100.000200',
      ...(extra.thread_ts ? { thread_ts: extra.thread_ts } : {}),
      channel: CHANNEL,
      event_ts: extra.ts ?? '1700000100.000200',
    },
  };
}

/** A `block_actions` payload for a button click on an ephemeral (private) or public message. */
export function buttonClick(
  harness: SlackHarness,
  actionId: string,
  where: { ephemeral: boolean; name?: string; blocks?: unknown[] },
) {
  const message = { type: 'message', ts: '1700000200.000300', text: 'card', blocks: where.blocks ?? [] };
  return {
    type: 'block_actions',
    team: { id: STANDIN_BOT.teamId, domain: 'test' },
    user: { id: USER, username: 'asker', team_id: STANDIN_BOT.teamId },
    api_app_id: 'A0APP',
    token: 'legacy-verification-token',
    trigger_id: '1.2.3',
    container: where.ephemeral
      ? { type: 'message', message_ts: '1700000200.000300', channel_id: CHANNEL, is_ephemeral: true }
      : { type: 'message', message_ts: message.ts, channel_id: CHANNEL, is_ephemeral: false },
    channel: { id: CHANNEL, name: 'general' },
    ...(where.ephemeral ? {} : { message }),
    response_url: harness.standIn.responseUrl(where.name ?? 'click'),
    actions: [
      { type: 'button', action_id: actionId, block_id: 'b1', text: { type: 'plain_text', text: 'x' }, action_ts: '1' },
    ],
  };
}

/** A message shortcut ("Explain AI terms") on a message with `text`. */
export function messageShortcut(harness: SlackHarness, text: string, callbackId = 'explain_terms') {
  return {
    type: 'message_action',
    callback_id: callbackId,
    trigger_id: '1.2.3',
    message_ts: '1700000300.000400',
    response_url: harness.standIn.responseUrl('shortcut'),
    message: { type: 'message', user: 'U0AUTHOR', ts: '1700000300.000400', text },
    user: { id: USER, name: 'asker' },
    channel: { id: CHANNEL, name: 'general' },
    team: { id: STANDIN_BOT.teamId, domain: 'test' },
    token: 'legacy-verification-token',
    action_ts: '1700000300.5',
  };
}

/** All text a Slack message shows (fallback, block texts, fields, button labels), for content assertions. */
export function visibleText(body: Record<string, unknown>): string {
  const parts: string[] = [];
  const walk = (node: unknown) => {
    if (typeof node === 'string') return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'text' && typeof value === 'string') parts.push(value);
        else walk(value);
      }
    }
  };
  walk(body);
  return parts.join('\n');
}

/** The action ids of every button in a message. */
export function buttonIds(body: Record<string, unknown>): string[] {
  const blocks = (body.blocks ?? []) as { type: string; elements?: { action_id?: string }[] }[];
  return blocks.flatMap((b) => (b.type === 'actions' ? (b.elements ?? []).flatMap((e) => e.action_id ?? []) : []));
}

/** Runs `act` and returns the next call to `method` (and response_url `path`) that arrives after it. */
export async function nextCall(
  harness: SlackHarness,
  method: string,
  act: () => Promise<unknown>,
  path?: string,
): Promise<StandInCall> {
  const before = harness.standIn.callsTo(method, path).length;
  await act();
  const calls = await harness.standIn.waitFor(method, { count: before + 1, ...(path ? { path } : {}) });
  return calls[before] as StandInCall;
}
