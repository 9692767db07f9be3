import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APOLOGY } from '../../../src/replies.js';
import { makeGlossary } from '../../helpers/terms.js';
import {
  BOT_TOKEN,
  buttonClick,
  commandFields,
  mentionEvent,
  nextCall,
  type SlackHarness,
  startHarness,
  USER,
  visibleText,
} from './harness.js';

describe('Slack failures', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  it('GIVEN Slack answers 429 with Retry-After THEN the post is retried after the wait and delivered', async () => {
    h.standIn.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    const before = h.standIn.callsTo('chat.postMessage').length;
    await h.send.event(mentionEvent('<@U0BOT> rlhf'));
    const calls = await h.standIn.waitFor('chat.postMessage', { count: before + 2 });
    const retried = calls[before + 1];
    expect(retried?.body.thread_ts).toBe('1700000100.000200');
    expect(visibleText(retried?.body ?? {})).toContain('RLHF');
  });

  it('GIVEN sharing into a channel the bot may not post in THEN the sharer is told privately how to fix it', async () => {
    h.standIn.failNext('chat.postMessage', { error: 'not_in_channel' });
    const call = await nextCall(
      h,
      'response_url',
      () => h.send.interaction(buttonClick(h, 'g1|share|rlhf|overview', { ephemeral: true, name: 'share-fail' })),
      'share-fail',
    );
    expect(call.body.response_type).toBe('ephemeral');
    expect(visibleText(call.body)).toMatch(/Invite me/);
  });

  it('GIVEN the thread reply to a mention fails once THEN an apology is posted in the thread', async () => {
    h.standIn.failNext('chat.postMessage', { error: 'msg_blocks_too_long' });
    const before = h.standIn.callsTo('chat.postMessage').length;
    await h.send.event(mentionEvent('<@U0BOT> kv cache'));
    const calls = await h.standIn.waitFor('chat.postMessage', { count: before + 2 });
    expect(visibleText(calls[before + 1]?.body ?? {})).toContain(APOLOGY.message);
  });

  it('GIVEN every thread post fails THEN the asker gets the apology privately', async () => {
    h.standIn.failNext('chat.postMessage', { error: 'fatal_error' }, 2);
    const call = await nextCall(h, 'chat.postEphemeral', () => h.send.event(mentionEvent('<@U0BOT> kv cache')));
    expect(call.body).toMatchObject({ user: USER, thread_ts: '1700000100.000200' });
    expect(visibleText(call.body)).toContain(APOLOGY.message);
  });

  it('GIVEN chat.update answers HTTP 500 THEN the clicker gets the apology privately', async () => {
    h.standIn.failNext('chat.update', { status: 500 }, 2);
    const click = buttonClick(h, 'g1|section|rlhf|why', { ephemeral: false, name: 'update-fail' });
    const call = await nextCall(h, 'response_url', () => h.send.interaction(click), 'update-fail');
    expect(call.body.replace_original).toBe(false);
    expect(visibleText(call.body)).toContain(APOLOGY.message);
  });

  it('GIVEN the response_url fails once THEN the second try carries the apology', async () => {
    h.standIn.failNext('response_url', { status: 500 });
    const before = h.standIn.callsTo('response_url', 'respond-fail').length;
    await h.send.command(commandFields(h, 'rlhf', 'respond-fail'));
    const calls = await h.standIn.waitFor('response_url', { count: before + 2, path: 'respond-fail' });
    expect(visibleText(calls[before + 1]?.body ?? {})).toContain(APOLOGY.message);
  });

  it('GIVEN all those failures THEN the bot still answers, and the logs hold no token and no user id', async () => {
    const call = await nextCall(h, 'response_url', () => h.send.command(commandFields(h, 'llm', 'alive')), 'alive');
    expect(visibleText(call.body)).toContain('Large language model');
    const logs = h.logs.join('\n');
    expect(logs).toContain('Slack listener failed');
    expect(logs).not.toContain(BOT_TOKEN);
    expect(logs).not.toContain(USER);
  });
});

describe('Slack failures inside the core', () => {
  it('GIVEN answering throws THEN the user gets the apology, not silence', async () => {
    let broken = false;
    const fixture = makeGlossary();
    const h = await startHarness({
      glossary: () => {
        if (broken) throw new Error('glossary file vanished');
        return fixture;
      },
    });
    try {
      broken = true;
      const call = await nextCall(h, 'response_url', () => h.send.command(commandFields(h, 'rlhf', 'core')), 'core');
      expect(call.body.response_type).toBe('ephemeral');
      expect(visibleText(call.body)).toContain(APOLOGY.message);
      expect(h.logs.join('\n')).toContain('glossary file vanished');
    } finally {
      await h.stop();
    }
  });
});
