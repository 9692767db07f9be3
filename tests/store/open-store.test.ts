import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { openStore } from '../../src/store/open-store.js';
import Database from '../../src/store/sqlite-driver.js';
import { makeTempDir } from '../helpers/daily-fakes.js';
import { bundleForAnyUser, runAsNobody } from '../helpers/run-as-nobody.js';

// Bundled outside the checkout, so the child works wherever the checkout lives (even under a 0700 folder).
const child = bundleForAnyUser(path.join(import.meta.dirname, 'fixtures', 'open-store-child.ts'));
afterAll(() => child.cleanup());

let temp = makeTempDir();
afterEach(() => {
  temp.cleanup();
  temp = makeTempDir();
});

/** Opens the store in a child process; as root, runs it as "nobody" so file permissions apply. */
async function openInChild(
  dbPath: string,
): Promise<{ ok: boolean; userError?: boolean; code?: string; message?: string }> {
  return JSON.parse(await runAsNobody(child, [dbPath], { HOME: temp.dir }));
}

async function openError(dbPath: string): Promise<UserError> {
  const error = await openStore(dbPath).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('openStore', () => {
  it('GIVEN a path in a missing folder THEN it creates folder and database, migrated and in WAL mode', async () => {
    const dbPath = path.join(temp.dir, 'nested', 'data', 'glossary.db');
    const store = await openStore(dbPath);
    await store.close();
    const db = new Database(dbPath, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['daily_posts', 'lookups', 'meta', 'slack_installations', 'subscriptions', 'votes']);
    db.close();
  });

  it('GIVEN no HASH_SALT THEN a salt is generated once and kept across restarts; HASH_SALT wins when set', async () => {
    const first = await openStore(temp.dbPath);
    const salt = first.hashSalt;
    await first.close();
    const again = await openStore(temp.dbPath);
    expect(salt).toMatch(/^[0-9a-f]{64}$/);
    expect(again.hashSalt).toBe(salt);
    await again.close();
    const configured = await openStore(temp.dbPath, { hashSalt: 'from-env' });
    expect(configured.hashSalt).toBe('from-env');
    await configured.close();
  });

  it('GIVEN data written THEN it is there after reopening (migrations are not re-run)', async () => {
    const store = await openStore(temp.dbPath);
    await store.setSubscription('slack', 'C1', true, new Date('2025-03-10T00:00:00Z'));
    await store.close();
    const reopened = await openStore(temp.dbPath);
    expect((await reopened.listSubscriptions()).map((s) => s.channelId)).toEqual(['C1']);
    await reopened.close();
  });

  it('GIVEN a file that is not a database THEN a UserError names the file and what to do, and the file is untouched', async () => {
    const garbage = Buffer.from(`${'not a database '.repeat(300)}\n`);
    writeFileSync(temp.dbPath, garbage);
    const error = await openError(temp.dbPath);
    expect(error.code).toBe('store_corrupt');
    expect(error.message).toContain(temp.dbPath);
    expect(error.message).toMatch(/backup|move it aside/);
    expect(readFileSync(temp.dbPath).equals(garbage)).toBe(true);
    expect(existsSync(`${temp.dbPath}-wal`)).toBe(false);
  });

  it('GIVEN a database whose pages are damaged THEN it is reported as corrupt and left as it was', async () => {
    const store = await openStore(temp.dbPath);
    for (let i = 0; i < 300; i++) {
      await store.setSubscription('slack', `C${i}-${'x'.repeat(100)}`, true, new Date(0));
    }
    await store.close();
    const bytes = readFileSync(temp.dbPath);
    bytes.fill(0xa5, 4096 + 100, 4096 * 3);
    writeFileSync(temp.dbPath, bytes);
    const error = await openError(temp.dbPath);
    expect(error.code).toBe('store_corrupt');
    expect(readFileSync(temp.dbPath).equals(bytes)).toBe(true);
  });

  it('GIVEN a read-only database file and folder THEN a UserError says so, and the file is untouched', async () => {
    const store = await openStore(temp.dbPath);
    await store.setSubscription('discord', '42', true, new Date(0));
    await store.close();
    const before = readFileSync(temp.dbPath);
    chmodSync(temp.dbPath, 0o444);
    chmodSync(temp.dir, 0o555);
    try {
      const result = await openInChild(temp.dbPath);
      expect(result).toMatchObject({ ok: false, userError: true, code: 'store_read_only' });
      expect(result.message).toContain(temp.dbPath);
      expect(result.message).toMatch(/permissions|DATABASE_PATH/);
    } finally {
      chmodSync(temp.dir, 0o755);
    }
    expect(readFileSync(temp.dbPath).equals(before)).toBe(true);
  });

  it('GIVEN a database from a newer version of the bot THEN it refuses to touch it', async () => {
    const db = new Database(temp.dbPath);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    const error = await openError(temp.dbPath);
    expect(error.code).toBe('store_too_new');
    expect(error.message).toContain('newer version');
  });
});
