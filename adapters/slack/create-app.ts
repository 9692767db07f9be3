import { App, type AppOptions, type CustomRoute, webApi } from '@slack/bolt';
import type { BotDeps } from '../deps.js';
import { createBoltLogger } from './bolt-logger.js';
import { type SlackMode, selectSlackMode } from './mode.js';

export { type SlackMode, selectSlackMode } from './mode.js';

/** Where Slack sends every request in HTTP mode (commands, events and interactivity alike). */
export const SLACK_EVENTS_PATH = '/slack/events';

/** Extra settings for tests and benchmarks (e.g. a short `retryConfig`); production passes none. */
export interface SlackAppOptions {
  clientOptions?: webApi.WebClientOptions;
  /** Extra HTTP routes served on PORT next to /slack/events (health checks); HTTP mode only. */
  customRoutes?: CustomRoute[];
}

/**
 * Builds the Bolt app for the configured mode without touching the network: initialization (Bolt's
 * `auth.test`) is deferred to `app.init()`. `SLACK_API_URL` redirects every Web API call, including
 * Socket Mode's `apps.connections.open`.
 */
export function createSlackApp(deps: BotDeps, options: SlackAppOptions = {}): { app: App; mode: SlackMode } {
  const { config } = deps;
  if (!config.SLACK_BOT_TOKEN) throw new Error('SLACK_BOT_TOKEN is not set');
  const clientOptions: webApi.WebClientOptions = {
    // Someone is waiting for the answer: give up after minutes, not web-api's default half hour.
    retryConfig: webApi.retryPolicies.fiveRetriesInFiveMinutes,
    ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
    ...options.clientOptions,
  };
  const base: AppOptions = {
    token: config.SLACK_BOT_TOKEN,
    logger: createBoltLogger(deps.logger),
    clientOptions,
    deferInitialization: true,
  };
  const mode = selectSlackMode(config);
  if (mode === 'socket') {
    const socketClientOptions = config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {};
    const app = new App({
      ...base,
      socketMode: true,
      appToken: config.SLACK_APP_TOKEN,
      installerOptions: { clientOptions: socketClientOptions },
    });
    return { app, mode };
  }
  if (!config.SLACK_SIGNING_SECRET) throw new Error('SLACK_SIGNING_SECRET is required in HTTP mode');
  const app = new App({
    ...base,
    signingSecret: config.SLACK_SIGNING_SECRET,
    endpoints: SLACK_EVENTS_PATH,
    customRoutes: options.customRoutes ?? [],
  });
  return { app, mode };
}
