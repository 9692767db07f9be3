import { afterEach, describe, expect, it } from 'vitest';
import { createHealthRoutes, type HealthServer, startHealthServer } from '../../adapters/runtime/health-server.js';
import { Glossary } from '../../src/glossary/glossary.js';
import { checkHealth, type HealthSources } from '../../src/health.js';
import { makeGlossary } from '../helpers/terms.js';

let server: HealthServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const STARTED = new Date('2026-01-01T09:00:00Z');

function sources(overrides: Partial<HealthSources> = {}): HealthSources {
  const glossary = new Glossary(makeGlossary().terms, 'abc123hash');
  return {
    glossary: () => glossary,
    glossaryStatus: () => ({ loadedAt: STARTED }),
    storePath: ':memory:',
    storeOpen: () => true,
    startedAt: STARTED,
    now: () => new Date('2026-01-01T09:01:30Z'),
    ...overrides,
  };
}

async function serve(health: HealthSources, ready = true): Promise<string> {
  server = await startHealthServer(0, createHealthRoutes({ report: () => checkHealth(health), ready: () => ready }));
  return `http://127.0.0.1:${server.port}`;
}

describe('health endpoints', () => {
  it('GIVEN a loaded glossary and a writable store THEN /healthz is 200 with terms, hash and uptime', async () => {
    const base = await serve(sources());
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      ok: true,
      uptimeSeconds: 90,
      store: { ok: true },
      glossary: { ok: true, terms: 5, contentHash: 'abc123hash', loadedAt: STARTED.toISOString() },
    });
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });

  it('GIVEN the database file is gone THEN /healthz and /readyz are 503 and name only the error code', async () => {
    const base = await serve(sources({ storePath: '/nonexistent-folder/glossary.db' }));
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ ok: false, store: { ok: false, problem: 'ENOENT' } });
    expect((await fetch(`${base}/readyz`)).status).toBe(503);
  });

  it('GIVEN a closed store THEN /healthz is 503', async () => {
    const base = await serve(sources({ storeOpen: () => false }));
    expect((await fetch(`${base}/healthz`)).status).toBe(503);
  });

  it('GIVEN a rejected edit on disk THEN /healthz stays 200 and shows it', async () => {
    const at = new Date('2026-01-01T09:01:00Z');
    const base = await serve(sources({ glossaryStatus: () => ({ loadedAt: STARTED, rejected: { at, problems: 2 } }) }));
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ glossary: { rejectedEdit: { at: at.toISOString(), problems: 2 } } });
  });

  it('GIVEN the bot is starting or shutting down THEN /readyz is 503 while /healthz is 200', async () => {
    const base = await serve(sources(), false);
    expect((await fetch(`${base}/readyz`)).status).toBe(503);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it('GIVEN HEAD or another method THEN HEAD has no body and POST is refused', async () => {
    const base = await serve(sources());
    const head = await fetch(`${base}/healthz`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await fetch(`${base}/healthz`, { method: 'POST' })).status).toBe(405);
  });
});
