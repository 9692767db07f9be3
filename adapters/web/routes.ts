import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_SLUG_LENGTH } from '../../src/glossary/schema.js';
import { renderMessagePage, rootFor, SITE_PATHS } from '../../src/render/html/index.js';
import { searchGlossary } from '../../src/search.js';
import type { BotDeps } from '../deps.js';
import type { HealthRoute } from '../runtime/health-server.js';
import { RateLimiter } from './rate-limit.js';
import { cacheable, redirect, sendCached, sendFresh, TYPES } from './respond.js';
import { createSiteCache } from './site-cache.js';
import { handleStats } from './stats.js';
import { handleVote } from './votes.js';

/** Votes one address may send per minute. */
const VOTES_PER_MINUTE = 30;
const SLUG = `([a-z0-9-]{1,${MAX_SLUG_LENGTH}})`;
const TERM_PATH = new RegExp(`^/terms/${SLUG}(/|/index\\.html)?$`);
const COMPARE_PATH = new RegExp(`^/compare/${SLUG}/${SLUG}(/|/index\\.html)?$`);

export interface WebOptions {
  limiter?: RateLimiter;
}

/**
 * The web glossary as one catch-all route for the server that answers /healthz (HEALTH_PORT's, or Slack's
 * on PORT); list it after the health routes. Pages: `/`, `/terms/<slug>/`, `/glossary.json`, the assets,
 * `/compare/<a>/<b>/`, `/api/search?q=`, `POST /api/votes`, `/stats`; anything else is a 404 page.
 */
export function createWebRoutes(deps: BotDeps, options: WebOptions = {}): HealthRoute[] {
  const site = createSiteCache(deps.glossary, deps.now);
  const limiter = options.limiter ?? new RateLimiter(VOTES_PER_MINUTE, 60_000);

  const notFound = (req: IncomingMessage, res: ServerResponse, path: string, slug?: string) => {
    const suggestions = slug ? suggestionsFor(deps, slug) : [];
    const lines = slug
      ? [
          `There is no term “${slug}” in the glossary.`,
          'Search for it on the home page, or ask a maintainer to add it.',
        ]
      : ['There is no page at this address.'];
    const page = renderMessagePage({ title: 'Page not found', lines, root: rootFor(path.slice(1)), suggestions });
    sendFresh(req, res, 404, TYPES.html, page);
  };

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (path === `/${SITE_PATHS.votes}`) {
      if (req.method !== 'POST') return sendFresh(req, res, 405, TYPES.json, '{"ok":false}', { allow: 'POST' });
      return handleVote(req, res, deps, limiter);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendFresh(req, res, 405, TYPES.html, 'Method not allowed', { allow: 'GET, HEAD' });
    }
    const term = TERM_PATH.exec(path);
    if (term) {
      const slug = term[1] ?? '';
      if (term[2] === undefined) return redirect(res, `${slug}/`);
      const page = site.term(slug);
      return page ? sendCached(req, res, page) : notFound(req, res, path, slug);
    }
    const compare = COMPARE_PATH.exec(path);
    if (compare) return sendComparison(req, res, path, compare[1] ?? '', compare[2] ?? '', compare[3]);
    switch (path) {
      case '/':
      case `/${SITE_PATHS.home}`:
        return sendCached(req, res, site.home());
      case `/${SITE_PATHS.json}`:
        return sendCached(req, res, site.json());
      case `/${SITE_PATHS.data}`:
        return sendCached(req, res, site.data());
      case `/${SITE_PATHS.stylesheet}`:
        return sendCached(req, res, site.stylesheet());
      case `/${SITE_PATHS.script}`:
        return sendCached(req, res, await site.script());
      case '/api/search':
        return sendSearch(req, res, url, deps);
      case '/stats':
        return handleStats(req, res, url, deps);
      default:
        return notFound(req, res, path);
    }
  };

  /**
   * `/compare/<a>/<b>/`: any two terms side by side. A pair has one address, its slugs sorted (the other order
   * and a missing slash redirect there, relatively); the same term twice redirects to its page; an unknown slug
   * gets a 404 page naming it, with the nearest terms.
   */
  const sendComparison = (
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    a: string,
    b: string,
    suffix: string | undefined,
  ) => {
    const glossary = deps.glossary();
    const unknown = [a, b].filter((slug) => !glossary.get(slug));
    if (unknown.length > 0) {
      const suggestions = unknown.flatMap((slug) => suggestionsFor(deps, slug));
      const lines = [
        `There is no term ${unknown.map((slug) => `“${slug}”`).join(' or ')} in the glossary, so there is nothing to compare.`,
        'Search for it on the home page, or ask a maintainer to add it.',
      ];
      const page = renderMessagePage({ title: 'Page not found', lines, root: rootFor(path.slice(1)), suggestions });
      return sendFresh(req, res, 404, TYPES.html, page);
    }
    const up = suffix === undefined ? '../' : '../../';
    if (a === b) return redirect(res, `${up}../${SITE_PATHS.termDir(a)}`);
    if (a > b || suffix === undefined)
      return redirect(res, `${up}${SITE_PATHS.compareDir(a, b).slice('compare/'.length)}`);
    const page = site.comparison(a, b);
    return page ? sendCached(req, res, page) : notFound(req, res, path);
  };

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    route(req, res).catch((error: unknown) => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      deps.logger.error({ err: error, path }, 'Web page failed');
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const page = renderMessagePage({
        title: 'Something went wrong',
        lines: [APOLOGY_LINE],
        root: rootFor(path.slice(1)),
      });
      sendFresh(req, res, 500, TYPES.html, page);
    });
  };
  return [{ path: '/{*path}', method: ['GET', 'HEAD', 'POST'], handler }];
}

const APOLOGY_LINE = 'Sorry, something went wrong on our side. Please try again in a moment.';

/** `GET /api/search?q=…`: the home page's search, for other tools; the same ranking as `/define`. */
function sendSearch(req: IncomingMessage, res: ServerResponse, url: URL, deps: BotDeps): void {
  const query = (url.searchParams.get('q') ?? '').slice(0, 200);
  const results = searchGlossary(deps.glossary(), query).map((ref) => ({ ...ref, path: SITE_PATHS.term(ref.slug) }));
  sendCached(req, res, cacheable(`${JSON.stringify({ query, results })}\n`, TYPES.json));
}

/** The nearest terms to a mistyped address (`/terms/rlfh/`), from the bot's lookup. */
function suggestionsFor(deps: BotDeps, slug: string) {
  const resolution = deps.glossary().index.resolve(slug.replace(/-/g, ' '));
  if (resolution.kind === 'term') return [deps.glossary().ref(resolution.slug)].flatMap((r) => r ?? []);
  return resolution.suggestions.slice(0, 5);
}
