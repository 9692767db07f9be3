import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A loopback Slack Web API that holds every `chat.postMessage` until `release()`, to keep work in flight. */
export interface HeldSlack {
  apiUrl: string;
  /** The bodies of `chat.postMessage` calls received so far. */
  posts: Record<string, unknown>[];
  /** Answers the held calls (and every later one at once). */
  release(): void;
  close(): Promise<void>;
}

/** Starts the stand-in on an ephemeral 127.0.0.1 port. */
export async function startHeldSlack(): Promise<HeldSlack> {
  const posts: Record<string, unknown>[] = [];
  const held: ServerResponse[] = [];
  let released = false;
  const answer = (res: ServerResponse, body: unknown) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const method = (req.url ?? '').replace(/^\/api\//, '');
    if (method === 'auth.test') return answer(res, { ok: true, user_id: 'U0BOT', bot_id: 'B0BOT', team_id: 'T0TEAM' });
    if (method !== 'chat.postMessage') return answer(res, { ok: true });
    const body = raw.startsWith('{') ? JSON.parse(raw) : Object.fromEntries(new URLSearchParams(raw));
    posts.push(body as Record<string, unknown>);
    if (released) return answer(res, { ok: true, channel: 'C0GENERAL', ts: '1700000000.000100' });
    held.push(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    apiUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`,
    posts,
    release() {
      released = true;
      for (const res of held.splice(0)) answer(res, { ok: true, channel: 'C0GENERAL', ts: '1700000000.000100' });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
