import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Headers on every web answer: no sniffing, no framing, scripts and styles only from the site itself. */
const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
};

export const TYPES = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
} as const;

/** A body with its ETag, computed once per version of the content. */
export interface CachedBody {
  body: string;
  etag: string;
  type: string;
}

/** Wraps a body with a strong ETag (a hash of the bytes, so equal content always gets the same tag). */
export function cacheable(body: string, type: string): CachedBody {
  return { body, type, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}

/**
 * Sends a cacheable body: `304 Not Modified` when the browser already has this version, else 200. Browsers
 * revalidate every time (`no-cache`), so an edited term shows on the next load while unchanged pages cost a 304.
 */
export function sendCached(req: IncomingMessage, res: ServerResponse, content: CachedBody, status = 200): void {
  const headers = {
    ...SECURITY_HEADERS,
    etag: content.etag,
    'cache-control': 'no-cache',
    'content-type': content.type,
  };
  const tags = (req.headers['if-none-match'] ?? '').split(',').map((t) => t.trim().replace(/^W\//, ''));
  if (status === 200 && (tags.includes(content.etag) || tags.includes('*'))) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : content.body);
}

/** Sends a body that must not be cached (errors, votes, the maintainer page). */
export function sendFresh(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  type: string,
  body: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'cache-control': 'no-store', 'content-type': type, ...headers });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** A permanent redirect to a relative address (`rlhf/` from `/terms/rlhf`), so it also works under a sub-path. */
export function redirect(res: ServerResponse, location: string): void {
  res.writeHead(301, { ...SECURITY_HEADERS, location, 'cache-control': 'no-cache' });
  res.end();
}

/** Reads a small request body; undefined when it is larger than `limit` bytes. */
export async function readBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
