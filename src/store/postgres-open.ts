import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { UserError } from '../errors.js';
import { migratePostgres } from './postgres-migrations.js';

/** Pool limits: enough for a replica's concurrent writes, small enough that N replicas fit max_connections (100). */
export const DEFAULT_POOL_SIZE = 10;

/** The URL without user and password, for messages and logs. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `postgres://${parsed.host}${parsed.pathname}`;
  } catch {
    return 'postgres://(unreadable URL)';
  }
}

/** A pool with bounded size and timeouts, so an unreachable server fails a request instead of hanging it. */
export function createPool(url: string, size = DEFAULT_POOL_SIZE): pg.Pool {
  if (!URL.canParse(url) || !new URL(url).hostname) {
    throw new UserError(
      'DATABASE_URL is not a valid PostgreSQL URL. Use the form postgres://user:password@host:5432/database.',
      'store_url',
    );
  }
  return new pg.Pool({
    connectionString: url,
    max: size,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 5_000,
    query_timeout: 15_000,
    application_name: 'ai-glossary-bot',
  });
}

/** Migrates (once, under an advisory lock) and reads or creates the salt; returns the salt in use. */
export async function preparePostgres(pool: pg.Pool, location: string, hashSalt?: string): Promise<string> {
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    throw postgresError(error, location);
  }
  try {
    await migratePostgres(client, location);
    if (hashSalt) return hashSalt;
    await client.query("INSERT INTO meta (key, value) VALUES ('hash_salt', $1) ON CONFLICT (key) DO NOTHING", [
      randomBytes(32).toString('hex'),
    ]);
    const { rows } = await client.query<{ value: string }>("SELECT value FROM meta WHERE key = 'hash_salt'");
    return rows[0]?.value ?? '';
  } catch (error) {
    throw postgresError(error, location);
  } finally {
    client.release();
  }
}

/** Turns driver and server errors into a message an operator can act on (no stack trace). */
export function postgresError(error: unknown, location: string): Error {
  if (error instanceof UserError) return error;
  const code = String((error as { code?: unknown }).code ?? '');
  const reason = error instanceof Error ? error.message : String(error);
  const say = (text: string, kind: string) => new UserError(text, kind, { cause: error });
  if (/^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ETIMEDOUT|ECONNRESET)$/.test(code) || /timeout/i.test(reason)) {
    return say(
      `Cannot reach the PostgreSQL server at ${location} (${code || reason}). Check that it is running and that DATABASE_URL names the right host and port.`,
      'store_unreachable',
    );
  }
  if (code === '28P01' || code === '28000') {
    return say(
      `PostgreSQL at ${location} refused the login (${reason}). Check the user and password in DATABASE_URL.`,
      'store_login',
    );
  }
  if (code === '3D000') {
    return say(
      `The database in DATABASE_URL does not exist on ${location} (${reason}). Create it (createdb) or fix the URL.`,
      'store_missing',
    );
  }
  if (code === '42501') {
    return say(
      `The PostgreSQL user may not create or change the bot's tables at ${location} (${reason}). Grant it rights on the schema.`,
      'store_permission',
    );
  }
  return error instanceof Error ? error : new Error(reason);
}
