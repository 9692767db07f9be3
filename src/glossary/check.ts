import { closestSlug } from '../lookup/distance.js';
import { compactKey, normalizeText } from '../lookup/normalize.js';
import type { SourceFile } from './load.js';
import type { Problem } from './problems.js';
import type { Term } from './schema.js';

/** A check over the whole glossary that may report problems for any file. */
export type GlossaryCheck = (terms: readonly Term[], sources: ReadonlyMap<string, SourceFile>) => Problem[];

function problemAt(source: SourceFile | undefined, fieldPath: (string | number)[], message: string): Problem {
  const pos = source?.locate(fieldPath) ?? { line: 1, col: 1 };
  return { file: source?.file ?? 'terms', ...pos, field: fieldPath.join('.'), message };
}

/** Related and comparison links must point at existing terms, not at the term itself, and not twice. */
export const checkLinks: GlossaryCheck = (terms, sources) => {
  const slugs = terms.map((t) => t.slug);
  const known = new Set(slugs);
  const problems: Problem[] = [];
  const unknown = (target: string) => {
    const near = closestSlug(target, slugs);
    return `"${target}" is not a term in this glossary${near ? ` (did you mean "${near}"?)` : ''}`;
  };
  for (const term of terms) {
    const source = sources.get(term.slug);
    const seen = new Set<string>();
    term.related.forEach((link, i) => {
      if (link.slug === term.slug) {
        problems.push(problemAt(source, ['related', i, 'slug'], 'a term cannot be related to itself'));
      } else if (!known.has(link.slug)) {
        problems.push(problemAt(source, ['related', i, 'slug'], unknown(link.slug)));
      } else if (seen.has(link.slug)) {
        problems.push(problemAt(source, ['related', i, 'slug'], `"${link.slug}" is listed twice`));
      }
      seen.add(link.slug);
    });
    const against = term.comparison.slug;
    if (against !== undefined && !known.has(against)) {
      problems.push(problemAt(source, ['comparison', 'slug'], unknown(against)));
    }
  }
  return problems;
};

/**
 * Titles, slugs and aliases must each lead to exactly one term, or lookups would be ambiguous.
 * Titles are claimed first, then slugs, then aliases, so a clash is reported on the less important name.
 */
export const checkNames: GlossaryCheck = (terms, sources) => {
  const owners = new Map<string, { slug: string; what: string }>();
  const problems: Problem[] = [];
  const claim = (term: Term, value: string, what: 'title' | 'slug' | 'alias', fieldPath: (string | number)[]) => {
    const source = sources.get(term.slug);
    const key = compactKey(normalizeText(value));
    if (key === '') {
      problems.push(problemAt(source, fieldPath, `${what} "${value}" has no letters or digits`));
      return;
    }
    const owner = owners.get(key);
    if (owner?.slug === term.slug) {
      if (what === 'alias')
        problems.push(problemAt(source, fieldPath, `alias "${value}" repeats this term's own name`));
    } else if (owner) {
      const name = what === 'title' && owner.what === 'title' ? 'duplicate title' : `${what} "${value}"`;
      problems.push(problemAt(source, fieldPath, `${name} is already used by "${owner.slug}" (as its ${owner.what})`));
    } else {
      owners.set(key, { slug: term.slug, what });
    }
  };
  for (const term of terms) claim(term, term.title, 'title', ['title']);
  const key = (name: string) => compactKey(normalizeText(name));
  // A slug that merely spells the title was claimed with it; reporting it again would repeat the same clash.
  for (const term of terms) if (key(term.slug) !== key(term.title)) claim(term, term.slug, 'slug', []);
  for (const term of terms) {
    for (const [i, alias] of term.aliases.entries()) claim(term, alias, 'alias', ['aliases', i]);
  }
  return problems;
};

/**
 * Every term must be reachable from every other through related links (in either direction),
 * so "Learn next" never strands a reader in a corner of the glossary.
 */
export const checkConnected: GlossaryCheck = (terms, sources) => {
  if (terms.length < 2) return [];
  const neighbours = new Map<string, Set<string>>(terms.map((t) => [t.slug, new Set<string>()]));
  for (const term of terms) {
    for (const link of term.related) {
      if (!neighbours.has(link.slug)) continue;
      neighbours.get(term.slug)?.add(link.slug);
      neighbours.get(link.slug)?.add(term.slug);
    }
  }
  const groups: string[][] = [];
  const seen = new Set<string>();
  for (const start of neighbours.keys()) {
    if (seen.has(start)) continue;
    const group: string[] = [];
    const queue = [start];
    seen.add(start);
    while (queue.length > 0) {
      const slug = queue.pop() as string;
      group.push(slug);
      for (const next of neighbours.get(slug) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    groups.push(group);
  }
  if (groups.length === 1) return [];
  groups.sort((a, b) => b.length - a.length);
  const main = groups[0] ?? [];
  return groups
    .slice(1)
    .flatMap((group) =>
      group
        .sort()
        .map((slug) =>
          problemAt(
            sources.get(slug),
            ['related'],
            `cannot be reached from the rest of the glossary (its group: ${group.slice(0, 5).join(', ')}${group.length > 5 ? ', …' : ''}); link it with a term such as "${main[0]}"`,
          ),
        ),
    );
};

/** The structural checks: cheap enough to run at every start and reload. */
export const GLOSSARY_CHECKS: readonly GlossaryCheck[] = [checkLinks, checkNames, checkConnected];
