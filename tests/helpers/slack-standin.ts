import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the stand-in received: a Web API call (`chat.postMessage`, …) or a post to a response_url. */
export interface StandInCall {
  /** The Web API method, or `response_url` for posts to a response URL. */
  method: string;
  /** For response_url posts: which URL (the name given to `responseUrl`). */
  path?: string;
  /** The parsed body; JSON-looking form fields (`blocks`) are parsed too. */
  body: Record<string, unknown>;
  /** The bearer token sent, if any. */
  token?: string;
}

/** How to answer the next call(s) to a method instead of succeeding. */
export interface StandInFailure {
  /** HTTP status (default 200 with `ok: false`). */
  status?: number;
  /** Slack's error string for `ok: false` answers. */
  error?: string;
  /** Seconds for a `Retry-After` header (use with status 429). */
  retryAfter?: number;
}

/** A loopback stand-in for Slack's Web API and response URLs that records every call. */
export interface SlackStandIn {
  /** Base URL for `SLACK_API_URL` (ends with `/api/`). */
  apiUrl: string;
  /** The stand-in's own address; `GET {baseUrl}/_count?method=…&path=…` answers `{ count }`. */
  baseUrl: string;
  /** Every call in arrival order, failures included. */
  calls: StandInCall[];
  /** A response_url served by the stand-in; posts to it are recorded as `response_url` calls. */
  responseUrl(name?: string): string;
  /** Makes the next `times` calls to `method` (or `response_url`) fail as described. */
  failNext(method: string, failure: StandInFailure, times?: number): void;
  /** Calls to one method, optionally to one response_url name. */
  callsTo(method: string, path?: string): StandInCall[];
  /** Waits until `count` (default 1) calls to `method` (and `path`) have arrived; rejects after `timeoutMs`. */
  waitFor(method: string, options?: { count?: number; path?: string; timeoutMs?: number }): Promise<StandInCall[]>;
  close(): Promise<void>;
}

/** The bot identity the stand-in reports from `auth.test`. */
export const STANDIN_BOT = { userId: 'U0BOT', botId: 'B0BOT', teamId: 'T0TEAM' };

/** Starts the stand-in on an ephemeral 127.0.0.1 port. */
export async function startSlackStandIn(): Promise<SlackStandIn> {
  const calls: StandInCall[] = [];
  const failures = new Map<string, StandInFailure[]>();
  let tsCounter = 0;
  const nextTs = () => `1700000000.${String(++tsCounter).padStart(6, '0')}`;
  const callsTo = (method: string, path?: string) =>
    calls.filter((c) => c.method === method && (path === undefined || c.path === path));

  const server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'GET' && url.pathname === '/_count') {
      // For a benchmark driving the stand-in from another process: how many calls have arrived.
      const method = url.searchParams.get('method') ?? '';
      const path = url.searchParams.get('path') ?? undefined;
      return sendJson(res, 200, { count: callsTo(method, path).length });
    }
    const respondMatch = /^\/respond\/(.+)$/.exec(url.pathname);
    const method = respondMatch ? 'response_url' : url.pathname.replace(/^\/api\//, '');
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const call: StandInCall = { method, body: parseBody(raw, req.headers['content-type']) };
    if (respondMatch?.[1]) call.path = decodeURIComponent(respondMatch[1]);
    if (token) call.token = token;
    calls.push(call);
    const failure = failures.get(method)?.shift();
    if (failure) return sendFailure(res, failure);
    if (method === 'response_url') return sendJson(res, 200, { ok: true });
    sendJson(res, 200, answerMethod(method, call.body, nextTs));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: `${base}/api/`,
    baseUrl: base,
    calls,
    responseUrl: (name = 'default') => `${base}/respond/${encodeURIComponent(name)}`,
    failNext(method, failure, times = 1) {
      failures.set(method, [...(failures.get(method) ?? []), ...Array.from({ length: times }, () => failure)]);
    },
    callsTo,
    async waitFor(method, { count = 1, path, timeoutMs = 8_000 } = {}) {
      const deadline = Date.now() + timeoutMs;
      while (callsTo(method, path).length < count) {
        if (Date.now() > deadline) {
          const seen = calls.map((c) => (c.path ? `${c.method}:${c.path}` : c.method)).join(', ') || 'nothing';
          throw new Error(`expected ${count} call(s) to ${method} ${path ?? ''}; the stand-in saw: ${seen}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return callsTo(method, path);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function answerMethod(method: string, body: Record<string, unknown>, nextTs: () => string): Record<string, unknown> {
  switch (method) {
    case 'auth.test':
      return {
        ok: true,
        url: 'https://test.slack.com/',
        team: 'Test',
        user: 'glossary',
        team_id: STANDIN_BOT.teamId,
        user_id: STANDIN_BOT.userId,
        bot_id: STANDIN_BOT.botId,
      };
    case 'chat.postMessage': {
      const ts = nextTs();
      return { ok: true, channel: body.channel, ts, message: { type: 'message', text: body.text, ts } };
    }
    case 'chat.postEphemeral':
      return { ok: true, message_ts: nextTs() };
    case 'chat.update':
      return { ok: true, channel: body.channel, ts: body.ts, text: body.text };
    case 'views.open':
      return { ok: true, view: { id: 'V0VIEW' } };
    case 'oauth.v2.access':
      return oauthAccess(body);
    default:
      return { ok: false, error: 'unknown_method' };
  }
}

/**
 * `oauth.v2.access` for OAuth install tests: the code names the workspace (`code-T0ONE` installs team T0ONE
 * with bot token `xoxb-T0ONE-…`); a `refresh_token` grant rotates it (`…-r2`).
 */
function oauthAccess(body: Record<string, unknown>): Record<string, unknown> {
  const code = String(body.code ?? body.refresh_token ?? '');
  const team = /(T0[A-Z0-9]+)/.exec(code)?.[1];
  if (!team || body.client_secret !== STANDIN_OAUTH.clientSecret) return { ok: false, error: 'invalid_code' };
  const rotated = body.grant_type === 'refresh_token';
  return {
    ok: true,
    app_id: 'A0APP',
    authed_user: { id: 'U0INSTALLER' },
    scope: 'commands,chat:write,chat:write.public,app_mentions:read',
    token_type: 'bot',
    access_token: `xoxb-${team}-token${rotated ? '-r2' : ''}`,
    bot_user_id: 'U0BOT',
    team: { id: team, name: `Team ${team}` },
    enterprise: null,
    is_enterprise_install: false,
    ...(STANDIN_OAUTH.expiresIn ? { refresh_token: `xoxe-${team}-refresh`, expires_in: STANDIN_OAUTH.expiresIn } : {}),
  };
}

/** The OAuth client the stand-in accepts; set `expiresIn` to hand out rotating tokens. */
export const STANDIN_OAUTH: { clientId: string; clientSecret: string; expiresIn?: number } = {
  clientId: '111.222',
  clientSecret: 'standin-client-secret',
};

function sendFailure(res: ServerResponse, failure: StandInFailure): void {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (failure.retryAfter !== undefined) headers['retry-after'] = String(failure.retryAfter);
  res.writeHead(failure.status ?? 200, headers);
  res.end(
    JSON.stringify({ ok: false, error: failure.error ?? (failure.status === 429 ? 'ratelimited' : 'fatal_error') }),
  );
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseBody(raw: string, contentType = ''): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType.includes('json')) return JSON.parse(raw) as Record<string, unknown>;
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    body[key] = /^[[{]/.test(value) ? safeJson(value) : value;
  }
  return body;
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/** Slack's request signature headers for a raw body (HMAC-SHA256 of `v0:{timestamp}:{body}`). */
export function signSlackRequest(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)) {
  const signature = createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': `v0=${signature}` };
}

/** What the bot answered to a request Slack would send. */
export interface SlackHttpAnswer {
  status: number;
  body: string;
}

/** Options for one signed request: a different secret or timestamp, to test rejection. */
export interface SendOptions {
  secret?: string;
  timestamp?: number;
}

/** Sends signed requests to a Bolt app's `/slack/events`, shaped as Slack sends them. */
export function createSlackSender(appUrl: string, secret: string) {
  const send = async (body: string, contentType: string, options: SendOptions = {}): Promise<SlackHttpAnswer> => {
    const headers = {
      'content-type': contentType,
      ...signSlackRequest(options.secret ?? secret, body, options.timestamp),
    };
    const res = await fetch(appUrl, { method: 'POST', headers, body });
    return { status: res.status, body: await res.text() };
  };
  return {
    /** A slash command (urlencoded form). */
    command: (fields: Record<string, string>, options?: SendOptions) =>
      send(new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded', options),
    /** An Events API request (JSON), e.g. `url_verification` or an `event_callback`. */
    event: (payload: unknown, options?: SendOptions) => send(JSON.stringify(payload), 'application/json', options),
    /** Interactivity (`payload=<json>`): block_actions, shortcuts. */
    interaction: (payload: unknown, options?: SendOptions) =>
      send(
        new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
        'application/x-www-form-urlencoded',
        options,
      ),
  };
}

/** The sender returned by `createSlackSender`. */
export type SlackSender = ReturnType<typeof createSlackSender>;
