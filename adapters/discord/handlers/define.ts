import type { ChatInputCommandInteraction, Interaction } from 'discord.js';
import { parseCommandText, type Request } from '../../../src/answer.js';
import { isSection } from '../../../src/replies.js';
import { answerInChannel } from '../../answer-in-channel.js';
import { COMMAND_NAMES } from '../commands.js';
import { type InteractionHandler, logLookup } from '../handler.js';
import { toMessageOptions, toPrivateOptions } from '../message.js';

/** `/define term:<…> [section] [private]`: the compact card (or the chosen section), in the channel or privately. */
export const defineHandler: InteractionHandler = {
  name: 'define',
  matches: (i: Interaction) => i.isChatInputCommand() && i.commandName === COMMAND_NAMES.define,
  async handle(interaction, deps) {
    const command = interaction as ChatInputCommandInteraction;
    const query = command.options.getString('term') ?? '';
    const section = command.options.getString('section');
    const request = toRequest(query, section);
    const reply = await answerInChannel(deps, request, { platform: 'discord', channelId: command.channelId });
    const isPrivate = command.options.getBoolean('private') ?? false;
    await command.reply(
      isPrivate ? toPrivateOptions(reply, deps.config.PUBLIC_URL) : toMessageOptions(reply, deps.config.PUBLIC_URL),
    );
    await logLookup(deps, request, query, reply);
  },
};

/** The term option is a slug when picked from autocomplete, or free text (`rlhf examples`, `today`, `help`). */
function toRequest(query: string, section: string | null): Request {
  if (section && isSection(section)) return { kind: 'define', query, section };
  return parseCommandText(query);
}
