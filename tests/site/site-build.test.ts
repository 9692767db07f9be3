import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliContext } from '../../adapters/cli/command.js';
import { runCli } from '../../adapters/cli/run.js';
import { loadGlossary } from '../../src/glossary/load-glossary.js';

let out: string;
let result: { code: number; stdout: string; stderr: string };

async function cli(args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const ctx: CliContext = {
    env: { TERMS_DIR: 'terms' },
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
    stdinLines: () => createInterface({ input: Readable.from(['']) }),
  };
  return { code: await runCli(args, ctx), stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

/** Every HTML file under a folder, relative to it. */
function htmlFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(prefix, entry.name);
    if (entry.isDirectory()) return htmlFiles(dir, rel);
    return entry.name.endsWith('.html') ? [rel] : [];
  });
}

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'glossary-site-'));
  result = await cli(['site', 'build', out]);
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

describe('glossary site build', () => {
  it('GIVEN the shipped terms THEN it writes one folder per term, the home page, assets and data', async () => {
    const glossary = await loadGlossary('terms');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Wrote ${glossary.size} term pages`);
    expect(readdirSync(path.join(out, 'terms')).sort()).toEqual(glossary.terms.map((t) => t.slug).sort());
    for (const file of ['index.html', 'assets/site.css', 'assets/site.js', 'glossary.json', 'glossary.js']) {
      expect(existsSync(path.join(out, file)), file).toBe(true);
    }
  });

  it('GIVEN glossary.json THEN it holds every term with all its fields, as the bot loaded them', async () => {
    const glossary = await loadGlossary('terms');
    const json = JSON.parse(readFileSync(path.join(out, 'glossary.json'), 'utf8')) as { terms: unknown[] };
    const sorted = [...glossary.terms].sort((a, b) => (a.slug < b.slug ? -1 : 1));
    expect(json.terms).toEqual(sorted.map((t) => JSON.parse(JSON.stringify(t))));
  });

  it('GIVEN any page THEN every link is relative and points at a file of the site (or an https source)', () => {
    const files = htmlFiles(out);
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const html = readFileSync(path.join(out, file), 'utf8');
      for (const [, link] of html.matchAll(/(?:href|src|action)="([^"]*)"/g)) {
        if (!link || link.startsWith('#') || link.startsWith('https://') || link === 'data:,') continue;
        expect(link, `${file}: ${link}`).not.toMatch(/^(\/|[a-z]+:)/);
        const target = path.join(out, path.dirname(file), link.replace(/&amp;/g, '&'));
        expect(existsSync(target), `${file} links to missing ${link}`).toBe(true);
      }
    }
  });

  it('GIVEN terms whose comparison names another term THEN each such pair has one compare page, linked from both', async () => {
    const glossary = await loadGlossary('terms');
    const pairs = new Set(
      glossary.terms
        .filter((t) => t.comparison.slug && t.comparison.slug !== t.slug && glossary.get(t.comparison.slug))
        .map((t) => [t.slug, t.comparison.slug].sort().join('/')),
    );
    expect(pairs.size).toBeGreaterThan(10);
    const written = readdirSync(path.join(out, 'compare')).flatMap((a) =>
      readdirSync(path.join(out, 'compare', a)).map((b) => `${a}/${b}`),
    );
    expect(written.sort()).toEqual([...pairs].sort());
    const lora = readFileSync(path.join(out, 'terms/lora/index.html'), 'utf8');
    expect(lora).toContain('href="../../compare/fine-tuning/lora/index.html"');
    const page = readFileSync(path.join(out, 'compare/fine-tuning/lora/index.html'), 'utf8');
    expect(page).toContain('<table>');
    expect(page).not.toContain('data-vote');
  });

  it('GIVEN the static site THEN term pages have no vote form (no bot to receive votes)', () => {
    expect(readFileSync(path.join(out, 'terms/rlhf/index.html'), 'utf8')).not.toContain('data-vote');
  });

  it('GIVEN no folder THEN it explains the usage and exits 2', async () => {
    const usage = await cli(['site', 'build']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('glossary site build out');
  });
});
