import type { App } from '@slack/bolt';
import type { BotDeps } from '../../deps.js';
import { STALE_ACTION_ID } from '../action-ids.js';

/** Buttons we do not know (an older id format, another app's): acknowledged so Slack shows no error, then ignored. */
export function register(app: App, deps: BotDeps): void {
  app.action({ type: 'block_actions', action_id: STALE_ACTION_ID }, async ({ ack, action }) => {
    await ack();
    deps.logger.debug({ platform: 'slack', actionId: action.action_id.slice(0, 100) }, 'ignored an unknown button id');
  });
}
