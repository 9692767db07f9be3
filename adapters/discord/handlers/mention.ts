import { type Message, MessageType } from 'discord.js';
import { parseCommandText } from '../../../src/answer.js';
import { answerInChannel } from '../../answer-in-channel.js';
import type { MessageHandler } from '../handler.js';
import { logLookup } from '../handler.js';
import { NO_MENTIONS, toMessageOptions } from '../message.js';

/**
 * "@Glossary what is RLHF?" in a channel, or any message in a DM: replies to the message with the card
 * (help when there is no question). Other messages, and anything from bots, are ignored.
 */
export const mentionHandler: MessageHandler = {
  name: 'mention',
  async handle(message, deps) {
    if (!isForBot(message)) return;
    const question = stripMention(message.content, message.client.user.id);
    const request = parseCommandText(question);
    const reply = await answerInChannel(deps, request, { platform: 'discord', channelId: message.channelId });
    await message.reply({ ...toMessageOptions(reply, deps.config.PUBLIC_URL), allowedMentions: NO_MENTIONS });
    await logLookup(deps, request, question, reply);
  },
};

/** A DM, or a message that names the bot; a reply to the bot's card ("thanks!") lists it too but is not a question. */
function isForBot(message: Message): boolean {
  if (message.author.bot || message.system) return false;
  if (message.type !== MessageType.Default && message.type !== MessageType.Reply) return false;
  if (!message.inGuild()) return true;
  return message.mentions.has(message.client.user, {
    ignoreEveryone: true,
    ignoreRoles: true,
    ignoreRepliedUser: true,
  });
}

/** The question without the bot's mention and the punctuation people put after it ("@Glossary, what is…"). */
export function stripMention(content: string, botId: string): string {
  return content
    .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .trim()
    .replace(/^[,:;.!?\-–—\s]+/, '')
    .trim();
}
