import type pg from 'pg';
import { decideClaim } from './claim-rules.js';
import type { OpenStoreOptions } from './open-store.js';
import { createPool, describeUrl, postgresError, preparePostgres } from './postgres-open.js';
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
  claimed_at: string;
  sent_at: string | null;
  last_error: string | null;
}

const KEY = 'platform = $1 AND channel_id = $2 AND local_date = $3';
const keyValues = (k: DailyPostKey) => [k.platform, k.channelId, k.localDate];

/**
 * Opens the PostgreSQL store at `url` (DATABASE_URL): a bounded pool, migrations applied once under an
 * advisory lock, the salt shared by every replica. Unreachable servers and bad URLs become a UserError.
 */
export async function openPostgresStore(url: string, options: OpenStoreOptions = {}): Promise<Store> {
  const location = describeUrl(url);
  const pool = createPool(url, options.poolSize);
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on('error', (error) =>
    options.logger?.warn(
      { store: 'postgres', code: (error as { code?: string }).code },
      'A pooled database connection failed',
    ),
  );
  try {
    const salt = await preparePostgres(pool, location, options.hashSalt);
    return new PostgresStore(pool, location, salt);
  } catch (error) {
    await pool.end().catch(() => {});
    throw error;
  }
}

/** The PostgreSQL store, for several replicas on one database; every method is one statement or transaction. */
export class PostgresStore implements Store {
  readonly kind = 'postgres';
  private closed = false;

  constructor(
    private readonly pool: pg.Pool,
    readonly location: string,
    readonly hashSalt: string,
  ) {}

  private async query<R extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<pg.QueryResult<R>> {
    try {
      return await this.pool.query<R>(sql, values);
    } catch (error) {
      throw postgresError(error, this.location);
    }
  }

  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw postgresError(error, this.location);
    }
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw postgresError(error, this.location);
    } finally {
      client.release();
    }
  }

  async check(): Promise<StoreHealth> {
    if (this.closed) return { ok: false, problem: 'closed' };
    try {
      await this.pool.query('SELECT 1');
      return { ok: true };
    } catch (error) {
      return { ok: false, problem: String((error as { code?: unknown }).code ?? 'unreachable') };
    }
  }

  async claimDailyPost(request: DailyClaimRequest): Promise<DailyClaim> {
    const key = keyValues(request);
    const now = request.now.getTime();
    return this.transaction(async (client) => {
      // The primary key makes the first claim a unique row: exactly one replica inserts it.
      const inserted = await client.query(
        `INSERT INTO daily_posts (platform, channel_id, local_date, slug, status, attempts, claimed_at)
         VALUES ($1, $2, $3, $4, 'claimed', 1, $5) ON CONFLICT DO NOTHING`,
        [...key, request.slug, now],
      );
      if (inserted.rowCount === 1) return { outcome: 'claimed', slug: request.slug, attempt: 1 };
      const { rows } = await client.query<DailyPostRow>(`SELECT * FROM daily_posts WHERE ${KEY} FOR UPDATE`, key);
      const row = rows[0];
      if (!row) return { outcome: 'in-progress', slug: request.slug };
      const decision = decideClaim({ ...row, claimedAt: Number(row.claimed_at) }, request);
      if (decision.take) {
        await client.query(
          `UPDATE daily_posts SET status = 'claimed', slug = $4, attempts = attempts + 1, claimed_at = $5 WHERE ${KEY}`,
          [...key, request.slug, now],
        );
      }
      return decision.claim;
    });
  }

  async markDailyPostSent(key: DailyPostKey, attempt: number, at: Date): Promise<boolean> {
    const result = await this.query(
      `UPDATE daily_posts SET status = 'sent', sent_at = $5, last_error = NULL
       WHERE ${KEY} AND attempts = $4 AND status = 'claimed'`,
      [...keyValues(key), attempt, at.getTime()],
    );
    return result.rowCount === 1;
  }

  async markDailyPostFailed(key: DailyPostKey, attempt: number, error: string): Promise<void> {
    await this.query(
      `UPDATE daily_posts SET status = 'failed', last_error = $5
       WHERE ${KEY} AND attempts = $4 AND status = 'claimed'`,
      [...keyValues(key), attempt, error.slice(0, 500)],
    );
  }

  async listDailyPosts(filter: { platform?: Platform; channelId?: string } = {}): Promise<DailyPost[]> {
    const { rows } = await this.query<DailyPostRow>(
      `SELECT * FROM daily_posts WHERE ($1::text IS NULL OR platform = $1) AND ($2::text IS NULL OR channel_id = $2)
       ORDER BY local_date, platform, channel_id`,
      [filter.platform ?? null, filter.channelId ?? null],
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
    await this.query(
      `INSERT INTO subscriptions (platform, channel_id, workspace, enabled, updated_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (platform, channel_id) DO UPDATE
       SET enabled = excluded.enabled, updated_at = excluded.updated_at, workspace = excluded.workspace`,
      [platform, channelId, workspace, enabled ? 1 : 0, at.getTime()],
    );
  }

  async listSubscriptions(): Promise<Subscription[]> {
    const { rows } = await this.query<{
      platform: Platform;
      channel_id: string;
      workspace: string;
      enabled: number;
      updated_at: string;
    }>('SELECT * FROM subscriptions ORDER BY platform, updated_at, channel_id');
    return rows.map((r) => ({
      platform: r.platform,
      channelId: r.channel_id,
      workspace: r.workspace,
      enabled: r.enabled === 1,
      updatedAt: new Date(Number(r.updated_at)),
    }));
  }

  async recordVote(vote: VoteRecord): Promise<{ previous?: VoteValue }> {
    return this.transaction(async (client) => {
      const { rows } = await client.query<{ vote: VoteValue }>(
        'SELECT vote FROM votes WHERE user_hash = $1 AND slug = $2 FOR UPDATE',
        [vote.userHash, vote.slug],
      );
      const at = vote.at.getTime();
      await client.query(
        `INSERT INTO votes (user_hash, slug, platform, workspace, vote, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $6)
         ON CONFLICT (user_hash, slug) DO UPDATE SET vote = excluded.vote, updated_at = excluded.updated_at`,
        [vote.userHash, vote.slug, vote.platform, vote.workspace ?? '', vote.value, at],
      );
      const previous = rows[0]?.vote;
      return previous === undefined ? {} : { previous };
    });
  }

  async recordLookup(lookup: LookupRecord): Promise<void> {
    await this.query(
      'INSERT INTO lookups (at, source, workspace, query, normalized_query, slug) VALUES ($1, $2, $3, $4, $5, $6)',
      [lookup.at.getTime(), lookup.source, lookup.workspace ?? '', lookup.query, lookup.normalizedQuery, lookup.slug],
    );
  }

  async usageStats(since: Date, limit: number, filter: StatsFilter = {}): Promise<UsageStats> {
    const values = [since.getTime(), limit, filter.workspace ?? null];
    const mine = '($3::text IS NULL OR workspace = $3)';
    // One snapshot for the whole report, as SQLite's read transaction gives.
    return this.transaction(async (client) => {
      await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const run = <R extends pg.QueryResultRow>(sql: string) => client.query<R>(sql, values);
      const totals = await run<{ lookups: number; misses: number }>(
        `SELECT count(*)::int AS lookups, (count(*) - count(slug))::int AS misses FROM lookups
         WHERE at >= $1 AND ${mine} AND $2::int IS NOT NULL`,
      );
      const topTerms = await run<{ slug: string; count: number }>(
        `SELECT slug, count(*)::int AS count FROM lookups WHERE at >= $1 AND slug IS NOT NULL AND ${mine}
         GROUP BY slug ORDER BY count DESC, slug COLLATE "C" LIMIT $2`,
      );
      const topMisses = await run<{ query: string; count: number }>(
        `SELECT normalized_query AS query, count(*)::int AS count FROM lookups WHERE at >= $1 AND slug IS NULL
         AND ${mine} GROUP BY normalized_query ORDER BY count DESC, normalized_query COLLATE "C" LIMIT $2`,
      );
      const helpfulness = await run<{ slug: string; up: number; down: number }>(
        `SELECT slug, count(*) FILTER (WHERE vote = 'up')::int AS up, count(*) FILTER (WHERE vote = 'down')::int AS down
         FROM votes WHERE updated_at >= $1 AND ${mine} GROUP BY slug ORDER BY count(*) DESC, slug COLLATE "C" LIMIT $2`,
      );
      const postsSent = await run<{ platform: Platform; channelId: string; count: number }>(
        `SELECT platform, channel_id AS "channelId", count(*)::int AS count FROM daily_posts
         WHERE status = 'sent' AND sent_at >= $1 AND $2::int IS NOT NULL
         AND ($3::text IS NULL OR channel_id IN (SELECT channel_id FROM subscriptions WHERE workspace = $3))
         GROUP BY platform, channel_id ORDER BY platform COLLATE "C", channel_id COLLATE "C"`,
      );
      const total = totals.rows[0] ?? { lookups: 0, misses: 0 };
      return {
        since,
        lookups: total.lookups,
        misses: total.misses,
        topTerms: topTerms.rows,
        topMisses: topMisses.rows,
        helpfulness: helpfulness.rows,
        postsSent: postsSent.rows,
      };
    });
  }

  async saveInstallation(installation: InstallationRecord): Promise<void> {
    await this.query(
      `INSERT INTO slack_installations (install_key, team_id, enterprise_id, data, updated_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (install_key) DO UPDATE SET team_id = excluded.team_id, enterprise_id = excluded.enterprise_id,
       data = excluded.data, updated_at = excluded.updated_at`,
      [
        installation.key,
        installation.teamId ?? null,
        installation.enterpriseId ?? null,
        installation.data,
        installation.at.getTime(),
      ],
    );
  }

  async findInstallation(key: string): Promise<string | undefined> {
    const { rows } = await this.query<{ data: string }>('SELECT data FROM slack_installations WHERE install_key = $1', [
      key,
    ]);
    return rows[0]?.data;
  }

  async deleteInstallation(key: string): Promise<boolean> {
    const result = await this.query('DELETE FROM slack_installations WHERE install_key = $1', [key]);
    return (result.rowCount ?? 0) > 0;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}

function toDailyPost(row: DailyPostRow): DailyPost {
  return {
    platform: row.platform,
    channelId: row.channel_id,
    localDate: row.local_date,
    slug: row.slug,
    status: row.status,
    attempts: row.attempts,
    claimedAt: new Date(Number(row.claimed_at)),
    ...(row.sent_at === null ? {} : { sentAt: new Date(Number(row.sent_at)) }),
    ...(row.last_error === null ? {} : { lastError: row.last_error }),
  };
}
