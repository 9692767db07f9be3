import type {
  DailyClaim,
  DailyClaimRequest,
  DailyPost,
  DailyPostKey,
  InstallationRecord,
  LookupRecord,
  Platform,
  StatsFilter,
  Store,
  StoreHealth,
  Subscription,
  UsageStats,
  VoteRecord,
  VoteValue,
} from './store.js';

/** The logging the write path needs; a pino logger fits. */
export interface WriteLogger {
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

/** Lookups waiting to be written; beyond this they are dropped (and that is logged), never held in memory forever. */
export const MAX_QUEUED_LOOKUPS = 10_000;

/**
 * The one write path for both stores, as the bot uses them. Lookups go into a queue written in the
 * background, so no answer waits on the database. Every other write is awaited by whoever must know it was
 * stored (a vote, `daily on`), and every failed write, queued or not, is logged. `check()` also reports a
 * queue that is failing or full, so /readyz turns 503 while writes are being lost.
 */
export class WritePathStore implements Store {
  readonly kind: Store['kind'];
  readonly location: string;
  readonly hashSalt: string;
  private readonly queue: LookupRecord[] = [];
  private draining: Promise<void> | undefined;
  private failing: string | undefined;
  private dropped = 0;

  constructor(
    private readonly store: Store,
    private readonly logger: WriteLogger,
    private readonly maxQueued = MAX_QUEUED_LOOKUPS,
  ) {
    this.kind = store.kind;
    this.location = store.location;
    this.hashSalt = store.hashSalt;
  }

  /** Queues the lookup and returns at once. */
  async recordLookup(lookup: LookupRecord): Promise<void> {
    if (this.queue.length >= this.maxQueued) {
      if (this.dropped++ === 0) this.logger.error({ queued: this.queue.length }, 'Lookup queue full: dropping lookups');
      return;
    }
    this.queue.push(lookup);
    this.draining ??= this.drain().finally(() => {
      this.draining = undefined;
    });
  }

  /** Writes queued lookups one by one; a failed one is logged and dropped (a lookup log is not worth a retry loop). */
  private async drain(): Promise<void> {
    for (let next = this.queue.shift(); next; next = this.queue.shift()) {
      try {
        await this.store.recordLookup(next);
        if (this.failing) this.logger.warn({ write: 'lookup' }, 'Writes to the database work again');
        this.failing = undefined;
        if (this.dropped > 0) this.logger.warn({ dropped: this.dropped }, 'Lookup queue has room again');
        this.dropped = 0;
      } catch (error) {
        this.failing = problemOf(error);
        this.logFailure('lookup', error);
      }
    }
  }

  /** Waits until every queued lookup was written (or failed). */
  async flush(): Promise<void> {
    while (this.draining) await this.draining;
  }

  private async write<T>(name: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      this.logFailure(name, error);
      throw error;
    }
  }

  private logFailure(name: string, error: unknown): void {
    const code = (error as { code?: unknown }).code;
    this.logger.error(
      { write: name, store: this.kind, ...(typeof code === 'string' ? { code } : {}), error: messageOf(error) },
      'Could not write to the database; the change was not saved',
    );
  }

  async check(): Promise<StoreHealth> {
    const own = await this.store.check();
    if (!own.ok) return own;
    if (this.failing) return { ok: false, problem: `writes failing (${this.failing})` };
    if (this.dropped > 0) return { ok: false, problem: 'lookup queue full' };
    return own;
  }

  claimDailyPost(request: DailyClaimRequest): Promise<DailyClaim> {
    return this.write('daily claim', () => this.store.claimDailyPost(request));
  }
  markDailyPostSent(key: DailyPostKey, attempt: number, at: Date): Promise<boolean> {
    return this.write('daily sent', () => this.store.markDailyPostSent(key, attempt, at));
  }
  markDailyPostFailed(key: DailyPostKey, attempt: number, error: string): Promise<void> {
    return this.write('daily failed', () => this.store.markDailyPostFailed(key, attempt, error));
  }
  listDailyPosts(filter?: { platform?: Platform; channelId?: string }): Promise<DailyPost[]> {
    return this.store.listDailyPosts(filter);
  }
  setSubscription(platform: Platform, channelId: string, enabled: boolean, at: Date, workspace?: string) {
    return this.write('subscription', () => this.store.setSubscription(platform, channelId, enabled, at, workspace));
  }
  listSubscriptions(): Promise<Subscription[]> {
    return this.store.listSubscriptions();
  }
  recordVote(vote: VoteRecord): Promise<{ previous?: VoteValue }> {
    return this.write('vote', () => this.store.recordVote(vote));
  }
  usageStats(since: Date, limit: number, filter?: StatsFilter): Promise<UsageStats> {
    return this.store.usageStats(since, limit, filter);
  }
  saveInstallation(installation: InstallationRecord): Promise<void> {
    return this.write('installation', () => this.store.saveInstallation(installation));
  }
  findInstallation(key: string): Promise<string | undefined> {
    return this.store.findInstallation(key);
  }
  deleteInstallation(key: string): Promise<boolean> {
    return this.write('uninstall', () => this.store.deleteInstallation(key));
  }

  /** Writes what is queued, then closes the store. */
  async close(): Promise<void> {
    await this.flush();
    await this.store.close();
  }
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 300);
}

function problemOf(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : 'error';
}
