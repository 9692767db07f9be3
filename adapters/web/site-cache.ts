import type { Glossary } from '../../src/glossary/glossary.js';
import { loadSiteScript, renderStylesheet } from '../../src/render/html/index.js';
import { comparisonPage, glossaryJson, glossaryScript, homePage, termPage } from '../../src/site/site-files.js';
import { type CachedBody, cacheable, TYPES } from './respond.js';

/** What the served site can answer from memory: pages, data and assets, each with its ETag. */
export interface SiteCache {
  home(): CachedBody;
  term(slug: string): CachedBody | undefined;
  /** Two terms side by side, in the order given (the route passes them sorted). */
  comparison(a: string, b: string): CachedBody | undefined;
  json(): CachedBody;
  data(): CachedBody;
  stylesheet(): CachedBody;
  script(): Promise<CachedBody>;
}

/**
 * Renders each page once per glossary version and day (the home page's term of the day), and starts over when
 * the watcher swaps in an edited glossary, so edits show on the next request, like the bot's answers.
 */
export function createSiteCache(glossary: () => Glossary, now: () => Date): SiteCache {
  let version: { glossary: Glossary; day: string; bodies: Map<string, CachedBody | undefined> } | undefined;
  const memo = (key: string, make: (g: Glossary, at: Date) => CachedBody | undefined) => {
    const current = glossary();
    const at = now();
    const day = at.toISOString().slice(0, 10);
    if (version?.glossary !== current || version.day !== day) version = { glossary: current, day, bodies: new Map() };
    if (!version.bodies.has(key)) version.bodies.set(key, make(current, at));
    return version.bodies.get(key);
  };
  const stylesheet = cacheable(renderStylesheet(), TYPES.css);
  let script: Promise<CachedBody> | undefined;
  const options = (at: Date) => ({ votes: true, now: at });
  return {
    home: () => memo('home', (g, at) => cacheable(homePage(g, options(at)), TYPES.html)) as CachedBody,
    term: (slug) =>
      memo(`term:${slug}`, (g, at) => {
        const page = termPage(g, slug, options(at));
        return page === undefined ? undefined : cacheable(page, TYPES.html);
      }),
    comparison: (a, b) => {
      const make = (g: Glossary, at: Date) => {
        const page = comparisonPage(g, a, b, options(at));
        return page === undefined ? undefined : cacheable(page, TYPES.html);
      };
      // Only the linked pairs (a term's own comparison) are kept: any two terms can be compared, and keeping
      // every pair a crawler asks for would hold n² pages.
      const g = glossary();
      const linked = g.get(a)?.comparison.slug === b || g.get(b)?.comparison.slug === a;
      return linked ? memo(`compare:${a}/${b}`, make) : make(g, now());
    },
    json: () => memo('json', (g) => cacheable(glossaryJson(g), TYPES.json)) as CachedBody,
    data: () => memo('data', (g) => cacheable(glossaryScript(g), TYPES.js)) as CachedBody,
    stylesheet: () => stylesheet,
    script: () => {
      script ??= loadSiteScript().then((code) => cacheable(code, TYPES.js));
      return script;
    },
  };
}
