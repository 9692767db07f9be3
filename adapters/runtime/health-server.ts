import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { match } from 'path-to-regexp';
import type { HealthReport } from '../../src/health.js';

/** What the health endpoints ask the running bot. */
export interface HealthProbe {
  report(): Promise<HealthReport>;
  /** True once every platform is connected, false again as soon as shutdown begins. */
  ready(): boolean;
}

/** A route in the shape Bolt's `customRoutes` takes, so Slack's HTTP server can serve it on PORT. */
export interface HealthRoute {
  path: string;
  method: string[];
  handler: (req: IncomingMessage, res: ServerResponse) => void;
}

function sendJson(req: IncomingMessage, res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(req.method === 'HEAD' ? undefined : `${JSON.stringify(body)}\n`);
}

/**
 * `GET /healthz`: the health report, 200 when the store is writable and a glossary is loaded, else 503.
 * `GET /readyz`: 200 while the bot takes new work, 503 while starting or shutting down.
 */
export function createHealthRoutes(probe: HealthProbe): HealthRoute[] {
  const method = ['GET', 'HEAD'];
  const answer = (run: () => Promise<[number, unknown]>) => (req: IncomingMessage, res: ServerResponse) => {
    run().then(
      ([status, body]) => sendJson(req, res, status, body),
      () => sendJson(req, res, 500, { ok: false }),
    );
  };
  return [
    {
      path: '/healthz',
      method,
      handler: answer(async () => {
        const report = await probe.report();
        return [report.ok ? 200 : 503, report];
      }),
    },
    {
      path: '/readyz',
      method,
      handler: answer(async () => {
        const ready = probe.ready() && (await probe.report()).ok;
        return [ready ? 200 : 503, { ready }];
      }),
    },
  ];
}

/** A small HTTP server for the health routes, for runs without Slack's HTTP server (HEALTH_PORT). */
export interface HealthServer {
  port: number;
  /** Stops listening, lets requests in progress finish, then resolves. */
  close(): Promise<void>;
}

/** Listens on `port` (all interfaces, so container and Kubernetes probes reach it); 0 picks a free port. */
export async function startHealthServer(port: number, routes: readonly HealthRoute[]): Promise<HealthServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    // Paths as Bolt's customRoutes read them (path-to-regexp), so the same routes work on either server.
    const route = routes.find((r) => match(r.path)(path) !== false);
    if (!route) return sendJson(req, res, 404, { error: 'not found' });
    if (!route.method.includes(req.method ?? '')) return sendJson(req, res, 405, { error: 'method not allowed' });
    route.handler(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
