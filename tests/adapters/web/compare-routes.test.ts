import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BotDeps } from '../../../adapters/deps.js';
import { createHealthRoutes, type HealthServer, startHealthServer } from '../../../adapters/runtime/health-server.js';
import { createWebRoutes } from '../../../adapters/web/routes.js';
import { loadConfig } from '../../../src/config.js';
import type { Glossary } from '../../../src/glossary/glossary.js';
import { createLogger } from '../../../src/logger.js';
import { openStore } from '../../../src/store/open-store.js';
import type { Store } from '../../../src/store/store.js';
import { makeTempDir } from '../../helpers/daily-fakes.js';
import { makeGlossary, makeTerm } from '../../helpers/terms.js';

const NOW = new Date('2026-03-10T12:00:00Z');
const lora = (title = 'LoRA') =>
  makeTerm('lora', {
    title,
    comparison: { ...makeTerm('lora').comparison, against: 'Fine-tuning', slug: 'fine-tuning' },
  });
const withPair = (title?: string) => makeGlossary([lora(title), makeTerm('fine-tuning', { title: 'Fine-tuning' })]);
let temp: ReturnType<typeof makeTempDir>;
let store: Store;
let server: HealthServer;
let base: string;
let glossary: Glossary;

beforeEach(async () => {
  temp = makeTempDir();
  store = await openStore(temp.dbPath, { hashSalt: 'salt' });
  glossary = withPair();
  const deps: BotDeps = {
    config: loadConfig({}),
    logger: createLogger('silent'),
    glossary: () => glossary,
    store,
    now: () => NOW,
  };
  const health = createHealthRoutes({ ready: () => true, report: async () => ({ ok: true }) as never });
  server = await startHealthServer(0, [...health, ...createWebRoutes(deps)]);
  base = `http://127.0.0.1:${server.port}`;
});
afterEach(async () => {
  await server?.close();
  await store.close();
  temp.cleanup();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, { redirect: 'manual', headers });

describe('compare pages served by the bot', () => {
  it('GIVEN two terms THEN /compare/<a>/<b>/ is the side-by-side page, for any pair of terms', async () => {
    const res = await get('/compare/fine-tuning/lora/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).toContain('<h1>Fine-tuning vs LoRA</h1>');
    expect(html).toContain('<input type="hidden" name="slug" value="fine-tuning~lora">');
    expect((await get('/compare/fine-tuning/lora/index.html')).status).toBe(200);
    const unlinked = await get('/compare/kv-cache/rlhf/');
    expect(unlinked.status).toBe(200);
    expect(await unlinked.text()).toContain('<h1>KV cache vs RLHF</h1>');
  });

  it('GIVEN the other order, no slash, or one term twice THEN it redirects (relatively) to the one address', async () => {
    const swapped = await get('/compare/lora/fine-tuning/');
    expect(swapped.status).toBe(301);
    expect(swapped.headers.get('location')).toBe('../../fine-tuning/lora/');
    expect((await get('/compare/lora/fine-tuning')).headers.get('location')).toBe('../fine-tuning/lora/');
    expect((await get('/compare/fine-tuning/lora')).headers.get('location')).toBe('../fine-tuning/lora/');
    expect((await get('/compare/rlhf/rlhf/')).headers.get('location')).toBe('../../../terms/rlhf/');
  });

  it('GIVEN an unknown slug THEN a 404 page names it and suggests the nearest term', async () => {
    const res = await get('/compare/lora/rlfh/');
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('There is no term “rlfh” in the glossary');
    expect(html).toContain('<a href="../../../terms/rlhf/index.html">RLHF</a>');
    expect((await get('/compare/lora/a/b/')).status).toBe(404);
  });

  it('GIVEN an ETag THEN a revisit is a 304 until a term edit changes the page', async () => {
    const first = await get('/compare/fine-tuning/lora/');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^".+"$/);
    expect((await get('/compare/fine-tuning/lora/', { 'if-none-match': etag })).status).toBe(304);
    glossary = withPair('LoRA v2');
    const edited = await get('/compare/fine-tuning/lora/', { 'if-none-match': etag });
    expect(edited.status).toBe(200);
    expect(await edited.text()).toContain('<h1>Fine-tuning vs LoRA v2</h1>');
  });

  it('GIVEN a vote on the pair in either order THEN one vote per browser lands under the comparison key', async () => {
    const vote = (slug: string, value: string, cookie = '') =>
      fetch(`${base}/api/votes`, {
        method: 'POST',
        body: new URLSearchParams({ slug, vote: value }),
        headers: { accept: 'application/json', cookie },
      });
    const first = await vote('fine-tuning~lora', 'up');
    expect(first.status).toBe(200);
    expect(((await first.json()) as { message: string }).message).toContain('Thanks');
    const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    await vote('lora~fine-tuning', 'down', cookie);
    expect((await store.usageStats(new Date(0), 10)).helpfulness).toEqual([
      { slug: 'fine-tuning~lora', up: 0, down: 1 },
    ]);
    for (const bad of ['lora~lora', 'lora~nope', 'lora~fine-tuning~rlhf'])
      expect((await vote(bad, 'up')).status).toBe(404);
    const plain = await fetch(`${base}/api/votes`, {
      method: 'POST',
      body: new URLSearchParams({ slug: 'lora~fine-tuning', vote: 'up' }),
    });
    expect(await plain.text()).toContain(
      '<a href="../compare/fine-tuning/lora/index.html">Back to Fine-tuning vs LoRA</a>',
    );
  });
});
