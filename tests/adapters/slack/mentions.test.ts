import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_TOKEN, CHANNEL, mentionEvent, nextCall, type SlackHarness, startHarness, visibleText } from './harness.js';

describe('Slack mentions and events', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  it('GIVEN a url_verification request THEN the challenge is echoed', async () => {
    const answer = await h.send.event({ type: 'url_verification', token: 't', challenge: 'c-123-xyz' });
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('c-123-xyz');
  });

  it('GIVEN a mention in a channel THEN the answer is a thread reply under the mention, sent with the bot token', async () => {
    const call = await nextCall(h, 'chat.postMessage', () =>
      h.send.event(mentionEvent('<@U0BOT> what is RLHF?', { ts: '1700000500.000001' })),
    );
    expect(call.body).toMatchObject({ channel: CHANNEL, thread_ts: '1700000500.000001' });
    expect(call.token).toBe(BOT_TOKEN);
    expect(visibleText(call.body)).toContain('RLHF');
  });

  it('GIVEN a mention inside a thread THEN the answer goes to that same thread', async () => {
    const call = await nextCall(h, 'chat.postMessage', () =>
      h.send.event(
        mentionEvent('<@U0BOT|glossary> kv cache', { ts: '1700000600.000009', thread_ts: '1700000599.000001' }),
      ),
    );
    expect(call.body.thread_ts).toBe('1700000599.000001');
    expect(visibleText(call.body)).toContain('KV cache');
  });

  it('GIVEN a bare mention THEN the help answers', async () => {
    const call = await nextCall(h, 'chat.postMessage', () => h.send.event(mentionEvent('<@U0BOT>')));
    expect(visibleText(call.body)).toMatch(/AI glossary/);
  });

  it('GIVEN a hostile mention THEN the public answer pings nobody', async () => {
    const call = await nextCall(h, 'chat.postMessage', () =>
      h.send.event(mentionEvent('<@U0BOT> <!everyone> <!subteam^S0TEAM> <@U0VICTIM> <http://x.example|x>')),
    );
    const raw = JSON.stringify(call.body);
    for (const token of ['<!everyone>', '<!subteam', '<@U0VICTIM>', '<http://x.example'])
      expect(raw).not.toContain(token);
    expect(call.body.link_names).toBeUndefined();
  });
});
