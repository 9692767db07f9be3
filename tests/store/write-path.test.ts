import { rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setDailySubscription } from '../../src/daily/subscriptions.js';
import { recordVote, VOTE_NOT_SAVED } from '../../src/store/feedback.js';
import Database, { type SqliteDatabase } from '../../src/store/sqlite-driver.js';
import type { Store } from '../../src/store/store.js';
import { WritePathStore } from '../../src/store/write-path.js';
import { makeSettings } from '../helpers/daily-fakes.js';
import { makeGlossary } from '../helpers/terms.js';
import { createSqliteFile, storeKinds, type TestDatabase } from '../helpers/test-databases.js';

const AT = new Date('2025-03-10T12:00:00Z');
const glossary = makeGlossary();
const lookup = (query: string) => ({ source: 'slack' as const, query, normalizedQuery: query, slug: 'rlhf', at: AT });

/** A logger that keeps every line, to check what was reported. */
function captureLogs() {
  const lines: { level: string; fields: Record<string, unknown>; message: string }[] = [];
  const at = (level: string) => (fields: Record<string, unknown>, message: string) =>
    void lines.push({ level, fields, message });
  return { lines, logger: { info: at('info'), warn: at('warn'), error: at('error') } };
}

describe.each(storeKinds())('$kind store behind the write path', ({ create }) => {
  let database: TestDatabase;
  let store: WritePathStore;
  beforeEach(async () => {
    database = await create();
    store = new WritePathStore(await database.open(), captureLogs().logger);
  });
  afterEach(async () => {
    await store.close();
    await database.cleanup();
  });

  it('GIVEN lookups THEN they are written in the background and counted once flushed', async () => {
    for (let i = 0; i < 20; i++) await store.recordLookup(lookup(`q${i}`));
    await store.flush();
    expect((await store.usageStats(new Date(0), 5)).lookups).toBe(20);
  });

  it('GIVEN a vote for a slug the glossary does not have THEN it is refused and not in stats', async () => {
    const reply = await recordVote(store, glossary, { platform: 'slack', userId: 'U1', slug: 'made-up', value: 'up' });
    expect(reply.text).toContain('no longer in the glossary');
    expect((await store.usageStats(new Date(0), 5)).helpfulness).toEqual([]);
  });
});

describe('SQLite locked by another program', () => {
  let database: Awaited<ReturnType<typeof createSqliteFile>>;
  let inner: Store;
  let blocker: SqliteDatabase;
  beforeEach(async () => {
    database = await createSqliteFile();
    inner = await database.open();
    blocker = new Database(database.target);
  });
  afterEach(async () => {
    if (blocker.inTransaction) blocker.exec('ROLLBACK');
    blocker.close();
    await inner.close();
    await database.cleanup();
  });

  it('GIVEN the write lock held elsewhere THEN lookups and votes wait on timers, not the event loop, and are stored after', async () => {
    const logs = captureLogs();
    const store = new WritePathStore(await database.open({ logger: logs.logger }), logs.logger);
    blocker.exec('BEGIN IMMEDIATE');
    const events: string[] = [];
    await store.recordLookup(lookup('while locked')); // returns at once: queued
    events.push('lookup queued');
    const vote = recordVote(store, glossary, { platform: 'slack', userId: 'U1', slug: 'rlhf', value: 'up', at: AT });
    void vote.then((reply) => events.push(`vote: ${reply.text.slice(0, 6)}`));
    setTimeout(() => events.push('timer'), 20);
    await sleep(1_300);
    // The process kept running while the vote waited for the lock, and readiness says why writes are stuck.
    expect(events).toEqual(['lookup queued', 'timer']);
    expect(await store.check()).toEqual({ ok: false, problem: 'locked' });
    expect(logs.lines.some((l) => l.level === 'warn' && l.message.includes('locked by another program'))).toBe(true);
    blocker.exec('COMMIT');
    expect((await vote).text).toMatch(/^Thanks/);
    await store.flush();
    expect(await store.check()).toEqual({ ok: true });
    const stats = await store.usageStats(new Date(0), 5);
    expect(stats).toMatchObject({ lookups: 1, helpfulness: [{ slug: 'rlhf', up: 1, down: 0 }] });
    await store.close();
  });

  it('GIVEN the lock is never released THEN the vote is not confirmed and the failure is logged', async () => {
    const logs = captureLogs();
    const store = new WritePathStore(await database.open({ lockWaitMs: 300 }), logs.logger);
    blocker.exec('BEGIN IMMEDIATE');
    const reply = await recordVote(store, glossary, { platform: 'slack', userId: 'U1', slug: 'rlhf', value: 'up' });
    expect(reply).toEqual(VOTE_NOT_SAVED);
    expect(logs.lines).toContainEqual(
      expect.objectContaining({
        level: 'error',
        fields: expect.objectContaining({ write: 'vote', code: 'store_locked' }),
      }),
    );
    await store.close();
  });
});

describe('SQLite file deleted under the running bot', () => {
  it('GIVEN the database file removed THEN votes and "daily on" are not confirmed, each failure is logged, and check() fails', async () => {
    const database = await createSqliteFile();
    const logs = captureLogs();
    const store = new WritePathStore(await database.open(), logs.logger);
    try {
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${database.target}${suffix}`, { force: true });
      const vote = await recordVote(store, glossary, { platform: 'slack', userId: 'U1', slug: 'rlhf', value: 'up' });
      expect(vote).toEqual(VOTE_NOT_SAVED);
      const daily = await setDailySubscription(store, makeSettings(), 'slack', 'C1', true, AT);
      expect(daily.text).toContain('could not be saved');
      expect(daily.text).not.toContain('is now on');
      await store.recordLookup(lookup('lost'));
      await store.flush();
      const failed = logs.lines.filter((l) => l.level === 'error').map((l) => l.fields.write);
      expect(failed).toEqual(['vote', 'subscription', 'lookup']);
      expect((await store.check()).ok).toBe(false);
    } finally {
      await store.close();
      await database.cleanup();
    }
  });
});
