import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BotDeps } from '../../adapters/deps.js';
import { createHealthRoutes, type HealthServer, startHealthServer } from '../../adapters/runtime/health-server.js';
import { createWebRoutes } from '../../adapters/web/routes.js';
import { answer } from '../../src/answer.js';
import { loadConfig } from '../../src/config.js';
import type { Glossary } from '../../src/glossary/glossary.js';
import { loadGlossary } from '../../src/glossary/load-glossary.js';
import { createLogger } from '../../src/logger.js';
import { writeSite } from '../../src/site/write-site.js';
import { recordLookup } from '../../src/store/feedback.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import {
  browserAvailable,
  launchBrowser,
  SCREENSHOTS,
  seriousA11yViolations,
  watchErrors,
} from '../helpers/browser.js';

const run = browserAvailable();
const TOKEN = 'browser-stats-token-1234';
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true };
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };
/** Every section heading of a term page, in order (related terms only when the term has some). */
const SECTIONS = [
  'In plain words',
  'Examples',
  'At a glance',
  'Why it matters',
  "Where it's used",
  'Common misconceptions',
  'How to say it',
  'Curious about more?',
];

let browser: Browser;
let glossary: Glossary;
let site: string;
let dataDir: string;
let store: Store;
let server: HealthServer;
let base: string;

beforeAll(async () => {
  if (!run) return;
  glossary = await loadGlossary('terms');
  site = await mkdtemp(path.join(tmpdir(), 'glossary-browser-site-'));
  await writeSite(glossary, site, { votes: false, now: new Date() });
  dataDir = await mkdtemp(path.join(tmpdir(), 'glossary-browser-db-'));
  store = await openStore(path.join(dataDir, 'glossary.db'), { hashSalt: 'browser-salt' });
  const deps: BotDeps = {
    config: loadConfig({ STATS_TOKEN: TOKEN }),
    logger: createLogger('silent'),
    glossary: () => glossary,
    store,
    now: () => new Date(),
  };
  const health = createHealthRoutes({ ready: () => true, report: async () => ({ ok: true }) as never });
  server = await startHealthServer(0, [...health, ...createWebRoutes(deps)]);
  base = `http://127.0.0.1:${server.port}`;
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  if (!run) return;
  await browser?.close();
  await server?.close();
  await store?.close();
  await rm(site, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
});

/**
 * Opens a page in a fresh context (CSP bypassed only so axe-core can be injected into served pages). Console
 * errors are checked before axe runs: from disk, axe's own request for the stylesheet is refused by file:// CORS.
 */
async function open(url: string, options: BrowserContextOptions = DESKTOP): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ ...options, bypassCSP: true });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(url);
  return { page, errors };
}

const fromDisk = (file: string) => pathToFileURL(path.join(site, file)).href;
const visibleSlugs = (page: Page) =>
  page.locator('.term-list > li:visible').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.slug));

describe.runIf(run)('the web glossary in Chromium', { timeout: 90_000 }, () => {
  it('GIVEN the built site opened from disk THEN a typo finds the term as you type, and filters narrow the list', async () => {
    const { page, errors } = await open(fromDisk('index.html'), PHONE);
    await page.getByLabel('Search').fill('transfomer');
    // The typo's term comes first; neighbours that share the word may follow (the glossary grows).
    await expect.poll(async () => (await visibleSlugs(page))[0]).toBe('transformer');
    const shown = (await visibleSlugs(page)).length;
    expect(shown).toBeLessThan(glossary.size / 10);
    await expect.poll(() => page.locator('[data-count]').textContent()).toBe(`${shown} term${shown === 1 ? '' : 's'}`);
    await page.screenshot({ path: `${SCREENSHOTS}/home-search-phone.png`, fullPage: false });
    await page.getByLabel('Search').fill('');
    await page.getByLabel('Difficulty').selectOption('advanced');
    const advanced = glossary.terms.filter((t) => t.difficulty === 'advanced').map((t) => t.slug);
    expect((await visibleSlugs(page)).sort()).toEqual(advanced.sort());
    expect(errors).toEqual([]);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('GIVEN the built site from disk THEN a description typed in the search lists the described term first', async () => {
    const { page, errors } = await open(fromDisk('index.html'), PHONE);
    await page.getByLabel('Search').fill('when a model makes things up');
    await expect.poll(async () => (await visibleSlugs(page))[0]).toBe('hallucination');
    await page.getByLabel('Search').fill('lora vs fine tuning');
    await expect.poll(async () => (await visibleSlugs(page)).slice(0, 2)).toEqual(['lora', 'fine-tuning']);
    expect(errors).toEqual([]);
  });

  it('GIVEN a term page from disk THEN At a glance opens the compare page: both terms, a table, working links', async () => {
    const { page, errors } = await open(fromDisk('terms/lora/index.html'), PHONE);
    await page.getByRole('link', { name: /side by side/ }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Fine-tuning vs LoRA');
    expect(await page.locator('table caption').textContent()).toContain('Fine-tuning compared with LoRA');
    expect(await page.locator('table tbody tr').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('.badge').count()).toBe(2);
    const links = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const link of links.filter((l) => l.startsWith('file:'))) {
      expect(existsSync(fileURLToPath(link.split('#')[0] ?? '')), link).toBe(true);
    }
    await page.screenshot({ path: `${SCREENSHOTS}/compare-phone.png`, fullPage: true });
    await page.getByRole('link', { name: 'LoRA', exact: true }).first().click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('LoRA');
    expect(errors).toEqual([]);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('GIVEN the compare page the bot serves THEN it reads on a phone and a 👍 lands under the pair', async () => {
    const { page, errors } = await open(`${base}/compare/lora/fine-tuning/`, { ...PHONE, colorScheme: 'dark' });
    await expect.poll(() => page.locator('h1').textContent()).toBe('Fine-tuning vs LoRA');
    expect(page.url()).toBe(`${base}/compare/fine-tuning/lora/`);
    await page.getByRole('button', { name: 'Helpful', exact: true }).click();
    await expect.poll(() => page.locator('.vote-status').textContent()).toContain('Thanks');
    const stats = await store.usageStats(new Date(0), 10);
    expect(stats.helpfulness).toContainEqual({ slug: 'fine-tuning~lora', up: 1, down: 0 });
    await page.screenshot({ path: `${SCREENSHOTS}/compare-dark-phone.png`, fullPage: true });
    expect(errors).toEqual([]);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('GIVEN a term page from disk THEN every section is visible and every link opens a page of the site', async () => {
    const { page, errors } = await open(fromDisk('terms/post-training/index.html'));
    await expect.poll(() => page.locator('h1').textContent()).toBe('Post-training');
    expect(await page.locator('h2').allTextContents()).toEqual(SECTIONS);
    for (const heading of SECTIONS) expect(await page.getByRole('heading', { name: heading }).isVisible()).toBe(true);
    expect(await page.locator('table tbody tr').count()).toBeGreaterThanOrEqual(4);
    const links = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const link of links.filter((l) => l.startsWith('file:'))) {
      expect(existsSync(fileURLToPath(link.split('#')[0] ?? '')), link).toBe(true);
    }
    await page.getByRole('link', { name: 'Pre-training', exact: true }).first().click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Pre-training');
    await page.screenshot({ path: `${SCREENSHOTS}/term-desktop.png`, fullPage: true });
    expect(errors).toEqual([]);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('GIVEN JavaScript off THEN the pages still read, and the filters still work (CSS only)', async () => {
    const { page } = await open(fromDisk('index.html'), { ...DESKTOP, javaScriptEnabled: false });
    expect(await page.getByLabel('Search').isVisible()).toBe(false);
    await page.getByLabel('Category').selectOption('Evaluation');
    const evaluation = glossary.terms.filter((t) => t.categories.includes('Evaluation')).map((t) => t.slug);
    expect((await visibleSlugs(page)).sort()).toEqual(evaluation.sort());
  });

  it('GIVEN the pages the bot serves THEN search works and a 👍 vote lands in the store', async () => {
    const home = await open(`${base}/`, { ...DESKTOP, colorScheme: 'dark' });
    await home.page.getByLabel('Search').fill('rlfh');
    await expect.poll(() => visibleSlugs(home.page).then((s) => s[0])).toBe('rlhf');
    await home.page.screenshot({ path: `${SCREENSHOTS}/home-dark-desktop.png` });
    expect(home.errors).toEqual([]);
    expect(await seriousA11yViolations(home.page)).toEqual([]);

    const { page, errors } = await open(`${base}/terms/rlhf/`, { ...PHONE, colorScheme: 'dark' });
    await page.getByRole('button', { name: 'Helpful', exact: true }).click();
    await expect.poll(() => page.locator('.vote-status').textContent()).toContain('Thanks');
    expect(await page.getByRole('button', { name: 'Helpful', exact: true }).getAttribute('aria-pressed')).toBe('true');
    const stats = await store.usageStats(new Date(0), 10);
    expect(stats.helpfulness).toContainEqual({ slug: 'rlhf', up: 1, down: 0 });
    await page.screenshot({ path: `${SCREENSHOTS}/term-dark-phone.png`, fullPage: true });
    expect(errors).toEqual([]);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('GIVEN the stats page and a 404 THEN both render accessibly', async () => {
    const day = 86_400_000;
    for (const [ago, query] of [
      [0, 'rlhf'],
      [0, 'agi'],
      [1, 'kv cache'],
      [3, 'rlhf'],
      [3, 'qbit'],
    ] as const) {
      const reply = answer(glossary, { kind: 'define', query });
      await recordLookup(store, 'slack', query, reply, new Date(Date.now() - ago * day));
    }
    const stats = await open(`${base}/stats?token=${TOKEN}`);
    expect(await stats.page.locator('.chart rect.bar-lookups').count()).toBe(30);
    expect(await stats.page.locator('.chart svg').isVisible()).toBe(true);
    expect(await seriousA11yViolations(stats.page)).toEqual([]);
    await stats.page.screenshot({ path: `${SCREENSHOTS}/stats-desktop.png`, fullPage: true });
    const missing = await open(`${base}/terms/rlfh/`, PHONE);
    expect(await missing.page.getByRole('link', { name: 'Reinforcement learning from human feedback' }).count()).toBe(
      1,
    );
    expect(await seriousA11yViolations(missing.page)).toEqual([]);
  });
});
