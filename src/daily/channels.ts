import type { Platform, Store } from '../store/store.js';
import type { DailySettings } from './schedule.js';

export interface DailyChannel {
  platform: Platform;
  channelId: string;
  /** The Slack workspace whose token posts here (OAuth installs); absent for single-workspace Slack and Discord. */
  workspace?: string;
}

/**
 * Channels that get the term of the day: those in DAILY_SLACK_CHANNELS / DAILY_DISCORD_CHANNELS plus those
 * subscribed from chat. A channel turned off from chat stays off even when it is also in the config.
 */
export async function listDailyChannels(store: Store, settings: DailySettings): Promise<DailyChannel[]> {
  const subscriptions = await store.listSubscriptions();
  const off = new Set(subscriptions.filter((s) => !s.enabled).map((s) => `${s.platform}:${s.channelId}`));
  const candidates: DailyChannel[] = [
    ...settings.slackChannels.map((channelId) => ({ platform: 'slack' as const, channelId })),
    ...settings.discordChannels.map((channelId) => ({ platform: 'discord' as const, channelId })),
    ...subscriptions
      .filter((s) => s.enabled)
      .map(({ platform, channelId, workspace }) =>
        workspace ? { platform, channelId, workspace } : { platform, channelId },
      ),
  ];
  const seen = new Set<string>();
  return candidates.filter((c) => {
    const key = `${c.platform}:${c.channelId}`;
    if (off.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
