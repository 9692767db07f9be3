import { Client, GatewayIntentBits, Partials, REST } from 'discord.js';
import type { Config } from '../../src/config.js';
import { NO_MENTIONS } from './message.js';

/**
 * The discord.js client with only the intents the bot needs (no privileged MessageContent: Discord still
 * sends the content of messages that mention the bot, and of DMs), DM channels as partials, no pings
 * client-wide, and the REST base URL from DISCORD_API_URL when set.
 */
export function createDiscordClient(config: Pick<Config, 'DISCORD_API_URL' | 'DISCORD_SHARDS'>): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    rest: config.DISCORD_API_URL ? { api: apiBase(config.DISCORD_API_URL) } : {},
    ...shardOptions(config.DISCORD_SHARDS),
  });
}

/**
 * DISCORD_SHARDS: internal sharding, every shard in this one process (discord.js opens one gateway connection
 * per shard; events from all of them reach the same handlers). `auto` takes Discord's recommended count;
 * a number N runs shards 0…N-1. Unset: one connection, which Discord allows up to 2,500 servers.
 */
export function shardOptions(shards: string | undefined): { shards?: 'auto' | number[]; shardCount?: number } {
  if (shards === undefined) return {};
  if (shards === 'auto') return { shards: 'auto' };
  const count = Number(shards);
  return { shards: Array.from({ length: count }, (_, i) => i), shardCount: count };
}

/** discord.js appends `/v10/…` itself, so the base must not end with a slash. */
export function apiBase(url: string): string {
  return url.replace(/\/+$/, '');
}

/** A REST client on its own (no gateway), for command registration and daily posts. */
export function createDiscordRest(token: string, apiUrl?: string): REST {
  return new REST(apiUrl ? { api: apiBase(apiUrl) } : {}).setToken(token);
}
