import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { glossaryCacheDir } from '../../src/glossary/glossary-cache.js';
import { loadGlossary } from '../../src/glossary/load-glossary.js';
import { type GlossaryWatcher, watchGlossary } from '../../src/glossary/watch.js';
import { writeLinkedTermsDir } from '../helpers/linked-terms.js';

function setSummary(dir: string, slug: string, summary: string): void {
  const file = path.join(dir, `${slug}.yaml`);
  const fields = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  writeFileSync(file, stringify({ ...fields, summary }));
}

/** Rewrites the one cache file with `change` applied to its stored terms (to see whether it is used). */
function tamperWithCache(cacheDir: string, change: (term: Record<string, unknown>) => void): void {
  const [name] = readdirSync(cacheDir);
  const file = path.join(cacheDir, name ?? '');
  const stored = JSON.parse(readFileSync(file, 'utf8'));
  for (const term of stored.terms) change(term);
  writeFileSync(file, JSON.stringify(stored));
}

describe('glossary cache', () => {
  it('GIVEN an unchanged terms folder THEN the next start serves the cached glossary', async () => {
    const dir = writeLinkedTermsDir();
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'glossary-cache-'));
    const first = await loadGlossary(dir, { cacheDir });
    tamperWithCache(cacheDir, (term) => {
      term.summary = 'From the cache.';
    });
    const second = await loadGlossary(dir, { cacheDir });
    expect(second.get('rlhf')?.summary).toBe('From the cache.');
    expect(second.contentHash).toBe(first.contentHash);
  });

  it('GIVEN a term file edited since THEN the files are read again, not the cache', async () => {
    const dir = writeLinkedTermsDir();
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'glossary-cache-'));
    await loadGlossary(dir, { cacheDir });
    setSummary(dir, 'rlhf', 'A longer summary written after the cache was filled.');
    const again = await loadGlossary(dir, { cacheDir });
    expect(again.get('rlhf')?.summary).toBe('A longer summary written after the cache was filled.');
  });

  it('GIVEN an edit that breaks validation THEN loading fails even though a cache exists', async () => {
    const dir = writeLinkedTermsDir();
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'glossary-cache-'));
    await loadGlossary(dir, { cacheDir });
    writeFileSync(path.join(dir, 'rlhf.yaml'), 'title: [unclosed\n');
    await expect(loadGlossary(dir, { cacheDir })).rejects.toThrow(/rlhf\.yaml:\d+:\d+ is not valid YAML/);
  });

  it('GIVEN GLOSSARY_CACHE_DIR THEN it picks the folder; "off" turns the cache off; else ~/.cache', () => {
    expect(glossaryCacheDir({ GLOSSARY_CACHE_DIR: '/var/cache/glossary' })).toBe('/var/cache/glossary');
    expect(glossaryCacheDir({ GLOSSARY_CACHE_DIR: 'off' })).toBeUndefined();
    expect(glossaryCacheDir({ HOME: '/home/bot' })).toBe('/home/bot/.cache/ai-glossary-bot');
    expect(glossaryCacheDir({ HOME: '/home/bot', XDG_CACHE_HOME: '/x' })).toBe('/x/ai-glossary-bot');
  });

  it('GIVEN an oversized term file added while running THEN the reload rejects it and keeps serving', async () => {
    const dir = writeLinkedTermsDir();
    const lines: string[] = [];
    const logger = { info: () => {}, warn: () => {}, error: (_: unknown, message: string) => void lines.push(message) };
    let watcher: GlossaryWatcher | undefined;
    try {
      watcher = watchGlossary({ dir, initial: await loadGlossary(dir), logger, pollMs: 20 });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(watcher.status().rejected).toBeUndefined();
      writeFileSync(path.join(dir, 'huge.yaml'), `title: "${'x'.repeat(20 * 1024 * 1024)}"\n`);
      const deadline = Date.now() + 8_000;
      while (!watcher.status().rejected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(watcher.status().rejected?.problems).toBe(1);
      expect(watcher.current().size).toBe(4);
      expect(lines).toContain('Term files changed but do not pass validation; still serving the last good glossary');
    } finally {
      await watcher?.stop();
    }
  });
});
