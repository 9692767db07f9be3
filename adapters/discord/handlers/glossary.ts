import { type ChatInputCommandInteraction, type Interaction, PermissionFlagsBits } from 'discord.js';
import { answer } from '../../../src/answer.js';
import { dailySettingsFrom } from '../../../src/daily/schedule.js';
import { setDailySubscription } from '../../../src/daily/subscriptions.js';
import { DIFFICULTIES, type Difficulty } from '../../../src/glossary/schema.js';
import type { Reply } from '../../../src/replies.js';
import { answerInChannel } from '../../answer-in-channel.js';
import type { BotDeps } from '../../deps.js';
import { COMMAND_NAMES } from '../commands.js';
import type { InteractionHandler } from '../handler.js';
import { toMessageOptions, toPrivateOptions } from '../message.js';

/** `/glossary today | random [level] | help | daily on|off`. */
export const glossaryHandler: InteractionHandler = {
  name: 'glossary',
  matches: (i: Interaction) => i.isChatInputCommand() && i.commandName === COMMAND_NAMES.glossary,
  async handle(interaction, deps) {
    const command = interaction as ChatInputCommandInteraction;
    const subcommand = command.options.getSubcommand();
    if (command.options.getSubcommandGroup() === 'daily') {
      await command.reply(toPrivateOptions(await setDaily(command, deps, subcommand === 'on')));
      return;
    }
    const options = { now: deps.now };
    if (subcommand === 'today') {
      const channel = { platform: 'discord' as const, channelId: command.channelId };
      await command.reply(
        toMessageOptions(await answerInChannel(deps, { kind: 'today' }, channel), deps.config.PUBLIC_URL),
      );
    } else if (subcommand === 'random') {
      const level = command.options.getString('level');
      const difficulty = (DIFFICULTIES as readonly string[]).includes(level ?? '') ? (level as Difficulty) : undefined;
      await command.reply(
        toMessageOptions(answer(deps.glossary(), { kind: 'random', difficulty }, options), deps.config.PUBLIC_URL),
      );
    } else {
      await command.reply(toPrivateOptions(answer(deps.glossary(), { kind: 'help' })));
    }
  },
};

/** Subscribes or unsubscribes the channel; only in a server, and only for members who may manage channels. */
async function setDaily(command: ChatInputCommandInteraction, deps: BotDeps, enabled: boolean): Promise<Reply> {
  if (!command.inGuild()) {
    return notice('The term of the day is for server channels. Run this command in the channel that should get it.');
  }
  if (!command.memberPermissions.has(PermissionFlagsBits.ManageChannels)) {
    return notice(
      'Only members who can manage channels can turn the term of the day on or off. Ask a moderator to run this command.',
    );
  }
  const settings = dailySettingsFrom(deps.config);
  return setDailySubscription(deps.store, settings, 'discord', command.channelId, enabled, deps.now());
}

function notice(text: string): Reply {
  return { kind: 'notice', text };
}
