import { Routes } from 'discord.js';
import type { DailyPoster } from '../../src/daily/poster.js';
import { renderDiscord } from '../../src/render/discord.js';
import { createDiscordRest } from './client.js';

/** Posts the term of the day into Discord channels over REST (`POST /channels/{id}/messages`), no gateway needed. */
export function createDiscordPoster(options: {
  token: string;
  apiUrl?: string | undefined;
  publicUrl?: string | undefined;
}): DailyPoster {
  const rest = createDiscordRest(options.token, options.apiUrl);
  return {
    platform: 'discord',
    async post(channelId, reply) {
      await rest.post(Routes.channelMessages(channelId), {
        body: renderDiscord(reply, { publicUrl: options.publicUrl }),
      });
    },
  };
}
