import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DailyPoster } from '../../src/daily/poster.js';
import type { BotDeps, RunningBot } from '../deps.js';
import { createSlackApp, type SlackAppOptions, type SlackMode } from './create-app.js';
import { createSlackPoster } from './daily-poster.js';
import { guardSlackHttp } from './guard-http.js';
import { registerListeners } from './listeners/index.js';
import { createOAuthSlackPoster } from './oauth-poster.js';
import { isOAuthMode } from './workspace.js';

/** How long `stop()` waits for answers already being worked on. */
const DRAIN_TIMEOUT_MS = 10_000;

/** The running Slack bot: its mode, the HTTP port it listens on (HTTP mode), and a poster for the daily term. */
export interface SlackBot extends RunningBot {
  name: 'slack';
  mode: SlackMode;
  port?: number;
  poster: DailyPoster;
}

/** Starts the Slack bot: Socket Mode when SLACK_APP_TOKEN is set, else HTTP on PORT at POST /slack/events. */
export async function startSlack(deps: BotDeps, options: SlackAppOptions = {}): Promise<SlackBot> {
  const { app, mode } = createSlackApp(deps, options);
  await app.init();
  const inFlight = new Set<Promise<void>>();
  app.use(async ({ next }) => {
    const work = next();
    inFlight.add(work);
    try {
      await work;
    } finally {
      inFlight.delete(work);
    }
  });
  registerListeners(app, deps);
  let port: number | undefined;
  let draining = false;
  if (mode === 'http') {
    const server = (await app.start(deps.config.PORT ?? 3000)) as Server;
    guardSlackHttp(server, { draining: () => draining, logger: deps.logger });
    port = (server.address() as AddressInfo).port;
  } else {
    await app.start();
  }
  deps.logger.info({ platform: 'slack', mode, port }, 'Slack bot started');
  return {
    name: 'slack',
    mode,
    port,
    poster: isOAuthMode(deps.config)
      ? createOAuthSlackPoster(app, deps.config.PUBLIC_URL)
      : createSlackPoster(app.client, deps.config.PUBLIC_URL),
    async stop() {
      const drain = async () => {
        const drained = Promise.allSettled([...inFlight]);
        await Promise.race([drained, new Promise((resolve) => setTimeout(resolve, DRAIN_TIMEOUT_MS).unref())]);
      };
      if (mode === 'http') {
        // Keep the port open while draining, so /readyz answers 503 (and new requests get 503), then close it.
        draining = true;
        await drain();
        await app.stop();
      } else {
        await app.stop(); // Socket Mode: disconnecting is what stops new events
        await drain();
      }
      deps.logger.info({ platform: 'slack' }, 'Slack bot stopped');
    },
  };
}
