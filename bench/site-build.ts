import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dump } from 'js-yaml';
import { loadGlossary } from '../src/glossary/load-glossary.js';
import type { Term } from '../src/glossary/schema.js';
import { loadSiteScript } from '../src/render/html/index.js';
import { writeSite } from '../src/site/write-site.js';

/** One `glossary site build` of a `terms`-sized glossary, median of `runs`. */
export interface SiteBuildResult {
  terms: number;
  files: number;
  /** Read + validate + index the term files (as the CLI does first). */
  loadMs: number;
  /** Render every page and write every file. */
  writeMs: number;
  totalMs: number;
}

/**
 * Builds the static site of a `size`-term glossary made of the shipped terms copied with new slugs (real
 * content lengths, real related links), as `glossary site build` does: load the files, render, write. The
 * browser script is read once beforehand, as from dist/ in production (from the sources it is bundled).
 */
export async function measureSiteBuild(dir: string, size = 300, runs = 3): Promise<SiteBuildResult> {
  const shipped = (await loadGlossary(dir)).terms;
  const termsDir = await mkdtemp(path.join(tmpdir(), 'bench-site-terms-'));
  const out = await mkdtemp(path.join(tmpdir(), 'bench-site-out-'));
  try {
    await Promise.all(
      Array.from({ length: size }, (_, i) => {
        const { slug, ...fields } = copyOf(shipped, i);
        return writeFile(path.join(termsDir, `${slug}.yaml`), dump(fields));
      }),
    );
    await loadSiteScript();
    const samples: SiteBuildResult[] = [];
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      const glossary = await loadGlossary(termsDir);
      const loaded = performance.now();
      const files = await writeSite(glossary, path.join(out, String(run)), { votes: false, now: new Date() });
      const done = performance.now();
      samples.push({
        terms: glossary.size,
        files,
        loadMs: loaded - started,
        writeMs: done - loaded,
        totalMs: done - started,
      });
    }
    samples.sort((a, b) => a.totalMs - b.totalMs);
    return samples[Math.floor(samples.length / 2)] as SiteBuildResult;
  } finally {
    await rm(termsDir, { recursive: true, force: true });
    await rm(out, { recursive: true, force: true });
  }
}

/** The i-th term: a shipped term, renamed for every pass after the first (its links point at the originals). */
function copyOf(shipped: readonly Term[], i: number): Term {
  const round = Math.floor(i / shipped.length);
  const term = shipped[i % shipped.length] as Term;
  if (round === 0) return term;
  const suffix = (slug: string) => `${slug}-copy-${round + 1}`;
  return {
    ...term,
    slug: suffix(term.slug),
    title: `${term.title} copy ${round + 1}`,
    aliases: term.aliases.map((a) => `${a} copy ${round + 1}`),
  };
}
