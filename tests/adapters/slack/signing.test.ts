import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandFields, mentionEvent, nextCall, type SlackHarness, startHarness } from './harness.js';

describe('Slack request signing', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  /** Proves nothing was answered: a valid request afterwards is the only thing the stand-in sees. */
  async function expectNothingAnsweredSince(before: number) {
    await nextCall(h, 'response_url', () => h.send.command(commandFields(h, 'rlhf', 'control')), 'control');
    expect(h.standIn.calls.slice(before).map((c) => c.path ?? c.method)).toEqual(['control']);
  }

  it('GIVEN a command signed with the wrong secret THEN it is refused with 401 and nothing is answered', async () => {
    const before = h.standIn.calls.length;
    const answer = await h.send.command(commandFields(h, 'rlhf', 'forged'), { secret: 'not-the-secret' });
    expect(answer.status).toBe(401);
    await expectNothingAnsweredSince(before);
  });

  it('GIVEN a correctly signed event older than 5 minutes THEN it is refused with 401 and nothing is answered', async () => {
    const before = h.standIn.calls.length;
    const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60;
    const answer = await h.send.event(mentionEvent('<@U0BOT> rlhf'), { timestamp: sixMinutesAgo });
    expect(answer.status).toBe(401);
    await expectNothingAnsweredSince(before);
  });

  it('GIVEN an unsigned request THEN it is refused with 401', async () => {
    const res = await fetch(`http://127.0.0.1:${h.bot.port}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'url_verification', challenge: 'x' }),
    });
    expect(res.status).toBe(401);
  });
});
