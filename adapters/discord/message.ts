import { MessageFlags } from 'discord.js';
import { renderDiscord } from '../../src/render/discord.js';
import type { Reply } from '../../src/replies.js';

/** Nothing the bot sends may ping anyone, not even the author of a message it replies to. */
export const NO_MENTIONS = { parse: [], repliedUser: false } as const;

/** A rendered reply as discord.js message options (a new message, a reply, or an interaction response). */
export function toMessageOptions(reply: Reply, publicUrl?: string) {
  const { content, embeds, components } = renderDiscord(reply, { publicUrl });
  return { content, embeds, components, allowedMentions: { parse: [] } };
}

/** The same, as a private (ephemeral) interaction response. */
export function toPrivateOptions(reply: Reply, publicUrl?: string) {
  return { ...toMessageOptions(reply, publicUrl), flags: MessageFlags.Ephemeral } as const;
}

/** Options that replace a message in place: empty content clears any text the old message had. */
export function toUpdateOptions(reply: Reply, publicUrl?: string) {
  const options = toMessageOptions(reply, publicUrl);
  return { ...options, content: options.content ?? '' };
}
