import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { openStore } from '../../src/store/open-store.js';
import { PG_MIGRATIONS } from '../../src/store/postgres-migrations.js';
import { createPostgresSchema, testDatabaseUrl } from '../helpers/test-databases.js';
import { freePort } from '../runtime/bot-process.js';

const url = testDatabaseUrl();

async function openError(target: string): Promise<UserError> {
  const error = await openStore(target).then(
    (store) => store.close(),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('DATABASE_URL problems', () => {
  it('GIVEN a server that is not running THEN a UserError names the address (no password) and what to check', async () => {
    const port = await freePort();
    const error = await openError(`postgres://bot:s3cret@127.0.0.1:${port}/glossary`);
    expect(error.code).toBe('store_unreachable');
    expect(error.message).toContain(`127.0.0.1:${port}/glossary`);
    expect(error.message).toContain('DATABASE_URL');
    expect(error.message).not.toContain('s3cret');
  });

  it('GIVEN a URL without a host THEN it says the URL is not valid and shows the expected form', async () => {
    const error = await openError('postgres://');
    expect(error.code).toBe('store_url');
    expect(error.message).toContain('postgres://user:password@host:5432/database');
  });
});

describe.skipIf(!url)('PostgreSQL store', () => {
  it('GIVEN a database that does not exist THEN it says so and how to create it', async () => {
    const base = new URL(url ?? '');
    base.pathname = '/no_such_database_for_glossary';
    const error = await openError(base.toString());
    expect(error.code).toBe('store_missing');
    expect(error.message).toContain('createdb');
  });

  it('GIVEN a schema written by a newer bot THEN it refuses to touch it', async () => {
    const database = await createPostgresSchema(url ?? '');
    try {
      await (await database.open()).close();
      await database.rows(`INSERT INTO schema_migrations (version) VALUES (${PG_MIGRATIONS.length + 1})`);
      const error = await openError(database.target);
      expect(error.code).toBe('store_too_new');
    } finally {
      await database.cleanup();
    }
  });
});
