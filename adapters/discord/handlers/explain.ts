import type { Interaction, Message, MessageContextMenuCommandInteraction } from 'discord.js';
import { answer } from '../../../src/answer.js';
import { COMMAND_NAMES } from '../commands.js';
import type { InteractionHandler } from '../handler.js';
import { toPrivateOptions } from '../message.js';

/** The "Explain AI terms" message action: every glossary term found in the message, with summaries, privately. */
export const explainHandler: InteractionHandler = {
  name: 'explain',
  matches: (i: Interaction) => i.isMessageContextMenuCommand() && i.commandName === COMMAND_NAMES.explain,
  async handle(interaction, deps) {
    const command = interaction as MessageContextMenuCommandInteraction;
    const reply = answer(deps.glossary(), { kind: 'mentions', text: messageText(command.targetMessage) });
    await command.reply(toPrivateOptions(reply));
  },
};

/** The message's text and its embeds' titles and descriptions (a bot's message may be all embed). */
function messageText(message: Message): string {
  const embedText = message.embeds.flatMap((embed) => [embed.title ?? '', embed.description ?? '']);
  return [message.content, ...embedText].filter(Boolean).join('\n');
}
