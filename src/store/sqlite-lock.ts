import { setTimeout as sleep } from 'node:timers/promises';
import { UserError } from '../errors.js';

/** How long a write keeps retrying while another program holds the write lock before it fails. */
export const DEFAULT_LOCK_WAIT_MS = 10_000;
/** A lock held longer than this is logged and reported on /healthz and /readyz. */
export const LOCK_REPORT_MS = 1_000;

export interface SqliteStoreOptions {
  lockWaitMs?: number | undefined;
  logger?: StoreLogger | undefined;
}

/** The logging the store needs to report lock trouble; a pino logger fits. */
export interface StoreLogger {
  warn(fields: Record<string, unknown>, message: string): void;
  info(fields: Record<string, unknown>, message: string): void;
}

export interface SqliteStoreOptions {
  lockWaitMs?: number;
  logger?: StoreLogger | undefined;
}

/**
 * Retries work that found the SQLite file locked by another program, on timers with growing pauses (the
 * connection's busy timeout is 0, because better-sqlite3 would wait synchronously and freeze every answer).
 * Remembers since when the lock is held, for logs and /readyz.
 */
export class LockRetry {
  private lockedSince: number | undefined;
  private reported = false;

  constructor(
    private readonly location: string,
    private readonly options: SqliteStoreOptions,
  ) {}

  /** True while a lock has kept writes waiting for longer than LOCK_REPORT_MS. */
  lockedTooLong(): boolean {
    return this.lockedSince !== undefined && Date.now() - this.lockedSince >= LOCK_REPORT_MS;
  }

  async run<T>(work: () => T): Promise<T> {
    const started = Date.now();
    const waitMs = this.options.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS;
    for (let attempt = 0; ; attempt++) {
      try {
        const result = work();
        this.clear();
        return result;
      } catch (error) {
        if (!isBusy(error)) throw error;
        const now = Date.now();
        this.lockedSince ??= started;
        if (!this.reported && now - this.lockedSince >= LOCK_REPORT_MS) {
          this.reported = true;
          this.options.logger?.warn(
            { store: 'sqlite', waitedMs: now - this.lockedSince },
            'The database is locked by another program; writes are waiting (answers are not)',
          );
        }
        if (now - started >= waitMs) {
          throw new UserError(
            `The database file "${this.location}" stayed locked by another program for ${Math.round(waitMs / 1000)} s; nothing was saved.`,
            'store_locked',
            { cause: error },
          );
        }
        await sleep(Math.min(200, 2 * 2 ** attempt));
      }
    }
  }

  private clear(): void {
    if (this.lockedSince === undefined) return;
    if (this.reported) {
      this.options.logger?.info(
        { store: 'sqlite', lockedMs: Date.now() - this.lockedSince },
        'The database lock was released',
      );
    }
    this.lockedSince = undefined;
    this.reported = false;
  }
}

function isBusy(error: unknown): boolean {
  return /^SQLITE_(BUSY|LOCKED)/.test(String((error as { code?: unknown }).code ?? ''));
}
