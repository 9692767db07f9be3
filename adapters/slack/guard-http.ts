import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import type { Logger } from '../../src/logger.js';
import { SLACK_EVENTS_PATH } from './create-app.js';

/** Bolt's own limit for a request body. */
const BODY_LIMIT_BYTES = 4 * 1024 * 1024;

/** What the guard needs to know about the running bot. */
export interface GuardOptions {
  /** True once shutdown has begun: new Slack requests get 503 (Slack retries events), health routes still answer. */
  draining(): boolean;
  logger: Pick<Logger, 'warn'>;
}

/**
 * Puts a guard in front of Bolt's HTTP handler on `server`:
 * - while draining, `POST /slack/events` answers 503 and everything else (`/readyz` → 503) is still served, so
 *   the port stays open until the work in flight is done;
 * - a body that is not a JSON object (`null`, `3`, `payload=null`) gets 400. Bolt reads fields of the parsed
 *   body outside any try, so such a body, even validly signed, would reject a promise nobody handles.
 * The body is buffered here and handed to Bolt as `rawBody`, which Bolt then verifies as usual.
 */
export function guardSlackHttp(server: Server, options: GuardOptions): void {
  const handlers = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  const forward = (req: IncomingMessage, res: ServerResponse) => {
    for (const handler of handlers) handler.call(server, req, res);
  };
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path !== SLACK_EVENTS_PATH || req.method !== 'POST') return forward(req, res);
    if (options.draining()) return refuse(res, 503, 'The bot is restarting; try again in a few seconds.');
    readBody(req).then(
      (raw) => {
        if (raw === undefined) return refuse(res, 413, 'Request body too large.');
        if (!isObjectBody(raw, req.headers['content-type'])) {
          options.logger.warn({ path }, 'Refused a Slack request whose body is not a JSON object');
          return refuse(res, 400, 'The request body must be a JSON object.');
        }
        Object.assign(req, { rawBody: raw });
        forward(req, res);
      },
      () => refuse(res, 400, 'Could not read the request body.'),
    );
  });
}

function refuse(res: ServerResponse, status: number, message: string): void {
  if (res.headersSent) return;
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    ...(status === 503 ? { 'retry-after': '5' } : {}),
  });
  res.end(`${message}\n`);
}

/** The whole body, or undefined when it is larger than Bolt accepts. */
async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > BODY_LIMIT_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Parses the body the way Bolt does (a form, its `payload` field, or JSON) and checks it is an object. */
function isObjectBody(raw: Buffer, contentType: string | undefined): boolean {
  try {
    const text = raw.toString('utf8');
    if (contentType === 'application/x-www-form-urlencoded') {
      const { payload } = parseQuery(text);
      return typeof payload === 'string' ? isObject(JSON.parse(payload)) : true;
    }
    return isObject(JSON.parse(text));
  } catch {
    return false;
  }
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
