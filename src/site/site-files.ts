import { termOfTheDay, termReply } from '../answer.js';
import { compareSlugs } from '../answer-comparison.js';
import type { Glossary } from '../glossary/glossary.js';
import type { Term } from '../glossary/schema.js';
import {
  loadSiteScript,
  renderComparisonPage,
  renderHomePage,
  renderStylesheet,
  renderTermPage,
  SITE_PATHS,
  safeJson,
} from '../render/html/index.js';

/** Options shared by the static site and the pages the bot serves. */
export interface SiteOptions {
  /** Whether pages carry the *Helpful?* form (only when a bot receives the votes). */
  votes: boolean;
  /** The day whose term of the day the home page shows. */
  now: Date;
}

/** `glossary.json`: every term with all its fields, alphabetically by slug, the data the bot answers from. */
export function glossaryJson(glossary: Glossary): string {
  const terms = [...glossary.terms].sort((a, b) => (a.slug < b.slug ? -1 : 1));
  return `${JSON.stringify({ terms: terms.map(withSlugFirst), count: terms.length }, null, 2)}\n`;
}

/** `glossary.js`: the same terms as a script, so the home page's search works from disk (file:// cannot fetch). */
export function glossaryScript(glossary: Glossary): string {
  return `window.GLOSSARY_TERMS=${safeJson(glossary.terms)};\n`;
}

function withSlugFirst(term: Term): Term {
  const { slug, ...rest } = term;
  return { slug, ...rest };
}

/** The home page, with the glossary-wide term of the day. */
export function homePage(glossary: Glossary, options: SiteOptions): string {
  const today = termOfTheDay(glossary, options.now);
  const term = today === undefined ? undefined : glossary.get(today);
  return renderHomePage(glossary.terms, term ? { today: term } : {});
}

/** A term's page, or undefined when the slug is not a term. */
export function termPage(glossary: Glossary, slug: string, options: SiteOptions): string | undefined {
  const reply = termReply(glossary, slug, 'overview', { kind: 'lookup' });
  if (!reply) return undefined;
  return renderTermPage(reply, { votes: options.votes, hasTerm: (s) => glossary.get(s) !== undefined });
}

/** The side-by-side page of two terms, or undefined when either is not a term or both are the same. */
export function comparisonPage(glossary: Glossary, a: string, b: string, options: SiteOptions): string | undefined {
  const reply = compareSlugs(glossary, a, b);
  return reply && renderComparisonPage(reply, { votes: options.votes });
}

/**
 * The pairs the static site gets a compare page for: each term whose reviewed comparison names another term of
 * the glossary (the pair its term page links to), sorted like `comparisonKey`, once per pair. Any other pair
 * is only served by the bot, which can compare any two terms.
 */
export function linkedPairs(glossary: Glossary): [string, string][] {
  const pairs = new Map<string, [string, string]>();
  for (const term of glossary.terms) {
    const other = term.comparison.slug;
    if (!other || other === term.slug || !glossary.get(other)) continue;
    const pair = [term.slug, other].sort() as [string, string];
    pairs.set(pair.join('~'), pair);
  }
  return [...pairs.values()];
}

/** Every file of the static site, by relative path: pages, stylesheet, script and data. */
export async function buildSiteFiles(glossary: Glossary, options: SiteOptions): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  files.set(SITE_PATHS.home, homePage(glossary, options));
  for (const term of glossary.terms) {
    const page = termPage(glossary, term.slug, options);
    if (page) files.set(SITE_PATHS.term(term.slug), page);
  }
  for (const [a, b] of linkedPairs(glossary)) {
    const page = comparisonPage(glossary, a, b, options);
    if (page) files.set(SITE_PATHS.compare(a, b), page);
  }
  files.set(SITE_PATHS.stylesheet, renderStylesheet());
  files.set(SITE_PATHS.script, await loadSiteScript());
  files.set(SITE_PATHS.json, glossaryJson(glossary));
  files.set(SITE_PATHS.data, glossaryScript(glossary));
  return files;
}
