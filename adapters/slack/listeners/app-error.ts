import type { App } from '@slack/bolt';
import type { BotDeps } from '../../deps.js';
import { summarizeError } from '../slack-errors.js';

/** Last line of defence: anything Bolt itself fails on is logged as a summary and never crashes the process. */
export function register(app: App, deps: BotDeps): void {
  app.error(async (error) => {
    deps.logger.error({ platform: 'slack', error: summarizeError(error) }, 'Slack request failed');
  });
}
