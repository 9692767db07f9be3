import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SlackBot, startSlack } from '../../../adapters/slack/index.js';
import { termReply } from '../../../src/answer.js';
import { loadConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/logger.js';
import type { Store } from '../../../src/store/store.js';
import { WritePathStore } from '../../../src/store/write-path.js';
import {
  createSlackSender,
  type SlackSender,
  type SlackStandIn,
  STANDIN_OAUTH,
  startSlackStandIn,
} from '../../helpers/slack-standin.js';
import { makeGlossary } from '../../helpers/terms.js';
import { storeKinds, type TestDatabase } from '../../helpers/test-databases.js';
import { visibleText } from './harness.js';

const SIGNING_SECRET = 'oauth-signing-secret';
const NOW = new Date('2025-03-10T10:00:00Z');
const glossary = makeGlossary();

describe.each(storeKinds())('Slack OAuth installs ($kind store)', ({ create }) => {
  let database: TestDatabase;
  let store: Store;
  let standIn: SlackStandIn;
  let bot: SlackBot;
  let base: string;
  let send: SlackSender;
  const logs: string[] = [];

  beforeEach(async () => {
    database = await create();
    standIn = await startSlackStandIn();
    const logger = createLogger('debug', { write: (line: string) => void logs.push(line) });
    store = new WritePathStore(await database.open({ hashSalt: 'salt' }), logger);
    const config = loadConfig({
      SLACK_CLIENT_ID: STANDIN_OAUTH.clientId,
      SLACK_CLIENT_SECRET: STANDIN_OAUTH.clientSecret,
      SLACK_STATE_SECRET: 'oauth-state-secret',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: standIn.apiUrl,
      PORT: '0',
    });
    bot = await startSlack(
      { config, logger, glossary: () => glossary, store, now: () => NOW },
      { clientOptions: { retryConfig: { retries: 0 } } },
    );
    base = `http://127.0.0.1:${bot.port}`;
    send = createSlackSender(`${base}/slack/events`, SIGNING_SECRET);
  });
  afterEach(async () => {
    await bot.stop();
    await standIn.close();
    await store.close();
    await database.cleanup();
  });

  /** Installs the app in a workspace as a browser would: /slack/install, Slack's consent page, the redirect back. */
  async function install(team: string): Promise<Response> {
    const start = await fetch(`${base}/slack/install`, { redirect: 'manual' });
    expect(start.status).toBe(302);
    const consent = new URL(start.headers.get('location') ?? '');
    expect(consent.searchParams.get('scope')).toContain('commands');
    const state = consent.searchParams.get('state') ?? '';
    const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    return fetch(`${base}/slack/oauth_redirect?code=code-${team}&state=${encodeURIComponent(state)}`, {
      headers: { cookie },
      redirect: 'manual',
    });
  }

  const mention = (team: string, text: string, channel: string) => ({
    token: 'legacy',
    team_id: team,
    api_app_id: 'A0APP',
    type: 'event_callback',
    event_id: `Ev${team}${Math.random().toString(36).slice(2, 8)}`,
    event_time: Math.floor(NOW.getTime() / 1000),
    authorizations: [{ team_id: team, user_id: 'U0BOT', is_bot: true }],
    event: { type: 'app_mention', user: 'U0ASKER', text, ts: '1700000100.000200', channel, event_ts: '1' },
  });
  const command = (team: string, text: string, channel: string, name: string) => ({
    token: 'legacy',
    team_id: team,
    team_domain: team.toLowerCase(),
    channel_id: channel,
    channel_name: 'general',
    user_id: 'U0ASKER',
    user_name: 'asker',
    command: '/define',
    text,
    api_app_id: 'A0APP',
    response_url: standIn.responseUrl(name),
    trigger_id: '1.2.3',
  });

  it('GIVEN two workspaces installed through the installer THEN each is answered with its own token, and stats and daily posts are per workspace', async () => {
    for (const team of ['T0ONE', 'T0TWO']) {
      const done = await install(team);
      expect(done.status).toBe(200);
      expect(await done.text()).toMatch(/Thank you|success/i);
    }
    expect(standIn.callsTo('oauth.v2.access')).toHaveLength(2);
    expect(await store.findInstallation('T:T0ONE')).toContain('xoxb-T0ONE-token');

    for (const [i, team] of ['T0ONE', 'T0TWO'].entries()) {
      expect((await send.event(mention(team, '<@U0BOT> what is RLHF?', `C${team}`))).status).toBe(200);
      const [post] = (await standIn.waitFor('chat.postMessage', { count: i + 1 })).slice(i);
      expect(post?.token).toBe(`xoxb-${team}-token`);
      expect(post?.body.channel).toBe(`C${team}`);
      expect(visibleText(post?.body ?? {})).toContain('Rlhf is a test term.');
    }
    expect((await send.command(command('T0TWO', 'kv cache', 'CT0TWO', 'two'))).status).toBe(200);
    const [answer] = await standIn.waitFor('response_url', { path: 'two' });
    expect(visibleText(answer?.body ?? {})).toContain('Kv Cache is a test term.');

    // The term of the day, turned on in one workspace, is posted there with that workspace's token.
    await send.command(command('T0ONE', 'daily on', 'CT0ONE', 'daily'));
    const [daily] = await standIn.waitFor('response_url', { path: 'daily' });
    expect(visibleText(daily?.body ?? {})).toContain('now on');
    expect(await store.listSubscriptions()).toMatchObject([{ channelId: 'CT0ONE', workspace: 'T0ONE' }]);
    const term = termReply(glossary, 'rlhf', 'overview', { kind: 'daily', date: '2025-03-10' });
    if (!term) throw new Error('fixture term missing');
    await bot.poster.post('CT0ONE', term, 'T0ONE');
    expect(standIn.callsTo('chat.postMessage').at(-1)).toMatchObject({ token: 'xoxb-T0ONE-token' });

    await (store as WritePathStore).flush();
    expect((await store.usageStats(new Date(0), 5, { workspace: 'T0ONE' })).lookups).toBe(1);
    expect((await store.usageStats(new Date(0), 5, { workspace: 'T0TWO' })).lookups).toBe(2);
    expect(logs.join('\n')).not.toContain('xoxb-T0ONE-token');
  });

  it('GIVEN a workspace uninstalls the app THEN its installation is removed and it is no longer answered', async () => {
    await install('T0ONE');
    await install('T0TWO');
    const uninstalled = {
      ...mention('T0TWO', '', 'C0'),
      event: { type: 'app_uninstalled', event_ts: '1' },
    };
    expect((await send.event(uninstalled)).status).toBe(200);
    await waitUntil(async () => (await store.findInstallation('T:T0TWO')) === undefined);
    expect(await store.findInstallation('T:T0ONE')).toBeDefined();
    const posts = standIn.callsTo('chat.postMessage').length;
    await send.event(mention('T0TWO', '<@U0BOT> rlhf', 'CT0TWO'));
    await send.event(mention('T0ONE', '<@U0BOT> rlhf', 'CT0ONE'));
    await standIn.waitFor('chat.postMessage', { count: posts + 1 });
    expect(
      standIn
        .callsTo('chat.postMessage')
        .slice(posts)
        .map((c) => c.token),
    ).toEqual(['xoxb-T0ONE-token']);
  });

  it('GIVEN a rotating token about to expire THEN Bolt refreshes it, the store keeps the new one, and it is used', async () => {
    STANDIN_OAUTH.expiresIn = 60;
    try {
      await install('T0ONE');
      expect(await store.findInstallation('T:T0ONE')).toContain('xoxe-T0ONE-refresh');
      await send.event(mention('T0ONE', '<@U0BOT> rlhf', 'CT0ONE'));
      const [post] = await standIn.waitFor('chat.postMessage');
      expect(post?.token).toBe('xoxb-T0ONE-token-r2');
      expect(await store.findInstallation('T:T0ONE')).toContain('xoxb-T0ONE-token-r2');
    } finally {
      delete STANDIN_OAUTH.expiresIn;
    }
  });

  it('GIVEN the bot token of a workspace is revoked THEN its installation is removed', async () => {
    await install('T0ONE');
    const revoked = {
      ...mention('T0ONE', '', 'C0'),
      event: { type: 'tokens_revoked', tokens: { bot: ['U0BOT'] }, event_ts: '1' },
    };
    expect((await send.event(revoked)).status).toBe(200);
    await waitUntil(async () => (await store.findInstallation('T:T0ONE')) === undefined);
  });
});

async function waitUntil(condition: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 8_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('gave up waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
