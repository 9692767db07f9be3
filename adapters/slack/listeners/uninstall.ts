import type { App } from '@slack/bolt';
import type { BotDeps } from '../../deps.js';
import { installationKey } from '../installation-store.js';
import { summarizeError } from '../slack-errors.js';
import { isOAuthMode } from '../workspace.js';

/**
 * OAuth installs: `app_uninstalled`, and `tokens_revoked` for the bot token, remove the workspace's
 * installation from the store, so no replica keeps using a dead token. Ids are not logged (workspace count only).
 */
export function register(app: App, deps: BotDeps): void {
  if (!isOAuthMode(deps.config)) return;
  const remove = async (why: string, teamId?: string, enterpriseId?: string, isEnterpriseInstall?: boolean) => {
    try {
      const removed = await deps.store.deleteInstallation(
        installationKey({ teamId, enterpriseId, isEnterpriseInstall }),
      );
      deps.logger.info({ platform: 'slack', why, removed }, 'Slack installation removed');
    } catch (error) {
      deps.logger.error(
        { platform: 'slack', why, error: summarizeError(error) },
        'Could not remove a Slack installation',
      );
    }
  };
  app.event('app_uninstalled', async ({ context }) => {
    await remove('app_uninstalled', context.teamId, context.enterpriseId, context.isEnterpriseInstall);
  });
  app.event('tokens_revoked', async ({ event, context }) => {
    if ((event.tokens.bot ?? []).length === 0) return;
    await remove('tokens_revoked', context.teamId, context.enterpriseId, context.isEnterpriseInstall);
  });
}
