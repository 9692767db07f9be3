import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BotDeps } from '../../../adapters/deps.js';
import { createHealthRoutes, type HealthServer, startHealthServer } from '../../../adapters/runtime/health-server.js';
import { RateLimiter } from '../../../adapters/web/rate-limit.js';
import { createWebRoutes } from '../../../adapters/web/routes.js';
import { loadConfig } from '../../../src/config.js';
import { Glossary } from '../../../src/glossary/glossary.js';
import { createLogger } from '../../../src/logger.js';
import type { Reply } from '../../../src/replies.js';
import { hashUserId, recordLookup } from '../../../src/store/feedback.js';
import { openStore } from '../../../src/store/open-store.js';
import type { Store } from '../../../src/store/store.js';
import { makeTempDir } from '../../helpers/daily-fakes.js';
import { makeGlossary, makeTerm } from '../../helpers/terms.js';

const TOKEN = 'stats-token-0123456789';
const NOW = new Date('2026-03-10T12:00:00Z');
let temp: ReturnType<typeof makeTempDir>;
let store: Store;
let server: HealthServer;
let base: string;
let glossary: Glossary;

async function serve(limiter = new RateLimiter(30, 60_000)) {
  const deps: BotDeps = {
    config: loadConfig({ STATS_TOKEN: TOKEN }),
    logger: createLogger('silent'),
    glossary: () => glossary,
    store,
    now: () => NOW,
  };
  const health = createHealthRoutes({ ready: () => true, report: async () => ({ ok: true }) as never });
  server = await startHealthServer(0, [...health, ...createWebRoutes(deps, { limiter })]);
  base = `http://127.0.0.1:${server.port}`;
}

const vote = (slug: string, value: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/votes`, {
    method: 'POST',
    body: new URLSearchParams({ slug, vote: value }),
    headers: { accept: 'application/json', ...headers },
  });

beforeEach(async () => {
  temp = makeTempDir();
  store = await openStore(temp.dbPath, { hashSalt: 'salt' });
  glossary = makeGlossary();
});
afterEach(async () => {
  await server?.close();
  await store.close();
  temp.cleanup();
});

describe('web glossary served by the bot', () => {
  it('GIVEN the home, a term page and glossary.json THEN each is served, and /healthz still answers', async () => {
    await serve();
    const home = await fetch(`${base}/`);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await home.text()).toContain('data-slug="rlhf"');
    const term = await fetch(`${base}/terms/rlhf/`);
    expect(await term.text()).toContain('<h1>RLHF</h1>');
    expect((await fetch(`${base}/terms/rlhf/index.html`)).status).toBe(200);
    const json = (await (await fetch(`${base}/glossary.json`)).json()) as { count: number };
    expect(json.count).toBe(5);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/assets/site.css`)).headers.get('content-type')).toContain('text/css');
  });

  it('GIVEN an ETag from an earlier visit THEN the page is a 304 until a term edit changes it', async () => {
    await serve();
    const first = await fetch(`${base}/terms/rlhf/`);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^".+"$/);
    const again = await fetch(`${base}/terms/rlhf/`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    glossary = new Glossary([
      ...makeGlossary().terms.filter((t) => t.slug !== 'rlhf'),
      makeTerm('rlhf', { title: 'RLHF v2' }),
    ]);
    const edited = await fetch(`${base}/terms/rlhf/`, { headers: { 'if-none-match': etag } });
    expect(edited.status).toBe(200);
    expect(await edited.text()).toContain('<h1>RLHF v2</h1>');
  });

  it('GIVEN an unknown or mistyped slug THEN a 404 page suggests the nearest term; no slash redirects', async () => {
    await serve();
    const missing = await fetch(`${base}/terms/rlfh/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<a href="../../terms/rlhf/index.html">RLHF</a>');
    expect((await fetch(`${base}/no/such/page`)).status).toBe(404);
    const bare = await fetch(`${base}/terms/rlhf`, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('rlhf/');
  });

  it('GIVEN a typo THEN /api/search finds the term like /define does', async () => {
    await serve();
    const res = await fetch(`${base}/api/search?q=${encodeURIComponent('kv cashe')}`);
    const body = (await res.json()) as { results: { slug: string; path: string }[] };
    expect(body.results[0]).toEqual({ slug: 'kv-cache', title: 'KV cache', path: 'terms/kv-cache/index.html' });
  });

  it('GIVEN votes from a browser THEN one anonymous vote per browser lands in the store, and can change', async () => {
    await serve();
    const first = await vote('rlhf', 'up');
    expect(first.status).toBe(200);
    expect(((await first.json()) as { message: string }).message).toContain('Thanks');
    const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(cookie).toMatch(/^glossary_voter=[A-Za-z0-9_-]{32}$/);
    await vote('rlhf', 'down', { cookie });
    await vote('rlhf', 'up');
    const stats = await store.usageStats(new Date(0), 10);
    expect(stats.helpfulness).toEqual([{ slug: 'rlhf', up: 1, down: 1 }]);
    const id = cookie.split('=')[1] ?? '';
    expect(
      await store.recordVote({
        platform: 'web',
        userHash: hashUserId('salt', 'web', id),
        slug: 'rlhf',
        value: 'down',
        at: NOW,
      }),
    ).toEqual({ previous: 'down' });
  });

  it('GIVEN bad votes THEN unknown terms, bad values, other sites and floods are refused with a reason', async () => {
    await serve(new RateLimiter(2, 60_000));
    expect((await vote('no-such-term', 'up')).status).toBe(404);
    expect((await vote('rlhf', 'maybe')).status).toBe(400);
    const foreign = await vote('rlhf', 'up', { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    const flood = await vote('rlhf', 'up');
    expect(flood.status).toBe(429);
    expect(flood.headers.get('retry-after')).toBe('60');
    expect((await store.usageStats(new Date(0), 10)).helpfulness).toEqual([]);
  });

  it('GIVEN a vote sent without JavaScript THEN a thank-you page links back to the term', async () => {
    await serve();
    const res = await fetch(`${base}/api/votes`, {
      method: 'POST',
      body: new URLSearchParams({ slug: 'rlhf', vote: 'up' }),
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<a href="../terms/rlhf/index.html">Back to RLHF</a>');
  });

  it('GIVEN STATS_TOKEN THEN /stats needs it and shows lookups, misses and the daily chart', async () => {
    await serve();
    const reply: Reply = { kind: 'not-found', query: 'agi', reason: 'no-match', suggestions: [] };
    await recordLookup(store, 'slack', 'agi', reply, new Date('2026-03-09T10:00:00Z'));
    await recordLookup(store, 'slack', 'agi', reply, NOW);
    expect((await fetch(`${base}/stats`)).status).toBe(401);
    expect((await fetch(`${base}/stats?token=wrong`)).status).toBe(401);
    const page = await fetch(`${base}/stats?token=${TOKEN}&days=7`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const html = await page.text();
    expect(html).toContain('2 lookups, 2 not found (100%)');
    expect(html).toContain('<title>2026-03-09: 1 lookups, 1 misses</title>');
    expect(html).toContain('<title>2026-03-10: 1 lookups, 1 misses</title>');
  });
});
