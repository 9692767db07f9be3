import type Database from 'better-sqlite3';
import type {
  DailyClaim,
  DailyClaimRequest,
  DailyPost,
  DailyPostKey,
  DailyPostStatus,
  LookupRecord,
  Platform,
  Store,
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

/** The embedded SQLite store; every method is one short transaction, so several processes can share the file. */
export class SqliteStore implements Store {
  constructor(
    private readonly db: Database.Database,
    readonly location: string,
    readonly hashSalt: string,
  ) {}

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
      if (row.status === 'sent') return { outcome: 'sent', slug: row.slug };
      const stale = row.status === 'failed' || now - row.claimed_at >= request.staleAfterMs;
      if (!stale) return { outcome: 'in-progress', slug: row.slug };
      if (row.attempts >= request.maxAttempts) return { outcome: 'gave-up', slug: row.slug, attempts: row.attempts };
      this.db
        .prepare(
          `UPDATE daily_posts SET status = 'claimed', slug = @slug, attempts = attempts + 1, claimed_at = @now
           WHERE ${KEY}`,
        )
        .run({ ...key, slug: request.slug, now });
      return { outcome: 'claimed', slug: request.slug, attempt: row.attempts + 1 };
    });
    return claim.immediate();
  }

  async markDailyPostSent(key: DailyPostKey, attempt: number, at: Date): Promise<boolean> {
    const result = this.db
      .prepare(
        `UPDATE daily_posts SET status = 'sent', sent_at = @at, last_error = NULL
         WHERE ${KEY} AND attempts = @attempt AND status = 'claimed'`,
      )
      .run({ ...pickKey(key), attempt, at: at.getTime() });
    return result.changes === 1;
  }

  async markDailyPostFailed(key: DailyPostKey, attempt: number, error: string): Promise<void> {
    this.db
      .prepare(
        `UPDATE daily_posts SET status = 'failed', last_error = @error
         WHERE ${KEY} AND attempts = @attempt AND status = 'claimed'`,
      )
      .run({ ...pickKey(key), attempt, error: error.slice(0, 500) });
  }

  async listDailyPosts(filter: { platform?: Platform; channelId?: string } = {}): Promise<DailyPost[]> {
    const rows = this.db
      .prepare(
        `SELECT * FROM daily_posts
         WHERE (@platform IS NULL OR platform = @platform) AND (@channelId IS NULL OR channel_id = @channelId)
         ORDER BY local_date, platform, channel_id`,
      )
      .all({ platform: filter.platform ?? null, channelId: filter.channelId ?? null }) as DailyPostRow[];
    return rows.map(toDailyPost);
  }

  async setSubscription(platform: Platform, channelId: string, enabled: boolean, at: Date): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO subscriptions (platform, channel_id, enabled, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (platform, channel_id) DO UPDATE SET enabled = excluded.enabled, updated_at = excluded.updated_at`,
      )
      .run(platform, channelId, enabled ? 1 : 0, at.getTime());
  }

  async listSubscriptions(): Promise<Subscription[]> {
    const rows = this.db.prepare('SELECT * FROM subscriptions ORDER BY platform, updated_at, channel_id').all() as {
      platform: Platform;
      channel_id: string;
      enabled: number;
      updated_at: number;
    }[];
    return rows.map((r) => ({
      platform: r.platform,
      channelId: r.channel_id,
      enabled: r.enabled === 1,
      updatedAt: new Date(r.updated_at),
    }));
  }

  async recordVote(vote: VoteRecord): Promise<{ previous?: VoteValue }> {
    const upsert = this.db.transaction(() => {
      const previous = this.db
        .prepare('SELECT vote FROM votes WHERE user_hash = ? AND slug = ?')
        .pluck()
        .get(vote.userHash, vote.slug) as VoteValue | undefined;
      this.db
        .prepare(
          `INSERT INTO votes (user_hash, slug, platform, vote, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (user_hash, slug) DO UPDATE SET vote = excluded.vote, updated_at = excluded.updated_at`,
        )
        .run(vote.userHash, vote.slug, vote.platform, vote.value, vote.at.getTime(), vote.at.getTime());
      return previous === undefined ? {} : { previous };
    });
    return upsert.immediate();
  }

  async recordLookup(lookup: LookupRecord): Promise<void> {
    this.db
      .prepare('INSERT INTO lookups (at, source, query, normalized_query, slug) VALUES (?, ?, ?, ?, ?)')
      .run(lookup.at.getTime(), lookup.source, lookup.query, lookup.normalizedQuery, lookup.slug);
  }

  async usageStats(since: Date, limit: number): Promise<UsageStats> {
    const from = since.getTime();
    const read = this.db.transaction(() => {
      const totals = this.db
        .prepare('SELECT count(*) AS lookups, count(*) - count(slug) AS misses FROM lookups WHERE at >= ?')
        .get(from) as { lookups: number; misses: number };
      const topTerms = this.db
        .prepare(
          `SELECT slug, count(*) AS count FROM lookups WHERE at >= ? AND slug IS NOT NULL
           GROUP BY slug ORDER BY count DESC, slug LIMIT ?`,
        )
        .all(from, limit) as UsageStats['topTerms'];
      const topMisses = this.db
        .prepare(
          `SELECT normalized_query AS query, count(*) AS count FROM lookups WHERE at >= ? AND slug IS NULL
           GROUP BY normalized_query ORDER BY count DESC, normalized_query LIMIT ?`,
        )
        .all(from, limit) as UsageStats['topMisses'];
      const helpfulness = this.db
        .prepare(
          `SELECT slug, sum(vote = 'up') AS up, sum(vote = 'down') AS down FROM votes WHERE updated_at >= ?
           GROUP BY slug ORDER BY up + down DESC, slug LIMIT ?`,
        )
        .all(from, limit) as UsageStats['helpfulness'];
      const postsSent = this.db
        .prepare(
          `SELECT platform, channel_id AS channelId, count(*) AS count FROM daily_posts
           WHERE status = 'sent' AND sent_at >= ? GROUP BY platform, channel_id ORDER BY platform, channel_id`,
        )
        .all(from) as UsageStats['postsSent'];
      return { since, ...totals, topTerms, topMisses, helpfulness, postsSent };
    });
    return read.deferred();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
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
