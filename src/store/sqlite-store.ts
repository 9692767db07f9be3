import { constants, statSync } from 'node:fs';
import { access } from 'node:fs/promises';
import { dirname } from 'node:path';
import { UserError } from '../errors.js';
import { decideClaim } from './claim-rules.js';
import type { SqliteDatabase } from './sqlite-driver.js';
import { LockRetry, type SqliteStoreOptions } from './sqlite-lock.js';
import type {
  DailyClaim,
  DailyClaimRequest,
  DailyPost,
  DailyPostKey,
  DailyPostStatus,
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

interface DailyPostRow {
  platform: Platform;
  channel_id: string;
  local_date: string;
  slug: string;
  status: DailyPostStatus;
  attempts: number;
  claimed_at: number;
  sent_at: number | null;
  last_error: string | null;
}

const KEY = 'platform = @platform AND channel_id = @channelId AND local_date = @localDate';

/**
 * The embedded SQLite store; every method is one short transaction, so several processes can share the file.
 * The connection's busy timeout is 0: a locked database is retried here on timers with growing pauses, so a
 * lock held by another program never blocks the event loop (better-sqlite3 would wait synchronously).
 */
export class SqliteStore implements Store {
  readonly kind = 'sqlite';
  private readonly fileId: string | undefined;
  private readonly lock: LockRetry;

  constructor(
    private readonly db: SqliteDatabase,
    readonly location: string,
    readonly hashSalt: string,
    options: SqliteStoreOptions = {},
  ) {
    this.fileId = location === ':memory:' ? undefined : fileIdentity(location);
    this.lock = new LockRetry(location, options);
  }

  /** Runs one statement or transaction, retrying on timers while the database is locked. */
  private run<T>(work: () => T, writes = true): Promise<T> {
    if (writes) this.assertFileIsOurs();
    return this.lock.run(work);
  }

  /** A write to a file deleted or replaced under the running bot would be lost silently: refuse it instead. */
  private assertFileIsOurs(): void {
    if (this.fileId === undefined) return;
    if (fileIdentity(this.location) !== this.fileId) {
      throw new UserError(
        `The database file "${this.location}" was removed or replaced while the bot was running; nothing was saved. Restore the file, or restart the bot to start a new one.`,
        'store_lost',
      );
    }
  }

  async check(): Promise<StoreHealth> {
    if (!this.db.open) return { ok: false, problem: 'closed' };
    if (this.lock.lockedTooLong()) return { ok: false, problem: 'locked' };
    if (this.fileId === undefined) return { ok: true };
    try {
      await access(this.location, constants.W_OK);
      await access(dirname(this.location), constants.W_OK);
    } catch (error) {
      return { ok: false, problem: (error as NodeJS.ErrnoException).code ?? 'not writable' };
    }
    return fileIdentity(this.location) === this.fileId ? { ok: true } : { ok: false, problem: 'replaced' };
  }

  async claimDailyPost(request: DailyClaimRequest): Promise<DailyClaim> {
    const key = pickKey(request);
    const now = request.now.getTime();
    const claim = this.db.transaction((): DailyClaim => {
      const row = this.db.prepare(`SELECT * FROM daily_posts WHERE ${KEY}`).get(key) as DailyPostRow | undefined;
      if (!row) {
        this.db
          .prepare(
            `INSERT INTO daily_posts (platform, channel_id, local_date, slug, status, attempts, claimed_at)
             VALUES (@platform, @channelId, @localDate, @slug, 'claimed', 1, @now)`,
          )
          .run({ ...key, slug: request.slug, now });
        return { outcome: 'claimed', slug: request.slug, attempt: 1 };
      }
      const decision = decideClaim({ ...row, claimedAt: row.claimed_at }, request);
      if (decision.take) {
        this.db
          .prepare(
            `UPDATE daily_posts SET status = 'claimed', slug = @slug, attempts = attempts + 1, claimed_at = @now
             WHERE ${KEY}`,
          )
          .run({ ...key, slug: request.slug, now });
      }
      return decision.claim;
    });
    return this.run(() => claim.immediate());
  }

  async markDailyPostSent(key: DailyPostKey, attempt: number, at: Date): Promise<boolean> {
    const result = await this.run(() =>
      this.db
        .prepare(
          `UPDATE daily_posts SET status = 'sent', sent_at = @at, last_error = NULL
           WHERE ${KEY} AND attempts = @attempt AND status = 'claimed'`,
        )
        .run({ ...pickKey(key), attempt, at: at.getTime() }),
    );
    return result.changes === 1;
  }

  async markDailyPostFailed(key: DailyPostKey, attempt: number, error: string): Promise<void> {
    await this.run(() =>
      this.db
        .prepare(
          `UPDATE daily_posts SET status = 'failed', last_error = @error
           WHERE ${KEY} AND attempts = @attempt AND status = 'claimed'`,
        )
        .run({ ...pickKey(key), attempt, error: error.slice(0, 500) }),
    );
  }

  async listDailyPosts(filter: { platform?: Platform; channelId?: string } = {}): Promise<DailyPost[]> {
    const rows = await this.read(
      () =>
        this.db
          .prepare(
            `SELECT * FROM daily_posts
         WHERE (@platform IS NULL OR platform = @platform) AND (@channelId IS NULL OR channel_id = @channelId)
         ORDER BY local_date, platform, channel_id`,
          )
          .all({ platform: filter.platform ?? null, channelId: filter.channelId ?? null }) as DailyPostRow[],
    );
    return rows.map(toDailyPost);
  }

  async setSubscription(
    platform: Platform,
    channelId: string,
    enabled: boolean,
    at: Date,
    workspace = '',
  ): Promise<void> {
    await this.run(() =>
      this.db
        .prepare(
          `INSERT INTO subscriptions (platform, channel_id, workspace, enabled, updated_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (platform, channel_id) DO UPDATE
           SET enabled = excluded.enabled, updated_at = excluded.updated_at, workspace = excluded.workspace`,
        )
        .run(platform, channelId, workspace, enabled ? 1 : 0, at.getTime()),
    );
  }

  async listSubscriptions(): Promise<Subscription[]> {
    const rows = await this.read(
      () =>
        this.db.prepare('SELECT * FROM subscriptions ORDER BY platform, updated_at, channel_id').all() as {
          platform: Platform;
          channel_id: string;
          workspace: string;
          enabled: number;
          updated_at: number;
        }[],
    );
    return rows.map((r) => ({
      platform: r.platform,
      channelId: r.channel_id,
      workspace: r.workspace,
      enabled: r.enabled === 1,
      updatedAt: new Date(r.updated_at),
    }));
  }

  private read<T>(work: () => T): Promise<T> {
    return this.run(work, false);
  }

  async recordVote(vote: VoteRecord): Promise<{ previous?: VoteValue }> {
    const upsert = this.db.transaction(() => {
      const previous = this.db
        .prepare('SELECT vote FROM votes WHERE user_hash = ? AND slug = ?')
        .pluck()
        .get(vote.userHash, vote.slug) as VoteValue | undefined;
      this.db
        .prepare(
          `INSERT INTO votes (user_hash, slug, platform, workspace, vote, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (user_hash, slug) DO UPDATE SET vote = excluded.vote, updated_at = excluded.updated_at`,
        )
        .run(
          vote.userHash,
          vote.slug,
          vote.platform,
          vote.workspace ?? '',
          vote.value,
          vote.at.getTime(),
          vote.at.getTime(),
        );
      return previous === undefined ? {} : { previous };
    });
    return this.run(() => upsert.immediate());
  }

  async recordLookup(lookup: LookupRecord): Promise<void> {
    await this.run(() =>
      this.db
        .prepare('INSERT INTO lookups (at, source, workspace, query, normalized_query, slug) VALUES (?, ?, ?, ?, ?, ?)')
        .run(
          lookup.at.getTime(),
          lookup.source,
          lookup.workspace ?? '',
          lookup.query,
          lookup.normalizedQuery,
          lookup.slug,
        ),
    );
  }

  async usageStats(since: Date, limit: number, filter: StatsFilter = {}): Promise<UsageStats> {
    const p = { from: since.getTime(), limit, workspace: filter.workspace ?? null };
    const mine = '(@workspace IS NULL OR workspace = @workspace)';
    const read = this.db.transaction(() => {
      const totals = this.db
        .prepare(
          `SELECT count(*) AS lookups, count(*) - count(slug) AS misses FROM lookups WHERE at >= @from AND ${mine}`,
        )
        .get(p) as { lookups: number; misses: number };
      const topTerms = this.db
        .prepare(
          `SELECT slug, count(*) AS count FROM lookups WHERE at >= @from AND slug IS NOT NULL AND ${mine}
           GROUP BY slug ORDER BY count DESC, slug LIMIT @limit`,
        )
        .all(p) as UsageStats['topTerms'];
      const topMisses = this.db
        .prepare(
          `SELECT normalized_query AS query, count(*) AS count FROM lookups WHERE at >= @from AND slug IS NULL
           AND ${mine} GROUP BY normalized_query ORDER BY count DESC, normalized_query LIMIT @limit`,
        )
        .all(p) as UsageStats['topMisses'];
      const helpfulness = this.db
        .prepare(
          `SELECT slug, sum(vote = 'up') AS up, sum(vote = 'down') AS down FROM votes
           WHERE updated_at >= @from AND ${mine} GROUP BY slug ORDER BY up + down DESC, slug LIMIT @limit`,
        )
        .all(p) as UsageStats['helpfulness'];
      const postsSent = this.db
        .prepare(
          `SELECT platform, channel_id AS channelId, count(*) AS count FROM daily_posts
           WHERE status = 'sent' AND sent_at >= @from
           AND (@workspace IS NULL OR channel_id IN (SELECT channel_id FROM subscriptions WHERE workspace = @workspace))
           GROUP BY platform, channel_id ORDER BY platform, channel_id`,
        )
        .all(p) as UsageStats['postsSent'];
      return { since, ...totals, topTerms, topMisses, helpfulness, postsSent };
    });
    return this.read(() => read.deferred());
  }

  async saveInstallation(installation: InstallationRecord): Promise<void> {
    await this.run(() =>
      this.db
        .prepare(
          `INSERT INTO slack_installations (install_key, team_id, enterprise_id, data, updated_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (install_key) DO UPDATE SET team_id = excluded.team_id, enterprise_id = excluded.enterprise_id,
           data = excluded.data, updated_at = excluded.updated_at`,
        )
        .run(
          installation.key,
          installation.teamId ?? null,
          installation.enterpriseId ?? null,
          installation.data,
          installation.at.getTime(),
        ),
    );
  }

  async findInstallation(key: string): Promise<string | undefined> {
    return this.read(
      () =>
        this.db.prepare('SELECT data FROM slack_installations WHERE install_key = ?').pluck().get(key) as
          | string
          | undefined,
    );
  }

  async deleteInstallation(key: string): Promise<boolean> {
    const result = await this.run(() =>
      this.db.prepare('DELETE FROM slack_installations WHERE install_key = ?').run(key),
    );
    return result.changes > 0;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

/** Device and inode of the file, or 'missing'. */
function fileIdentity(path: string): string {
  try {
    const stat = statSync(path);
    return `${stat.dev}:${stat.ino}`;
  } catch {
    return 'missing';
  }
}

function pickKey(key: DailyPostKey): DailyPostKey {
  return { platform: key.platform, channelId: key.channelId, localDate: key.localDate };
}

function toDailyPost(row: DailyPostRow): DailyPost {
  return {
    platform: row.platform,
    channelId: row.channel_id,
    localDate: row.local_date,
    slug: row.slug,
    status: row.status,
    attempts: row.attempts,
    claimedAt: new Date(row.claimed_at),
    ...(row.sent_at === null ? {} : { sentAt: new Date(row.sent_at) }),
    ...(row.last_error === null ? {} : { lastError: row.last_error }),
  };
}
