import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import type { DailyClaimRequest, Store } from '../../src/store/store.js';
import { makeTempDir } from '../helpers/daily-fakes.js';

const T0 = new Date('2025-03-10T09:00:00Z');
const MINUTE = 60_000;
const key = { platform: 'slack' as const, channelId: 'C1', localDate: '2025-03-10' };
const claimAt = (at: Date, slug = 'kv-cache'): DailyClaimRequest => ({
  ...key,
  slug,
  now: at,
  staleAfterMs: 10 * MINUTE,
  maxAttempts: 3,
});

let temp: ReturnType<typeof makeTempDir>;
let store: Store;
beforeEach(async () => {
  temp = makeTempDir();
  store = await openStore(temp.dbPath);
});
afterEach(async () => {
  await store.close();
  temp.cleanup();
});

describe('daily post claims', () => {
  it('GIVEN a fresh day THEN the first claim wins and a second one sees it in progress', async () => {
    expect(await store.claimDailyPost(claimAt(T0))).toEqual({ outcome: 'claimed', slug: 'kv-cache', attempt: 1 });
    expect(await store.claimDailyPost(claimAt(new Date(T0.getTime() + MINUTE), 'rlhf'))).toEqual({
      outcome: 'in-progress',
      slug: 'kv-cache',
    });
  });

  it('GIVEN a sent post THEN no later claim can send it again', async () => {
    await store.claimDailyPost(claimAt(T0));
    expect(await store.markDailyPostSent(key, 1, T0)).toBe(true);
    const dayLater = new Date(T0.getTime() + 20 * 60 * MINUTE);
    expect(await store.claimDailyPost(claimAt(dayLater))).toEqual({ outcome: 'sent', slug: 'kv-cache' });
    const [post] = await store.listDailyPosts();
    expect(post).toMatchObject({ ...key, slug: 'kv-cache', status: 'sent', attempts: 1, sentAt: T0 });
  });

  it('GIVEN a claim never sent (a crash) THEN it is taken over once stale, and the old claim cannot mark it sent', async () => {
    await store.claimDailyPost(claimAt(T0));
    const later = new Date(T0.getTime() + 10 * MINUTE);
    expect(await store.claimDailyPost(claimAt(later, 'rlhf'))).toEqual({
      outcome: 'claimed',
      slug: 'rlhf',
      attempt: 2,
    });
    expect(await store.markDailyPostSent(key, 1, later)).toBe(false);
    expect(await store.markDailyPostSent(key, 2, later)).toBe(true);
  });

  it('GIVEN a failed send THEN it can be claimed again at once, up to the attempt limit', async () => {
    await store.claimDailyPost(claimAt(T0));
    await store.markDailyPostFailed(key, 1, 'channel_not_found');
    expect((await store.listDailyPosts())[0]).toMatchObject({ status: 'failed', lastError: 'channel_not_found' });
    expect(await store.claimDailyPost(claimAt(T0))).toMatchObject({ outcome: 'claimed', attempt: 2 });
    await store.markDailyPostFailed(key, 2, 'again');
    expect(await store.claimDailyPost(claimAt(T0))).toMatchObject({ outcome: 'claimed', attempt: 3 });
    await store.markDailyPostFailed(key, 3, 'again');
    expect(await store.claimDailyPost(claimAt(T0))).toEqual({ outcome: 'gave-up', slug: 'kv-cache', attempts: 3 });
  });

  it('GIVEN two connections to one file THEN only one of them wins the claim', async () => {
    const other = await openStore(temp.dbPath);
    const results = [await store.claimDailyPost(claimAt(T0)), await other.claimDailyPost(claimAt(T0))];
    await other.close();
    expect(results.map((r) => r.outcome).sort()).toEqual(['claimed', 'in-progress']);
  });
});

describe('votes', () => {
  it('GIVEN a user who votes, then changes their mind THEN one vote is kept, the latest', async () => {
    const vote = { platform: 'discord' as const, userHash: 'h1', slug: 'rlhf' };
    expect(await store.recordVote({ ...vote, value: 'down', at: T0 })).toEqual({});
    expect(await store.recordVote({ ...vote, value: 'up', at: T0 })).toEqual({ previous: 'down' });
    await store.recordVote({ ...vote, userHash: 'h2', value: 'down', at: T0 });
    const stats = await store.usageStats(new Date(0), 10);
    expect(stats.helpfulness).toEqual([{ slug: 'rlhf', up: 1, down: 1 }]);
  });
});

describe('usageStats', () => {
  it('GIVEN a seeded history THEN it counts terms, misses, votes and posts inside the window only', async () => {
    const day = (n: number) => new Date(T0.getTime() + n * 86_400_000);
    const look = (slug: string | null, query: string, at: Date, source: 'slack' | 'discord' | 'console' = 'slack') =>
      store.recordLookup({ source, query, normalizedQuery: query.toLowerCase(), slug, at });
    await look('kv-cache', 'KV cache', day(-40));
    for (const at of [day(-3), day(-2), day(-1)]) await look('kv-cache', 'kv cache', at);
    await look('rlhf', 'RLHF', day(-1), 'discord');
    await look(null, 'Mamba', day(-2));
    await look(null, 'mamba', day(-1), 'discord');
    await look(null, 'Qwerty', day(-1));
    await store.recordVote({ platform: 'slack', userHash: 'a', slug: 'kv-cache', value: 'up', at: day(-1) });
    await store.recordVote({ platform: 'slack', userHash: 'b', slug: 'kv-cache', value: 'up', at: day(-1) });
    await store.recordVote({ platform: 'slack', userHash: 'c', slug: 'kv-cache', value: 'down', at: day(-1) });
    await store.recordVote({ platform: 'slack', userHash: 'a', slug: 'rlhf', value: 'down', at: day(-50) });
    for (const [n, localDate] of [
      [-2, '2025-03-08'],
      [-1, '2025-03-09'],
    ] as const) {
      const k = { platform: 'slack' as const, channelId: 'C1', localDate };
      await store.claimDailyPost({ ...k, slug: 'x', now: day(n), staleAfterMs: MINUTE, maxAttempts: 3 });
      await store.markDailyPostSent(k, 1, day(n));
    }
    await store.claimDailyPost({
      ...key,
      channelId: 'C2',
      slug: 'x',
      now: day(-1),
      staleAfterMs: MINUTE,
      maxAttempts: 3,
    });

    const stats = await store.usageStats(day(-7), 10);
    expect(stats).toMatchObject({ lookups: 7, misses: 3 });
    expect(stats.topTerms).toEqual([
      { slug: 'kv-cache', count: 3 },
      { slug: 'rlhf', count: 1 },
    ]);
    expect(stats.topMisses).toEqual([
      { query: 'mamba', count: 2 },
      { query: 'qwerty', count: 1 },
    ]);
    expect(stats.helpfulness).toEqual([{ slug: 'kv-cache', up: 2, down: 1 }]);
    expect(stats.postsSent).toEqual([{ platform: 'slack', channelId: 'C1', count: 2 }]);
  });
});
