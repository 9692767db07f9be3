import { App, type AppOptions, type CustomRoute, webApi } from '@slack/bolt';
import type { BotDeps } from '../deps.js';
import { createBoltLogger } from './bolt-logger.js';
import { createInstallationStore } from './installation-store.js';
import { type SlackMode, selectSlackMode } from './mode.js';
import { isOAuthMode } from './workspace.js';

export { type SlackMode, selectSlackMode } from './mode.js';

/** Where Slack sends every request in HTTP mode (commands, events and interactivity alike). */
export const SLACK_EVENTS_PATH = '/slack/events';

/** The bot scopes an OAuth install asks for (the same as adapters/slack/manifest.yaml). */
export const BOT_SCOPES = ['commands', 'chat:write', 'chat:write.public', 'app_mentions:read'];

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
  if (isOAuthMode(config)) return { app: createOAuthApp(deps, options), mode: 'http' };
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

/**
 * The Slack app installed in many workspaces: Bolt's built-in installer serves `/slack/install` and
 * `/slack/oauth_redirect`, installations live in our store (every replica sees them), and each request is
 * answered with its own workspace's token. Bolt refreshes rotating tokens and saves them back.
 */
function createOAuthApp(deps: BotDeps, options: SlackAppOptions): App {
  const { config } = deps;
  const api = config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {};
  return new App({
    signingSecret: config.SLACK_SIGNING_SECRET ?? '',
    clientId: config.SLACK_CLIENT_ID,
    clientSecret: config.SLACK_CLIENT_SECRET,
    stateSecret: config.SLACK_STATE_SECRET,
    scopes: BOT_SCOPES,
    installationStore: createInstallationStore(deps.store, deps.now),
    installerOptions: {
      directInstall: true,
      clientOptions: api,
    },
    logger: createBoltLogger(deps.logger),
    clientOptions: {
      retryConfig: webApi.retryPolicies.fiveRetriesInFiveMinutes,
      ...api,
      ...options.clientOptions,
    },
    endpoints: SLACK_EVENTS_PATH,
    customRoutes: options.customRoutes ?? [],
    deferInitialization: true,
  });
}
