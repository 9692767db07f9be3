import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, dump, load } from 'js-yaml';

/**
 * Writes a terms folder of about `size` real-sized term files: copies of the shipped terms, each copy with
 * its own suffix on slugs, titles and aliases, and links kept inside the copy, so it passes validation.
 */
export function writeLargeGlossary(sourceDir: string, targetDir: string, size: number): number {
  mkdirSync(targetDir, { recursive: true });
  const files = readdirSync(sourceDir).filter((n) => n.endsWith('.yaml'));
  const terms = files.map((name) => ({
    slug: name.slice(0, -'.yaml'.length),
    data: load(readFileSync(path.join(sourceDir, name), 'utf8'), { schema: CORE_SCHEMA }) as Record<string, unknown>,
  }));
  let written = 0;
  for (let copy = 1; written < size; copy++) {
    const suffix = copy === 1 ? '' : `-v${copy}`;
    for (const [index, { slug, data }] of terms.entries()) {
      if (written >= size) break;
      const term = structuredClone(data) as {
        title: string;
        aliases?: string[];
        related: { slug: string }[];
        comparison: { slug?: string };
      };
      if (suffix) {
        term.title = `${term.title} v${copy}`.slice(-60);
        term.aliases = (term.aliases ?? []).map((alias) => `${alias} v${copy}`.slice(-60));
        for (const link of term.related) link.slug += suffix;
        if (term.comparison.slug) term.comparison.slug += suffix;
        // One link from each copy to the original keeps the whole glossary connected (a checked rule).
        const original = terms[(index + 1) % terms.length]?.slug;
        if (index === 0 && term.related[0] && original) term.related[0].slug = original;
      }
      writeFileSync(path.join(targetDir, `${slug}${suffix}.yaml`), dump(term, { lineWidth: 120 }));
      written++;
    }
  }
  return written;
}
