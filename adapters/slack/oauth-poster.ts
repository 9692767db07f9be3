import type { App } from '@slack/bolt';
import type { DailyPoster } from '../../src/daily/poster.js';
import { renderSlack } from '../../src/render/slack.js';

/** What Bolt's installer offers: the workspace's current bot token, refreshed first when it rotates. */
interface Authorizer {
  authorize(query: { teamId: string; isEnterpriseInstall: boolean }): Promise<{ botToken?: string }>;
}

/**
 * The daily poster for OAuth installs: each channel is posted with the token of the workspace that turned
 * the term of the day on. Bolt's installer looks the installation up in our store (and refreshes a rotating
 * token), so any replica can post for any workspace.
 */
export function createOAuthSlackPoster(app: App, publicUrl?: string): DailyPoster {
  // Bolt keeps the installer on its HTTP receiver; it is public there but not on the App's types.
  const installer = (app as unknown as { receiver?: { installer?: Authorizer } }).receiver?.installer;
  if (!installer) throw new Error('Bolt has no OAuth installer: are SLACK_CLIENT_ID/SECRET/STATE_SECRET set?');
  return {
    platform: 'slack',
    async post(channelId, reply, workspace) {
      if (!workspace) {
        throw new Error('no workspace for this channel: with OAuth installs, turn it on from Slack with "daily on"');
      }
      const { botToken } = await installer.authorize({ teamId: workspace, isEnterpriseInstall: false });
      if (!botToken) throw new Error('the workspace has no bot token (uninstalled?)');
      await app.client.chat.postMessage({
        token: botToken,
        channel: channelId,
        ...renderSlack(reply, { publicUrl }),
        unfurl_links: false,
        unfurl_media: false,
      });
    },
  };
}
