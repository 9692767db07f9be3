import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { BOT_USER, STANDIN_IDS, standinGuild } from './discord-payloads.js';

/** One REST request the stand-in received; `path` is relative to `/api/v10` (e.g. `/channels/1/messages`). */
export interface RecordedCall {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  /** The response status the stand-in gave. */
  status: number;
  authorization: string | undefined;
}

/** A REST call the stand-in answers with an error instead of its normal response. */
interface Fault {
  method: string;
  path: RegExp;
  status: number;
  /** How many more calls to fail; Infinity until `clearFaults()`. */
  remaining: number;
  retryAfter?: number;
}

type CallFilter = (call: RecordedCall) => boolean;

/**
 * A small loopback stand-in for Discord: an HTTP server for the REST API (`/api/v10/…`) and, on the same port,
 * a WebSocket gateway (HELLO → IDENTIFY → READY → GUILD_CREATE, heartbeat ACKs). Point the real discord.js
 * client at it with `rest: { api: standin.apiUrl }`; drive it with `dispatch()`; read what the bot did in `calls`.
 */
export class DiscordStandin {
  readonly calls: RecordedCall[] = [];
  /** Every payload the bot sent on the gateway (IDENTIFY, heartbeats). */
  readonly gatewayFrames: { op: number; d: unknown }[] = [];
  private readonly server = createServer((req, res) => void this.handleHttp(req, res));
  private readonly gateway = new WebSocketServer({ server: this.server });
  private readonly sockets = new Set<WebSocket>();
  private readonly faults: Fault[] = [];
  private readonly waiters: { filter: CallFilter; resolve: (call: RecordedCall) => void }[] = [];
  private sequence = 0;
  private messageIds = 9_000;
  /** What `GET /gateway/bot` recommends, for `DISCORD_SHARDS=auto`. */
  recommendedShards = 1;

  /** Starts listening on a free port of 127.0.0.1. */
  static async start(): Promise<DiscordStandin> {
    const standin = new DiscordStandin();
    standin.gateway.on('connection', (socket) => standin.acceptGateway(socket));
    standin.server.listen(0, '127.0.0.1');
    await once(standin.server, 'listening');
    return standin;
  }

  private get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** The REST base URL, as `DISCORD_API_URL` or discord.js `rest.api` takes it. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** Sends a gateway dispatch (op 0) such as `INTERACTION_CREATE` or `MESSAGE_CREATE` to every connected bot. */
  dispatch(event: string, data: unknown): void {
    const frame = JSON.stringify({ op: 0, t: event, s: ++this.sequence, d: data });
    for (const socket of this.sockets) socket.send(frame);
  }

  /** Answers the next `times` calls matching method and path with `status` (500 by default: every call). */
  failRoute(method: string, path: RegExp, status = 500, times = Number.POSITIVE_INFINITY): void {
    this.faults.push({ method, path, status, remaining: times });
  }

  /** Answers the next `times` matching calls with 429 and `retry_after` (seconds), as Discord does. */
  rateLimitRoute(method: string, path: RegExp, retryAfter: number, times = 1): void {
    this.faults.push({ method, path, status: 429, remaining: times, retryAfter });
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  /** The first call (already received or still to come) that matches; rejects after `timeoutMs`. */
  waitForCall(filter: CallFilter, timeoutMs = 5_000): Promise<RecordedCall> {
    const seen = this.calls.find(filter);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const got = this.calls.map((c) => `${c.method} ${c.path} → ${c.status}`).join('\n  ');
        reject(new Error(`No matching REST call within ${timeoutMs} ms. Calls so far:\n  ${got}`));
      }, timeoutMs);
      this.waiters.push({
        filter,
        resolve: (call) => {
          clearTimeout(timer);
          resolve(call);
        },
      });
    });
  }

  /** Closes the gateway connections and the server. */
  async close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private acceptGateway(socket: WebSocket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('message', (raw) => {
      const frame = JSON.parse(String(raw)) as { op: number; d: unknown };
      this.gatewayFrames.push(frame);
      if (frame.op === 1) socket.send(JSON.stringify({ op: 11 }));
      if (frame.op === 2) this.sendReady(socket, (frame.d as { shard?: [number, number] }).shard ?? [0, 1]);
    });
    // A long interval: discord.js heartbeats after a random share of it, which a test rarely waits for.
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 45_000 } }));
  }

  /** READY for the shard that identified; the guild is on the shard Discord's formula assigns it to. */
  private sendReady(socket: WebSocket, shard: [number, number]): void {
    const [id, count] = shard;
    const mine = Number((BigInt(STANDIN_IDS.guild) >> 22n) % BigInt(count)) === id;
    const ready = {
      v: 10,
      user: BOT_USER,
      guilds: mine ? [{ id: STANDIN_IDS.guild, unavailable: true }] : [],
      session_id: `standin-session-${id}`,
      resume_gateway_url: `ws://127.0.0.1:${this.port}`,
      shard,
      application: { id: STANDIN_IDS.application, flags: 0 },
    };
    socket.send(JSON.stringify({ op: 0, t: 'READY', s: ++this.sequence, d: ready }));
    if (mine) socket.send(JSON.stringify({ op: 0, t: 'GUILD_CREATE', s: ++this.sequence, d: standinGuild() }));
  }

  private async handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.replace(/\/{2,}/g, '/').replace(/^\/api\/v10/, '');
    const text = await readBody(req);
    const body = parseBody(text, req.headers['content-type']);
    const method = req.method ?? 'GET';
    const fault = this.takeFault(method, path);
    const [status, payload, headers] = fault ? faultResponse(fault) : this.route(method, path, body);
    const call: RecordedCall = {
      method,
      path,
      query: url.searchParams,
      body,
      status,
      authorization: req.headers.authorization,
    };
    this.calls.push(call);
    res.writeHead(status, { ...(payload === undefined ? {} : { 'content-type': 'application/json' }), ...headers });
    res.end(payload === undefined ? undefined : JSON.stringify(payload));
    for (const waiter of this.waiters.filter((w) => w.filter(call))) {
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve(call);
    }
  }

  private takeFault(method: string, path: string): Fault | undefined {
    const fault = this.faults.find((f) => f.method === method && f.path.test(path) && f.remaining > 0);
    if (fault) fault.remaining--;
    return fault;
  }

  /** The normal answers: just enough of Discord for the bot and `discord-register`. */
  private route(method: string, path: string, body: unknown): [number, unknown, Record<string, string>?] {
    if (method === 'GET' && path === '/gateway/bot') {
      // A high max_concurrency lets every shard identify at once (no 5 s wait between shards in tests).
      const limit = { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 16 };
      return [200, { url: `ws://127.0.0.1:${this.port}`, shards: this.recommendedShards, session_start_limit: limit }];
    }
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return [204, undefined];
    if (/^\/webhooks\/\d+\/[^/]+(\/messages\/[^/]+)?$/.test(path) || /^\/channels\/\d+\/messages$/.test(path)) {
      const channelId = /^\/channels\/(\d+)/.exec(path)?.[1] ?? STANDIN_IDS.channel;
      return [200, this.message(channelId, body)];
    }
    if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path) && Array.isArray(body)) {
      return [
        200,
        body.map((command, i) => ({ id: String(7000 + i), application_id: STANDIN_IDS.application, ...command })),
      ];
    }
    return [404, { message: '404: Not Found', code: 0 }];
  }

  private message(channelId: string, body: unknown): Record<string, unknown> {
    return {
      id: String(++this.messageIds),
      channel_id: channelId,
      author: BOT_USER,
      content: '',
      embeds: [],
      components: [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      type: 0,
      timestamp: new Date(0).toISOString(),
      edited_timestamp: null,
      flags: 0,
      ...(typeof body === 'object' && body !== null ? body : {}),
    };
  }
}

function faultResponse(fault: Fault): [number, unknown, Record<string, string>] {
  if (fault.retryAfter === undefined) return [fault.status, { message: 'Stand-in failure', code: 0 }, {}];
  const seconds = String(fault.retryAfter);
  const headers = {
    'retry-after': seconds,
    'x-ratelimit-limit': '1',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset-after': seconds,
    'x-ratelimit-bucket': 'standin-bucket',
    'x-ratelimit-scope': 'user',
  };
  return [429, { message: 'You are being rate limited.', retry_after: fault.retryAfter, global: false }, headers];
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** JSON bodies as objects; multipart bodies (discord.js sends them with files) by their `payload_json` part. */
function parseBody(text: string, contentType: string | undefined): unknown {
  if (text === '') return undefined;
  if (contentType?.startsWith('multipart/form-data')) {
    const json = /name="payload_json"\r\n(?:[^\r\n]+\r\n)*\r\n([\s\S]*?)\r\n--/.exec(text)?.[1];
    return json === undefined ? text : JSON.parse(json);
  }
  return JSON.parse(text);
}
