/**
 * Every page of the web glossary and where it lives, relative to the site root. Links are always relative
 * (`../../terms/rlhf/index.html`), so the same HTML works from disk, on any static host, under a sub-path, and
 * served by the bot. A new page is a new entry here, a renderer beside term-page.ts, and one route in
 * adapters/web/routes.ts.
 */
export const SITE_PATHS = {
  home: 'index.html',
  stylesheet: 'assets/site.css',
  script: 'assets/site.js',
  /** Every term with all fields, for people and tools. */
  json: 'glossary.json',
  /** The same data as a script, so the home page's search works when opened from disk (no fetch of file://). */
  data: 'glossary.js',
  term: (slug: string) => `terms/${slug}/index.html`,
  /** A term page's address without the file name, for links from chat cards. */
  termDir: (slug: string) => `terms/${slug}/`,
  /**
   * Two terms side by side, in either order: the slugs are sorted like `comparisonKey`, so a pair has one
   * address (the bot redirects the other order there; the static site writes only this one).
   */
  compare: (a: string, b: string) => `compare/${pair(a, b)}/index.html`,
  compareDir: (a: string, b: string) => `compare/${pair(a, b)}/`,
  /** Votes posted from a term page (served by the bot only). */
  votes: 'api/votes',
} as const;

/** The relative prefix from a page to the site root: `./` for the home page, `../../` for a term page. */
export function rootFor(pagePath: string): string {
  const depth = pagePath.split('/').length - 1;
  return depth === 0 ? './' : '../'.repeat(depth);
}

function pair(a: string, b: string): string {
  return [a, b].sort().join('/');
}
