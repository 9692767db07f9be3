import { createServer, type Server, Socket } from 'node:net';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningApp, startBot } from '../../adapters/runtime/start-bot.js';
import { writeLinkedTermsDir } from '../helpers/linked-terms.js';
import { createPostgresSchema, type TestDatabase, testDatabaseUrl } from '../helpers/test-databases.js';

const url = testDatabaseUrl();

/** A TCP relay to PostgreSQL that the test can cut, as a network outage would. */
async function startRelay(target: URL): Promise<{ port: number; cut(): void; restore(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let server: Server;
  const listen = (port: number) =>
    new Promise<number>((resolve) => {
      server = createServer((client) => {
        const upstream = new Socket().connect(Number(target.port || 5432), target.hostname);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('error', () => {});
          s.on('close', () => sockets.delete(s));
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
    });
  const port = await listen(0);
  return {
    port,
    cut() {
      server.close();
      for (const s of sockets) s.destroy();
    },
    restore: async () => void (await listen(port)),
  };
}

let app: RunningApp | undefined;
let database: TestDatabase | undefined;
afterEach(async () => {
  await app?.stop('test over');
  await database?.cleanup();
  app = undefined;
});

describe.skipIf(!url)('readiness with DATABASE_URL', () => {
  it('GIVEN the database becomes unreachable THEN /readyz turns 503 and /healthz names the problem; back again THEN 200', async () => {
    database = await createPostgresSchema(url ?? '');
    const relay = await startRelay(new URL(url ?? ''));
    const viaRelay = new URL(database.target);
    viaRelay.host = `127.0.0.1:${relay.port}`;
    app = await startBot({
      env: {
        TERMS_DIR: writeLinkedTermsDir(),
        DATABASE_URL: viaRelay.toString(),
        HEALTH_PORT: '0',
        LOG_LEVEL: 'silent',
      },
      io: { input: new PassThrough(), output: new PassThrough() },
    });
    const base = `http://127.0.0.1:${app.healthPort}`;
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    expect(await (await fetch(`${base}/healthz`)).json()).toMatchObject({ ok: true, store: { ok: true } });

    relay.cut();
    expect((await fetch(`${base}/readyz`)).status).toBe(503);
    const health = (await (await fetch(`${base}/healthz`)).json()) as { store: { ok: boolean; problem?: string } };
    expect(health.store.ok).toBe(false);
    expect(health.store.problem).toBeTruthy();

    await relay.restore();
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });
});
