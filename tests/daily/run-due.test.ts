import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DailyRunOptions } from '../../src/daily/run-due.js';
import { runDuePosts } from '../../src/daily/run-due.js';
import { setDailySubscription } from '../../src/daily/subscriptions.js';
import { Glossary } from '../../src/glossary/glossary.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import type { SentPost } from '../helpers/daily-fakes.js';
import { makeClock, makeFakePoster, makeLeveledGlossary, makeSettings, makeTempDir } from '../helpers/daily-fakes.js';

const MINUTE = 60_000;
let temp: ReturnType<typeof makeTempDir>;
let store: Store;
let sent: SentPost[];
beforeEach(async () => {
  temp = makeTempDir();
  store = await openStore(temp.dbPath);
  sent = [];
});
afterEach(async () => {
  await store.close();
  temp.cleanup();
});

function setup(start: string, overrides: Partial<DailyRunOptions> = {}) {
  const clock = makeClock(start);
  const slack = makeFakePoster('slack', sent);
  const discord = makeFakePoster('discord', sent);
  const options: DailyRunOptions = {
    store,
    glossary: makeLeveledGlossary({ beginner: 3, intermediate: 2, advanced: 2 }),
    posters: [slack, discord],
    settings: makeSettings({ slackChannels: ['C1'], discordChannels: ['D1'] }),
    now: clock.now,
    ...overrides,
  };
  return { clock, slack, discord, options, run: () => runDuePosts(options) };
}

describe('runDuePosts', () => {
  it('GIVEN a weekday before 09:00 THEN nothing is posted; at 09:00 each channel gets one post', async () => {
    const { clock, run } = setup('2025-03-10T08:59:00Z');
    expect((await run()).due).toBe(false);
    expect(sent).toEqual([]);
    clock.set('2025-03-10T09:00:00Z');
    const result = await run();
    expect(result.outcomes.map((o) => [o.platform, o.channelId, o.result])).toEqual([
      ['slack', 'C1', 'sent'],
      ['discord', 'D1', 'sent'],
    ]);
    expect(sent.map((p) => [p.platform, p.channelId, p.date])).toEqual([
      ['slack', 'C1', '2025-03-10'],
      ['discord', 'D1', '2025-03-10'],
    ]);
  });

  it('GIVEN it already ran today THEN running again (or after a restart) posts nothing more', async () => {
    const { clock, run } = setup('2025-03-10T09:00:00Z');
    await run();
    clock.advance(3 * 60 * MINUTE);
    expect((await run()).outcomes.map((o) => o.result)).toEqual(['already-sent', 'already-sent']);
    await store.close();
    store = await openStore(temp.dbPath);
    await setup('2025-03-10T18:00:00Z').run();
    expect(sent).toHaveLength(2);
  });

  it('GIVEN the bot was down at 09:00 THEN it posts when it starts that day, but never for a missed day', async () => {
    const { clock, run } = setup('2025-03-10T15:30:00Z');
    await run();
    expect(sent.map((p) => p.date)).toEqual(['2025-03-10', '2025-03-10']);
    // Down all of Tuesday; back on Wednesday before 09:00: Tuesday's post is not made up.
    clock.set('2025-03-12T07:00:00Z');
    expect((await run()).due).toBe(false);
    clock.set('2025-03-12T09:01:00Z');
    await run();
    expect(sent.map((p) => p.date)).toEqual(['2025-03-10', '2025-03-10', '2025-03-12', '2025-03-12']);
  });

  it('GIVEN a send that fails THEN a later run retries it, and once sent it is not repeated', async () => {
    const { clock, slack, run } = setup('2025-03-10T09:00:00Z');
    slack.failNext(1, 'rate_limited');
    const first = await run();
    expect(first.outcomes.find((o) => o.platform === 'slack')).toMatchObject({
      result: 'failed',
      error: 'rate_limited',
    });
    clock.advance(5 * MINUTE);
    const second = await run();
    expect(second.outcomes.map((o) => o.result)).toEqual(['sent', 'already-sent']);
    clock.advance(5 * MINUTE);
    await run();
    expect(sent.filter((p) => p.platform === 'slack')).toHaveLength(1);
    expect(sent.find((p) => p.platform === 'slack')?.slug).toBe(first.outcomes[0]?.slug);
  });

  it('GIVEN a send that keeps failing THEN it gives up for the day after the attempt limit', async () => {
    const { clock, slack, run } = setup('2025-03-10T09:00:00Z', { maxAttempts: 2 });
    slack.failNext(10);
    await run();
    clock.advance(5 * MINUTE);
    await run();
    clock.advance(5 * MINUTE);
    expect((await run()).outcomes[0]).toMatchObject({ result: 'gave-up' });
    expect((await store.listDailyPosts({ platform: 'slack' }))[0]).toMatchObject({ attempts: 2, status: 'failed' });
  });

  it('GIVEN a crash between claim and send THEN the post waits while the claim is fresh and is sent once stale', async () => {
    const { clock, run } = setup('2025-03-10T09:00:00Z');
    await store.claimDailyPost({
      platform: 'slack',
      channelId: 'C1',
      localDate: '2025-03-10',
      slug: 'beginner-1',
      now: clock.now(),
      staleAfterMs: 10 * MINUTE,
      maxAttempts: 5,
    });
    clock.advance(2 * MINUTE);
    expect((await run()).outcomes[0]).toMatchObject({ result: 'in-progress' });
    expect(sent.filter((p) => p.platform === 'slack')).toEqual([]);
    clock.advance(10 * MINUTE);
    expect((await run()).outcomes[0]).toMatchObject({ result: 'sent' });
    expect(sent.filter((p) => p.platform === 'slack')).toHaveLength(1);
  });

  it('GIVEN a stale claim for a term that was deleted meanwhile THEN another term is posted instead', async () => {
    const { run, options } = setup('2025-03-10T09:30:00Z', { settings: makeSettings({ slackChannels: ['C1'] }) });
    await store.claimDailyPost({
      platform: 'slack',
      channelId: 'C1',
      localDate: '2025-03-10',
      slug: 'deleted-term',
      now: new Date('2025-03-10T09:00:00Z'),
      staleAfterMs: 10 * MINUTE,
      maxAttempts: 5,
    });
    await run();
    expect(sent).toHaveLength(1);
    expect(options.glossary.get(sent[0]?.slug ?? '')).toBeDefined();
  });

  it('GIVEN a whole rotation of weekdays THEN each channel sees every term once before any repeats', async () => {
    const glossary = makeLeveledGlossary({ beginner: 2, intermediate: 2, advanced: 1 });
    const { clock, run } = setup('2025-03-10T09:00:00Z', { glossary });
    for (let day = 0; day < 14; day++) {
      await run();
      clock.advance(24 * 60 * MINUTE);
    }
    const slackSlugs = sent.filter((p) => p.platform === 'slack').map((p) => p.slug);
    expect(slackSlugs).toHaveLength(10);
    expect(new Set(slackSlugs.slice(0, 5)).size).toBe(5);
    expect(new Set(slackSlugs.slice(5, 10)).size).toBe(5);
  });

  it('GIVEN New York on the spring-forward week THEN posts land at 09:00 local, 14:00 UTC before and 13:00 UTC after', async () => {
    const settings = makeSettings({ timeZone: 'America/New_York', cron: '0 9 * * *', slackChannels: ['C1'] });
    const { clock, run } = setup('2025-03-08T13:59:00Z', { settings });
    expect((await run()).due).toBe(false);
    clock.set('2025-03-08T14:00:00Z');
    await run();
    clock.set('2025-03-09T12:59:00Z');
    expect((await run()).due).toBe(false);
    clock.set('2025-03-09T13:00:00Z');
    await run();
    clock.set('2025-03-09T23:00:00Z');
    await run();
    expect(sent.map((p) => p.date)).toEqual(['2025-03-08', '2025-03-09']);
  });

  it('GIVEN a channel subscribed from chat and a configured one turned off THEN only the wanted channels get posts', async () => {
    const { clock, run, options } = setup('2025-03-10T09:00:00Z');
    expect((await setDailySubscription(store, options.settings, 'discord', 'D2', true, clock.now())).text).toContain(
      "Today's term follows within a few minutes",
    );
    await setDailySubscription(store, options.settings, 'slack', 'C1', false, clock.now());
    await run();
    expect(sent.map((p) => `${p.platform}:${p.channelId}`)).toEqual(['discord:D1', 'discord:D2']);
  });

  it("GIVEN daily on before today's time, or after today's post THEN the notice names the next scheduled post", async () => {
    const { clock, run, options } = setup('2025-03-10T08:00:00Z');
    const on = () => setDailySubscription(store, options.settings, 'discord', 'D1', true, clock.now());
    expect((await on()).text).toContain('Next one: Mon 10 Mar, 09:00 (UTC)');
    clock.set('2025-03-10T09:00:00Z');
    await run();
    clock.set('2025-03-10T15:00:00Z');
    expect((await on()).text).toContain('Next one: Tue 11 Mar, 09:00 (UTC)');
  });

  it('GIVEN no poster for a platform THEN its channels are reported and not claimed', async () => {
    const { run, options } = setup('2025-03-10T09:00:00Z');
    const result = await runDuePosts({ ...options, posters: options.posters.filter((p) => p.platform === 'discord') });
    expect(result.outcomes.map((o) => o.result)).toEqual(['no-poster', 'sent']);
    expect(await store.listDailyPosts({ platform: 'slack' })).toEqual([]);
    expect((await run()).outcomes.map((o) => o.result)).toEqual(['sent', 'already-sent']);
  });

  it('GIVEN an empty glossary THEN nothing is claimed', async () => {
    const { run } = setup('2025-03-10T09:00:00Z', { glossary: new Glossary([]) });
    expect((await run()).outcomes.map((o) => o.result)).toEqual(['no-terms', 'no-terms']);
    expect(await store.listDailyPosts()).toEqual([]);
  });
});
