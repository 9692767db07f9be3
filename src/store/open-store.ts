import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { UserError } from '../errors.js';
import { migrate } from './migrations.js';
import Database, { type SqliteDatabase } from './sqlite-driver.js';
import type { StoreLogger } from './sqlite-lock.js';
import { SqliteStore } from './sqlite-store.js';
import type { Store } from './store.js';

export interface OpenStoreOptions {
  /** HASH_SALT; when unset, a salt is generated on first run and kept in the database. */
  hashSalt?: string | undefined;
  /** How long opening waits for another process's write lock (while migrating) before failing. */
  busyTimeoutMs?: number;
  /** How long a write keeps retrying on a locked SQLite file once running. */
  lockWaitMs?: number;
  /** Where lock trouble is reported. */
  logger?: StoreLogger | undefined;
  /** PostgreSQL pool size (default 10). */
  poolSize?: number;
}

/** A PostgreSQL connection URL (`postgres://` or `postgresql://`) rather than a file path. */
export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target.trim());
}

/** What the configuration selects: DATABASE_URL (PostgreSQL) when set, else the SQLite file DATABASE_PATH. */
export function storeTarget(config: { DATABASE_URL?: string | undefined; DATABASE_PATH: string }): string {
  return config.DATABASE_URL ?? config.DATABASE_PATH;
}

/**
 * Opens the store: PostgreSQL for a `postgres://` URL, else (creating if needed) the SQLite file at `target`,
 * checked to be intact and writable, and migrated. Problems become a UserError saying what to do; a broken
 * SQLite file is never changed.
 */
export async function openStore(target: string, options: OpenStoreOptions = {}): Promise<Store> {
  if (isPostgresUrl(target)) {
    const { openPostgresStore } = await import('./postgres-store.js');
    return openPostgresStore(target, options);
  }
  return openSqliteStore(target, options);
}

async function openSqliteStore(path: string, options: OpenStoreOptions): Promise<Store> {
  const inMemory = path === ':memory:';
  if (!inMemory) createFolder(path);
  let db: SqliteDatabase;
  try {
    db = new Database(path, { timeout: options.busyTimeoutMs ?? 5_000 });
  } catch (error) {
    throw storeError(error, path);
  }
  try {
    // Read-only checks first, so a broken file is reported before anything is written to it.
    db.pragma('user_version');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw Object.assign(new Error(String(check)), { code: 'SQLITE_CORRUPT' });
    if (!inMemory) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec('BEGIN IMMEDIATE; ROLLBACK');
    migrate(db, path);
    const salt = options.hashSalt ?? storedSalt(db);
    // From here on a locked file is retried on timers (see SqliteStore), never waited for synchronously.
    db.pragma('busy_timeout = 0');
    return new SqliteStore(db, path, salt, { lockWaitMs: options.lockWaitMs, logger: options.logger });
  } catch (error) {
    db.close();
    throw storeError(error, path);
  }
}

function createFolder(path: string): void {
  const folder = dirname(path);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new UserError(
      `Cannot create the folder "${folder}" for the database "${path}" (${code}). Create it, or set DATABASE_PATH to a writable location.`,
      'store_folder',
      { cause: error },
    );
  }
}

/** The salt kept in the database; the first process to start writes it (INSERT OR IGNORE keeps one winner). */
function storedSalt(db: SqliteDatabase): string {
  db.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES ('hash_salt', ?)").run(randomBytes(32).toString('hex'));
  return db.prepare("SELECT value FROM meta WHERE key = 'hash_salt'").pluck().get() as string;
}

/** Turns SQLite's error codes into a message an operator can act on. */
function storeError(error: unknown, path: string): Error {
  if (error instanceof UserError) return error;
  const code = String((error as { code?: unknown }).code ?? '');
  const reason = error instanceof Error ? error.message : String(error);
  if (/^SQLITE_(NOTADB|CORRUPT)/.test(code)) {
    return new UserError(
      `The database file "${path}" is not a readable SQLite database (${reason}). It was left untouched. ` +
        `Restore it from a backup, or move it aside (for example to "${path}.broken") to start with an empty ` +
        'database, or set DATABASE_PATH to another file.',
      'store_corrupt',
      { cause: error },
    );
  }
  if (/^SQLITE_(READONLY|CANTOPEN|PERM|AUTH)/.test(code) || /^E(ACCES|PERM|ROFS)$/.test(code)) {
    return new UserError(
      `The database file "${path}" cannot be written (${reason}). It was left untouched. The bot needs write ` +
        'access to the file and to its folder (SQLite keeps "-wal" and "-shm" files next to it): fix the ' +
        'permissions, or set DATABASE_PATH to a writable location.',
      'store_read_only',
      { cause: error },
    );
  }
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) {
    return new UserError(
      `The database file "${path}" is locked by another program (${reason}). Stop the other program or try again.`,
      'store_locked',
      { cause: error },
    );
  }
  return error instanceof Error ? error : new Error(reason);
}
