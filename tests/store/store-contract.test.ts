import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DailyClaimRequest, Store } from '../../src/store/store.js';
import { storeKinds, type TestDatabase } from '../helpers/test-databases.js';

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

// One suite, both stores: SQLite always, PostgreSQL (a fresh schema per test) when TEST_DATABASE_URL is set.
describe.each(storeKinds())('$kind store', ({ create }) => {
  let database: TestDatabase;
  let store: Store;
  beforeEach(async () => {
    database = await create();
    store = await database.open();
  });
  afterEach(async () => {
    await store.close();
    await database.cleanup();
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
      const other = await database.open();
      const results = [await store.claimDailyPost(claimAt(T0)), await other.claimDailyPost(claimAt(T0))];
      await other.close();
      expect(results.map((r) => r.outcome).sort()).toEqual(['claimed', 'in-progress']);
    });

    it('GIVEN three connections claiming eight channels at once THEN every channel is claimed exactly once', async () => {
      const others = [await database.open(), await database.open()];
      const channels = Array.from({ length: 8 }, (_, i) => `C${i}`);
      const claims = await Promise.all(
        [store, ...others].flatMap((s) => channels.map((channelId) => s.claimDailyPost({ ...claimAt(T0), channelId }))),
      );
      await Promise.all(others.map((s) => s.close()));
      expect(claims.filter((c) => c.outcome === 'claimed')).toHaveLength(8);
      expect(claims.filter((c) => c.outcome === 'in-progress')).toHaveLength(16);
    });
  });

  describe('opening', () => {
    it('GIVEN no HASH_SALT THEN every connection gets the same generated salt; HASH_SALT wins when set', async () => {
      const other = await database.open();
      expect(store.hashSalt).toMatch(/^[0-9a-f]{64}$/);
      expect(other.hashSalt).toBe(store.hashSalt);
      await other.close();
      const configured = await database.open({ hashSalt: 'from-env' });
      expect(configured.hashSalt).toBe('from-env');
      await configured.close();
    });

    it('GIVEN several processes starting at once THEN migrations run once and all of them can write', async () => {
      const fresh = await create();
      try {
        const stores = await Promise.all([fresh.open(), fresh.open(), fresh.open()]);
        await Promise.all(stores.map((s, i) => s.setSubscription('slack', `C${i}`, true, T0)));
        expect(await stores[0]?.listSubscriptions()).toHaveLength(3);
        await Promise.all(stores.map((s) => s.close()));
      } finally {
        await fresh.cleanup();
      }
    });

    it('GIVEN an open store THEN check() says it can take writes, and not after close', async () => {
      expect(await store.check()).toEqual({ ok: true });
      const other = await database.open();
      await other.close();
      expect(await other.check()).toMatchObject({ ok: false, problem: 'closed' });
    });
  });

  describe('subscriptions', () => {
    it('GIVEN channels turned on and off THEN the latest setting wins and the workspace is kept', async () => {
      await store.setSubscription('slack', 'C1', true, T0, 'T0ONE');
      await store.setSubscription('discord', '42', true, T0);
      await store.setSubscription('slack', 'C1', false, new Date(T0.getTime() + MINUTE), 'T0ONE');
      expect(await store.listSubscriptions()).toEqual([
        { platform: 'discord', channelId: '42', workspace: '', enabled: true, updatedAt: T0 },
        {
          platform: 'slack',
          channelId: 'C1',
          workspace: 'T0ONE',
          enabled: false,
          updatedAt: new Date(T0.getTime() + MINUTE),
        },
      ]);
    });
  });

  describe('Slack installations', () => {
    it('GIVEN an install, a token rotation and an uninstall THEN the latest one is found, then none', async () => {
      const record = { key: 'T:T0ONE', teamId: 'T0ONE', data: '{"bot":{"token":"xoxb-1"}}', at: T0 };
      expect(await store.findInstallation('T:T0ONE')).toBeUndefined();
      await store.saveInstallation(record);
      await store.saveInstallation({ ...record, data: '{"bot":{"token":"xoxb-2"}}' });
      await store.saveInstallation({ key: 'E:E0ORG', enterpriseId: 'E0ORG', data: '{"org":1}', at: T0 });
      expect(await store.findInstallation('T:T0ONE')).toBe('{"bot":{"token":"xoxb-2"}}');
      expect(await store.deleteInstallation('T:T0ONE')).toBe(true);
      expect(await store.deleteInstallation('T:T0ONE')).toBe(false);
      expect(await store.findInstallation('T:T0ONE')).toBeUndefined();
      expect(await store.findInstallation('E:E0ORG')).toBe('{"org":1}');
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

    it('GIVEN lookups and votes from two workspaces THEN stats can be narrowed to one of them', async () => {
      const at = T0;
      await store.recordLookup({
        source: 'slack',
        workspace: 'T0ONE',
        query: 'a',
        normalizedQuery: 'a',
        slug: 'rlhf',
        at,
      });
      await store.recordLookup({
        source: 'slack',
        workspace: 'T0TWO',
        query: 'b',
        normalizedQuery: 'b',
        slug: 'lora',
        at,
      });
      await store.recordLookup({
        source: 'slack',
        workspace: 'T0TWO',
        query: 'z',
        normalizedQuery: 'z',
        slug: null,
        at,
      });
      await store.recordVote({ platform: 'slack', workspace: 'T0TWO', userHash: 'h', slug: 'lora', value: 'up', at });
      const two = await store.usageStats(new Date(0), 10, { workspace: 'T0TWO' });
      expect(two).toMatchObject({ lookups: 2, misses: 1, topTerms: [{ slug: 'lora', count: 1 }] });
      expect(two.helpfulness).toEqual([{ slug: 'lora', up: 1, down: 0 }]);
      expect((await store.usageStats(new Date(0), 10)).lookups).toBe(3);
    });
  });
});
