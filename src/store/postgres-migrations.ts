import type { PoolClient } from 'pg';
import { UserError } from '../errors.js';

/**
 * PostgreSQL schema changes in order; migration N brings the schema to version N. The tables and columns
 * mirror the SQLite ones (times are epoch milliseconds), so `glossary db copy` copies rows as they are.
 * Never edit a shipped entry: append a new one.
 */
export const PG_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );

  CREATE TABLE daily_posts (
    platform TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    local_date TEXT NOT NULL,
    slug TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('claimed', 'failed', 'sent')),
    attempts INTEGER NOT NULL DEFAULT 1,
    claimed_at BIGINT NOT NULL,
    sent_at BIGINT,
    last_error TEXT,
    PRIMARY KEY (platform, channel_id, local_date)
  );
  CREATE INDEX daily_posts_sent_at ON daily_posts (sent_at);

  CREATE TABLE subscriptions (
    platform TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    workspace TEXT NOT NULL DEFAULT '',
    enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)),
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (platform, channel_id)
  );

  CREATE TABLE votes (
    user_hash TEXT NOT NULL,
    slug TEXT NOT NULL,
    platform TEXT NOT NULL,
    workspace TEXT NOT NULL DEFAULT '',
    vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (user_hash, slug)
  );

  CREATE TABLE lookups (
    id BIGSERIAL PRIMARY KEY,
    at BIGINT NOT NULL,
    source TEXT NOT NULL,
    workspace TEXT NOT NULL DEFAULT '',
    query TEXT NOT NULL,
    normalized_query TEXT NOT NULL,
    slug TEXT
  );
  CREATE INDEX lookups_at ON lookups (at);

  CREATE TABLE slack_installations (
    install_key TEXT PRIMARY KEY,
    team_id TEXT,
    enterprise_id TEXT,
    data TEXT NOT NULL,
    updated_at BIGINT NOT NULL
  );
  `,
];

/**
 * Applies missing migrations, each in its own transaction, while holding an advisory lock, so replicas
 * starting together migrate once (the others wait, then find nothing to do). The lock is per schema.
 */
export async function migratePostgres(client: PoolClient, location: string, migrations = PG_MIGRATIONS): Promise<void> {
  await client.query("SELECT pg_advisory_lock(hashtext('ai-glossary-bot:migrate:' || current_schema()))");
  try {
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
    );
    const { rows } = await client.query<{ version: number | null }>(
      'SELECT max(version) AS version FROM schema_migrations',
    );
    const current = rows[0]?.version ?? 0;
    if (current > migrations.length) {
      throw new UserError(
        `The database "${location}" was written by a newer version of the bot (schema ${current}, this version knows ${migrations.length}). Upgrade the bot, or point DATABASE_URL at another database.`,
        'store_too_new',
      );
    }
    for (let target = current + 1; target <= migrations.length; target++) {
      await client.query('BEGIN');
      try {
        await client.query(migrations[target - 1] ?? '');
        await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [target]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock(hashtext('ai-glossary-bot:migrate:' || current_schema()))");
  }
}
