import pg from 'pg';
import { POSTGRES_HINT, testDatabaseUrl } from './test-databases.js';

/** Runs once per `vitest run`: says once why PostgreSQL tests are skipped, or fails early when the server is down. */
export default async function setup(): Promise<void> {
  const url = testDatabaseUrl();
  if (!url) {
    process.stdout.write(`${POSTGRES_HINT}\n`);
    return;
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new Error(
      `TEST_DATABASE_URL is set but PostgreSQL does not answer (${(error as Error).message}). Start it: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}
