import { UserError } from '../errors.js';
import type { SqliteDatabase } from './sqlite-driver.js';

/**
 * Schema changes in order; migration N brings the database to `user_version` N. Never edit a shipped entry:
 * append a new one.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) WITHOUT ROWID;

  CREATE TABLE daily_posts (
    platform TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    local_date TEXT NOT NULL,
    slug TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('claimed', 'failed', 'sent')),
    attempts INTEGER NOT NULL DEFAULT 1,
    claimed_at INTEGER NOT NULL,
    sent_at INTEGER,
    last_error TEXT,
    PRIMARY KEY (platform, channel_id, local_date)
  ) WITHOUT ROWID;
  CREATE INDEX daily_posts_sent_at ON daily_posts (sent_at);

  CREATE TABLE subscriptions (
    platform TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)),
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (platform, channel_id)
  ) WITHOUT ROWID;

  CREATE TABLE votes (
    user_hash TEXT NOT NULL,
    slug TEXT NOT NULL,
    platform TEXT NOT NULL,
    vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (user_hash, slug)
  ) WITHOUT ROWID;

  CREATE TABLE lookups (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    source TEXT NOT NULL,
    query TEXT NOT NULL,
    normalized_query TEXT NOT NULL,
    slug TEXT
  );
  CREATE INDEX lookups_at ON lookups (at);
  `,
  // 2: several Slack workspaces (OAuth installs): per-workspace subscriptions and statistics.
  `
  ALTER TABLE subscriptions ADD COLUMN workspace TEXT NOT NULL DEFAULT '';
  ALTER TABLE lookups ADD COLUMN workspace TEXT NOT NULL DEFAULT '';
  ALTER TABLE votes ADD COLUMN workspace TEXT NOT NULL DEFAULT '';

  CREATE TABLE slack_installations (
    install_key TEXT PRIMARY KEY,
    team_id TEXT,
    enterprise_id TEXT,
    data TEXT NOT NULL,
    updated_at INTEGER NOT NULL
  ) WITHOUT ROWID;
  `,
];

/** Brings the database up to date, one transaction per migration; safe when several processes start at once. */
export function migrate(db: SqliteDatabase, location: string, migrations = MIGRATIONS): void {
  const version = () => db.pragma('user_version', { simple: true }) as number;
  if (version() > migrations.length) {
    throw new UserError(
      `The database "${location}" was written by a newer version of the bot (schema ${version()}, this version knows ${migrations.length}). Upgrade the bot, or set DATABASE_PATH to another file.`,
      'store_too_new',
    );
  }
  for (let target = 1; target <= migrations.length; target++) {
    db.transaction(() => {
      // Re-read inside the write lock: another process may have migrated meanwhile.
      if (version() >= target) return;
      db.exec(migrations[target - 1] ?? '');
      db.pragma(`user_version = ${target}`);
    }).immediate();
  }
}
