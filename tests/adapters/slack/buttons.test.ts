import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { termReply } from '../../../src/answer.js';
import { renderSlack } from '../../../src/render/slack.js';
import type { TermReply } from '../../../src/replies.js';
import { makeGlossary } from '../../helpers/terms.js';
import {
  buttonClick,
  buttonIds,
  CHANNEL,
  nextCall,
  type SlackHarness,
  startHarness,
  USER,
  visibleText,
} from './harness.js';

describe('Slack buttons', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  /** Clicks a button and returns what the bot posted to the click's response_url. */
  const clickPrivately = (actionId: string, name: string) =>
    nextCall(h, 'response_url', () => h.send.interaction(buttonClick(h, actionId, { ephemeral: true, name })), name);

  it('GIVEN a section button on a private card THEN the card is replaced in place with that section', async () => {
    const call = await clickPrivately('g1|section|post-training|mistakes', 'section');
    expect(call.body).toMatchObject({ replace_original: true, response_type: 'ephemeral' });
    expect(visibleText(call.body)).toContain('Myth one.');
    expect(buttonIds(call.body)).toContain('g1|share|post-training|mistakes');
  });

  it('GIVEN a related-term button THEN that term opens in place', async () => {
    const call = await clickPrivately('g1|open|pre-training', 'related');
    expect(call.body.replace_original).toBe(true);
    expect(visibleText(call.body)).toContain('Pre Training is a test term.');
  });

  it('GIVEN a suggestion button on a "did you mean" answer THEN the suggested term opens in place', async () => {
    const call = await clickPrivately('g1|open|large-language-model', 'suggestion');
    expect(call.body.replace_original).toBe(true);
    expect(visibleText(call.body)).toContain('Large language model');
  });

  it('GIVEN Share to channel THEN the card is posted publicly, attributed to the sharer, without a Share button', async () => {
    const call = await nextCall(h, 'chat.postMessage', () =>
      h.send.interaction(buttonClick(h, 'g1|share|rlhf|examples', { ephemeral: true })),
    );
    expect(call.body.channel).toBe(CHANNEL);
    expect(visibleText(call.body)).toContain(`Shared by <@${USER}>`);
    expect(visibleText(call.body)).toContain('First example.');
    expect(buttonIds(call.body).some((id) => id.includes('|share|'))).toBe(false);
  });

  it('GIVEN a section button on a shared public card THEN the message is updated and keeps its attribution', async () => {
    const shared = await nextCall(h, 'chat.postMessage', () =>
      h.send.interaction(buttonClick(h, 'g1|share|kv-cache|overview', { ephemeral: true })),
    );
    const blocks = shared.body.blocks as unknown[];
    const click = buttonClick(h, 'g1|section|kv-cache|why', { ephemeral: false, blocks, name: 'public' });
    const update = await nextCall(h, 'chat.update', () => h.send.interaction(click));
    expect(update.body).toMatchObject({ channel: CHANNEL, ts: '1700000200.000300' });
    expect(visibleText(update.body)).toContain('Reason one.');
    expect(visibleText(update.body)).toContain(`Shared by <@${USER}>`);
    expect(h.standIn.callsTo('response_url', 'public')).toHaveLength(0);
  });

  it('GIVEN a section button on the public term of the day THEN the post is updated and still says so', async () => {
    const daily = termReply(makeGlossary(), 'rlhf', 'overview', { kind: 'daily', date: '2025-03-10' }) as TermReply;
    const blocks = renderSlack(daily).blocks;
    const click = buttonClick(h, 'g1|section|rlhf|examples', { ephemeral: false, blocks, name: 'daily' });
    const update = await nextCall(h, 'chat.update', () => h.send.interaction(click));
    expect(visibleText(update.body)).toContain('First example.');
    expect(visibleText(update.body)).toContain('Term of the day');
    const related = buttonClick(h, 'g1|open|pre-training', { ephemeral: false, blocks, name: 'daily-related' });
    const opened = await nextCall(h, 'chat.update', () => h.send.interaction(related));
    expect(visibleText(opened.body)).toContain('Pre Training is a test term.');
    expect(visibleText(opened.body), 'another term is not the term of the day').not.toContain('Term of the day');
  });

  it('GIVEN Helpful and then Not helpful THEN one vote is stored and changed, and the voter is thanked privately', async () => {
    const up = await clickPrivately('g1|vote|rlhf|up', 'vote-up');
    expect(up.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(visibleText(up.body)).toMatch(/Thanks/);
    let stats = await h.store.usageStats(new Date(0), 10);
    expect(stats.helpfulness).toContainEqual({ slug: 'rlhf', up: 1, down: 0 });
    await clickPrivately('g1|vote|rlhf|down', 'vote-down');
    stats = await h.store.usageStats(new Date(0), 10);
    expect(stats.helpfulness).toContainEqual({ slug: 'rlhf', up: 0, down: 1 });
  });

  it('GIVEN a vote for a term the glossary does not have THEN it is refused, not stored, and not in stats', async () => {
    const call = await clickPrivately('g1|vote|no-such-term|up', 'vote-unknown');
    expect(visibleText(call.body)).toContain('no longer in the glossary');
    expect(visibleText(call.body)).not.toMatch(/Thanks/);
    const stats = await h.store.usageStats(new Date(0), 10);
    expect(stats.helpfulness.map((v) => v.slug)).not.toContain('no-such-term');
  });

  it.each(['g0|section|rlhf|examples', 'g1|section|rlhf|bogus', 'g1|open|NOT A SLUG', 'another_apps_button'])(
    'GIVEN an unknown or old button id %j THEN it is acknowledged and nothing is answered',
    async (id) => {
      const before = h.standIn.calls.length;
      const answer = await h.send.interaction(buttonClick(h, id, { ephemeral: true, name: 'unknown' }));
      expect(answer.status).toBe(200);
      // A known click afterwards is answered; had the unknown one been answered, it would arrive first.
      await clickPrivately('g1|open|rlhf', 'after-unknown');
      expect(h.standIn.calls.slice(before).map((c) => c.path)).toEqual(['after-unknown']);
    },
  );
});
