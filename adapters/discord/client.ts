import { Client, GatewayIntentBits, Partials, REST } from 'discord.js';
import type { Config } from '../../src/config.js';
import { NO_MENTIONS } from './message.js';

/**
 * The discord.js client with only the intents the bot needs (no privileged MessageContent: Discord still
 * sends the content of messages that mention the bot, and of DMs), DM channels as partials, no pings
 * client-wide, and the REST base URL from DISCORD_API_URL when set.
 */
export function createDiscordClient(config: Pick<Config, 'DISCORD_API_URL'>): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    rest: config.DISCORD_API_URL ? { api: apiBase(config.DISCORD_API_URL) } : {},
  });
}

/** discord.js appends `/v10/…` itself, so the base must not end with a slash. */
export function apiBase(url: string): string {
  return url.replace(/\/+$/, '');
}

/** A REST client on its own (no gateway), for command registration and daily posts. */
export function createDiscordRest(token: string, apiUrl?: string): REST {
  return new REST(apiUrl ? { api: apiBase(apiUrl) } : {}).setToken(token);
}
