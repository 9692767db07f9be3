import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Glossary } from '../../src/glossary/glossary.js';
import { renderMessagePage, SITE_PATHS } from '../../src/render/html/index.js';
import { comparisonKey } from '../../src/render/ids.js';
import { recordVote, VOTE_NOT_SAVED } from '../../src/store/feedback.js';
import type { BotDeps } from '../deps.js';
import type { RateLimiter } from './rate-limit.js';
import { readBody, sendFresh, TYPES } from './respond.js';

/** The cookie holding a browser's random voter id; only its salted hash is stored, like chat user ids. */
export const VOTER_COOKIE = 'glossary_voter';
const VOTER_ID = /^[A-Za-z0-9_-]{24,64}$/;
const YEAR_S = 365 * 24 * 3600;

/**
 * `POST /api/votes` (form fields `slug` (a term, or a comparison's `a~b`), `vote`): one anonymous vote per
 * browser and term or pair, in the same store
 * as chat votes. Answers JSON to the page script and a small page to a plain form post (no JavaScript).
 * Refused: posts from other sites (Origin), more than the limiter allows per address, unknown terms.
 */
export async function handleVote(
  req: IncomingMessage,
  res: ServerResponse,
  deps: BotDeps,
  limiter: RateLimiter,
): Promise<void> {
  const json = (req.headers.accept ?? '').includes('application/json');
  const answer = (
    status: number,
    message: string,
    headers: Record<string, string> = {},
    back?: { title: string; path: string },
  ) => {
    if (json) return sendFresh(req, res, status, TYPES.json, JSON.stringify({ ok: status === 200, message }), headers);
    const title = status === 200 ? 'Thanks for the feedback' : 'Your vote was not counted';
    const page = renderMessagePage({ title, lines: [message], root: '../', ...(back ? { back } : {}) });
    return sendFresh(req, res, status, TYPES.html, page, headers);
  };
  if (!isSameOrigin(req)) return answer(403, 'Votes are only accepted from the glossary’s own pages.');
  if (!limiter.allow(req.socket.remoteAddress ?? 'unknown')) {
    return answer(429, 'Too many votes from your network. Please wait a minute and try again.', {
      'retry-after': String(Math.ceil(limiter.windowMs / 1000)),
    });
  }
  const body = await readBody(req, 2048);
  const form = new URLSearchParams(body ?? '');
  const vote = form.get('vote');
  if (body === undefined || (vote !== 'up' && vote !== 'down')) {
    return answer(400, 'Choose 👍 Helpful or 👎 Not helpful on a term’s page.');
  }
  const target = voteTarget(deps.glossary(), form.get('slug') ?? '');
  if (!target) return answer(404, 'That term is not in the glossary (any more).');
  const { key: slug } = target;
  const known = readCookie(req, VOTER_COOKIE);
  const voter = known && VOTER_ID.test(known) ? known : randomBytes(24).toString('base64url');
  const notice = await recordVote(deps.store, deps.glossary(), {
    platform: 'web',
    userId: voter,
    slug,
    value: vote,
    at: deps.now(),
  });
  if (notice === VOTE_NOT_SAVED) return answer(503, notice.text);
  const secure = deps.config.PUBLIC_URL?.startsWith('https:') ? '; Secure' : '';
  const cookie = `${VOTER_COOKIE}=${voter}; Path=/; Max-Age=${YEAR_S}; HttpOnly; SameSite=Lax${secure}`;
  return answer(200, notice.text, voter === known ? {} : { 'set-cookie': cookie }, target.back);
}

/**
 * What a vote is about: a term slug, or two different terms as `a~b` in either order (stored under
 * `comparisonKey`, so both orders share one vote per browser); undefined for anything else.
 */
function voteTarget(
  glossary: Glossary,
  key: string,
): { key: string; back: { title: string; path: string } } | undefined {
  const slugs = key.split('~');
  const terms = slugs.sort().map((slug) => glossary.get(slug));
  const [a, b] = terms;
  if (slugs.length === 1 && a) return { key: a.slug, back: { title: a.title, path: SITE_PATHS.term(a.slug) } };
  if (slugs.length !== 2 || !a || !b || a.slug === b.slug) return undefined;
  const back = { title: `${a.title} vs ${b.title}`, path: SITE_PATHS.compare(a.slug, b.slug) };
  return { key: comparisonKey(a.slug, b.slug), back };
}

/** A browser sends Origin on every POST; another site's (or a sandboxed frame's `null`) is refused. */
function isSameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (!URL.canParse(origin)) return false;
  return new URL(origin).host === req.headers.host;
}

function readCookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}
