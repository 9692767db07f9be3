import { once } from 'node:events';
import { Events } from 'discord.js';
import { UserError } from '../../src/errors.js';
import type { BotDeps, RunningBot } from '../deps.js';
import { createDiscordClient } from './client.js';
import { dispatchInteraction, dispatchMessage } from './dispatch.js';
import { describeError } from './log-error.js';

/** How long `stop()` lets answers in flight finish before disconnecting anyway. */
const STOP_GRACE_MS = 10_000;

/** Starts the Discord bot: connects, answers commands, buttons and mentions until `stop()`. */
export async function startDiscord(deps: BotDeps): Promise<RunningBot> {
  const token = deps.config.DISCORD_TOKEN;
  if (!token) throw new UserError('DISCORD_TOKEN is not set: the Discord bot cannot start.', 'config');
  const client = createDiscordClient(deps.config);
  const inFlight = new Set<Promise<void>>();
  let stopping = false;
  const track = (work: Promise<void>) => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  };

  client.on(Events.InteractionCreate, (interaction) => {
    if (!stopping) track(dispatchInteraction(interaction, deps));
  });
  client.on(Events.MessageCreate, (message) => {
    if (!stopping) track(dispatchMessage(message, deps));
  });
  client.on(Events.Error, (error) => deps.logger.error({ error: describeError(error) }, 'discord: client error'));
  client.on(Events.Warn, (message) => deps.logger.warn({ message }, 'discord: client warning'));

  try {
    // Ready comes after GUILD_CREATE for every guild, so channels are known before the first event is handled.
    await Promise.all([once(client, Events.ClientReady), client.login(token)]);
  } catch (error) {
    await client.destroy();
    throw error;
  }
  deps.logger.info({ guilds: client.guilds.cache.size, shards: client.ws.shards.size }, 'discord: connected');

  return {
    name: 'discord',
    async stop() {
      stopping = true;
      await settleWithin([...inFlight], STOP_GRACE_MS);
      await client.destroy();
    },
  };
}

/** Waits for the tasks, but no longer than `ms`. */
async function settleWithin(tasks: Promise<unknown>[], ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  await Promise.race([Promise.allSettled(tasks), deadline]);
  clearTimeout(timer);
}
