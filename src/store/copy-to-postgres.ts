import pg from 'pg';
import { UserError } from '../errors.js';
import { openStore } from './open-store.js';
import { describeUrl, postgresError } from './postgres-open.js';
import Database from './sqlite-driver.js';

/** The tables copied, with their columns (the same in both schemas; `lookups.id` is left to PostgreSQL). */
const TABLES: readonly { name: string; columns: readonly string[] }[] = [
  { name: 'meta', columns: ['key', 'value'] },
  {
    name: 'daily_posts',
    columns: [
      'platform',
      'channel_id',
      'local_date',
      'slug',
      'status',
      'attempts',
      'claimed_at',
      'sent_at',
      'last_error',
    ],
  },
  { name: 'subscriptions', columns: ['platform', 'channel_id', 'workspace', 'enabled', 'updated_at'] },
  { name: 'votes', columns: ['user_hash', 'slug', 'platform', 'workspace', 'vote', 'created_at', 'updated_at'] },
  { name: 'lookups', columns: ['at', 'source', 'workspace', 'query', 'normalized_query', 'slug'] },
  { name: 'slack_installations', columns: ['install_key', 'team_id', 'enterprise_id', 'data', 'updated_at'] },
];

/** Rows per INSERT statement. */
const BATCH = 500;

/**
 * Copies everything from a SQLite file into an empty PostgreSQL database, in one transaction, keeping the
 * salt so user hashes (one vote per user and term) stay the same. Returns the rows copied per table.
 */
export async function copySqliteToPostgres(sqlitePath: string, url: string): Promise<Record<string, number>> {
  // Bring the file to the current schema first, as the bot would on start, then read it without writing.
  await (await openStore(sqlitePath)).close();
  await (await openStore(url)).close();
  const source = new Database(sqlitePath, { readonly: true, fileMustExist: true });
  const target = new pg.Client({ connectionString: url });
  try {
    await target.connect();
  } catch (error) {
    source.close();
    throw postgresError(error, describeUrl(url));
  }
  try {
    await assertEmpty(target, url);
    await target.query('BEGIN');
    const copied: Record<string, number> = {};
    for (const table of TABLES) {
      const rows = source
        .prepare(`SELECT ${table.columns.join(', ')} FROM ${table.name}`)
        .raw()
        .all() as unknown[][];
      if (table.name === 'meta') await target.query('DELETE FROM meta');
      for (let i = 0; i < rows.length; i += BATCH) await insertBatch(target, table, rows.slice(i, i + BATCH));
      copied[table.name] = rows.length;
    }
    await target.query('COMMIT');
    return copied;
  } catch (error) {
    await target.query('ROLLBACK').catch(() => {});
    throw postgresError(error, describeUrl(url));
  } finally {
    source.close();
    await target.end();
  }
}

/** Copying into a database that already has data would mix two histories (and two salts): refuse. */
async function assertEmpty(client: pg.Client, url: string): Promise<void> {
  const tables = TABLES.filter((t) => t.name !== 'meta').map((t) => `(SELECT count(*) FROM ${t.name})`);
  const { rows } = await client.query<{ n: string }>(`SELECT ${tables.join(' + ')} AS n`);
  if (Number(rows[0]?.n ?? 0) > 0) {
    throw new UserError(
      `The target database ${describeUrl(url)} already holds data; copy into an empty database (or a new schema).`,
      'copy_not_empty',
    );
  }
}

async function insertBatch(
  client: pg.Client,
  table: { name: string; columns: readonly string[] },
  rows: unknown[][],
): Promise<void> {
  if (rows.length === 0) return;
  const width = table.columns.length;
  const placeholders = rows.map((_, r) => `(${table.columns.map((__, c) => `$${r * width + c + 1}`).join(', ')})`);
  await client.query(
    `INSERT INTO ${table.name} (${table.columns.join(', ')}) VALUES ${placeholders.join(', ')}`,
    rows.flat(),
  );
}
