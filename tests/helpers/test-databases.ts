import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type OpenStoreOptions, openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { makeTempDir } from './daily-fakes.js';

/** How to run the PostgreSQL half of the suite (printed once when it is skipped). */
export const POSTGRES_HINT =
  'PostgreSQL store tests skipped: set TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test to run them (CI=true requires it).';

/** TEST_DATABASE_URL, or undefined when the PostgreSQL tests are to be skipped (never in CI). */
export function testDatabaseUrl(): string | undefined {
  const url = process.env.TEST_DATABASE_URL?.trim();
  if (url) return url;
  if (process.env.CI === 'true')
    throw new Error('CI=true but TEST_DATABASE_URL is not set: the PostgreSQL tests must run in CI.');
  return undefined;
}

/** One empty database for one test: a SQLite file in a temp folder, or a fresh PostgreSQL schema. */
export interface TestDatabase {
  kind: 'sqlite' | 'postgres';
  /** What DATABASE_PATH or DATABASE_URL would be set to. */
  target: string;
  open(options?: OpenStoreOptions): Promise<Store>;
  /** Runs SQL on the database directly (to check what was stored, or not). */
  rows(sql: string): Promise<Record<string, unknown>[]>;
  cleanup(): Promise<void>;
}

/** A fresh schema in TEST_DATABASE_URL's database, so parallel runs and tests never see each other's rows. */
export async function createPostgresSchema(baseUrl: string): Promise<TestDatabase> {
  const schema = `t_${process.pid}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const url = new URL(baseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const target = url.toString();
  return {
    kind: 'postgres',
    target,
    open: (options) => openStore(target, { poolSize: 4, ...options }),
    async rows(sql) {
      await admin.query(`SET search_path TO ${schema}`);
      return (await admin.query(sql)).rows;
    },
    async cleanup() {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}

/** A SQLite file in a fresh temp folder. */
export async function createSqliteFile(): Promise<TestDatabase & { dir: string }> {
  const temp = makeTempDir();
  return {
    kind: 'sqlite',
    target: temp.dbPath,
    dir: temp.dir,
    open: (options) => openStore(temp.dbPath, options),
    async rows(sql) {
      const Database = (await import('../../src/store/sqlite-driver.js')).default;
      const db = new Database(temp.dbPath, { readonly: true });
      try {
        return db.prepare(sql).all() as Record<string, unknown>[];
      } finally {
        db.close();
      }
    },
    async cleanup() {
      temp.cleanup();
    },
  };
}

/** The stores every store test runs against: SQLite always, PostgreSQL when TEST_DATABASE_URL is set. */
export function storeKinds(): { kind: 'sqlite' | 'postgres'; create: () => Promise<TestDatabase> }[] {
  const url = testDatabaseUrl();
  return [
    { kind: 'sqlite', create: createSqliteFile },
    ...(url ? [{ kind: 'postgres' as const, create: () => createPostgresSchema(url) }] : []),
  ];
}
