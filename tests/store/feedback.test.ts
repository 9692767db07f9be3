import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answer } from '../../src/answer.js';
import { hashUserId, MAX_LOGGED_QUERY, recordLookup, recordVote } from '../../src/store/feedback.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { makeTempDir } from '../helpers/daily-fakes.js';
import { makeGlossary } from '../helpers/terms.js';

const AT = new Date('2025-03-10T12:00:00Z');
const glossary = makeGlossary();
let temp: ReturnType<typeof makeTempDir>;
let store: Store;
beforeEach(async () => {
  temp = makeTempDir();
  store = await openStore(temp.dbPath, { hashSalt: 'test-salt' });
});
afterEach(async () => {
  await store.close();
  temp.cleanup();
});

describe('recordVote', () => {
  it('GIVEN a vote THEN the user is thanked, and a changed vote replaces the first one', async () => {
    expect(
      await recordVote(store, glossary, { platform: 'slack', userId: 'U12345', slug: 'rlhf', value: 'up', at: AT }),
    ).toEqual({
      kind: 'notice',
      text: expect.stringContaining('Thanks'),
    });
    const reply = await recordVote(store, glossary, {
      platform: 'slack',
      userId: 'U12345',
      slug: 'rlhf',
      value: 'down',
      at: AT,
    });
    expect(reply.text).toContain('Thanks');
    expect((await store.usageStats(new Date(0), 10)).helpfulness).toEqual([{ slug: 'rlhf', up: 0, down: 1 }]);
  });

  it('GIVEN the same id on two platforms THEN they are two different voters', async () => {
    await recordVote(store, glossary, { platform: 'slack', userId: '42', slug: 'rlhf', value: 'up', at: AT });
    await recordVote(store, glossary, { platform: 'discord', userId: '42', slug: 'rlhf', value: 'up', at: AT });
    expect((await store.usageStats(new Date(0), 10)).helpfulness).toEqual([{ slug: 'rlhf', up: 2, down: 0 }]);
  });

  it('GIVEN votes stored THEN no database file contains the raw user id, only its salted hash', async () => {
    await recordVote(store, glossary, { platform: 'slack', userId: 'U0SECRETID', slug: 'rlhf', value: 'up', at: AT });
    await store.close();
    for (const file of readdirSync(temp.dir)) {
      expect(readFileSync(path.join(temp.dir, file)).includes('U0SECRETID')).toBe(false);
    }
    expect(hashUserId('test-salt', 'slack', 'U0SECRETID')).not.toBe(hashUserId('other-salt', 'slack', 'U0SECRETID'));
  });
});

describe('recordLookup', () => {
  const ask = (query: string) => recordLookup(store, 'slack', query, answer(glossary, { kind: 'define', query }), AT);

  it('GIVEN hits and misses THEN hits count for their term and misses group by the wording people used', async () => {
    await ask('What is RLHF?');
    await ask('rlhf');
    await ask('what is Mamba?');
    await ask('mamba');
    await ask('   ');
    const stats = await store.usageStats(new Date(0), 10);
    expect(stats).toMatchObject({ lookups: 4, misses: 2 });
    expect(stats.topTerms).toEqual([{ slug: 'rlhf', count: 2 }]);
    expect(stats.topMisses).toEqual([{ query: 'mamba', count: 2 }]);
  });

  it('GIVEN a query that mentions people THEN no database file contains their user ids', async () => {
    await ask('what does <@U0SECRETID|ana> mean by rlhf');
    await ask('<@123456789012345678> said lora');
    await store.close();
    for (const file of readdirSync(temp.dir)) {
      const bytes = readFileSync(path.join(temp.dir, file));
      expect(bytes.includes('U0SECRETID')).toBe(false);
      expect(bytes.includes('123456789012345678')).toBe(false);
    }
  });

  it('GIVEN a very long query THEN only the first 200 characters are kept', async () => {
    await ask('z'.repeat(5_000));
    await store.close();
    const db = (await import('../../src/store/sqlite-driver.js')).default;
    const raw = new db(temp.dbPath, { readonly: true });
    const query = raw.prepare('SELECT query FROM lookups').pluck().get() as string;
    raw.close();
    expect(query).toHaveLength(MAX_LOGGED_QUERY);
  });
});
