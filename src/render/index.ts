import type { Reply } from '../replies.js';
import { renderDiscord } from './discord.js';
import { renderSlack } from './slack.js';
import { renderText } from './text.js';

export { type DiscordMessage, type DiscordRow, renderDiscord } from './discord.js';
export {
  type Action,
  formatActionId,
  ID_VERSION,
  MAX_SLUG_LENGTH,
  parseActionId,
} from './ids.js';
export { DISCORD_LIMITS, SLACK_LIMITS } from './limits.js';
export { renderSlack, type SlackBlock, type SlackMessage, type SlackRenderOptions } from './slack.js';
export { renderText } from './text.js';

/** Output formats of `renderReply`. */
export type RenderFormat = 'slack' | 'discord' | 'text';

/** Renders a reply in one format: platform JSON for Slack and Discord, a string for text. */
export function renderReply(reply: Reply, format: 'slack'): ReturnType<typeof renderSlack>;
export function renderReply(reply: Reply, format: 'discord'): ReturnType<typeof renderDiscord>;
export function renderReply(reply: Reply, format: 'text'): string;
export function renderReply(
  reply: Reply,
  format: RenderFormat,
): ReturnType<typeof renderSlack> | ReturnType<typeof renderDiscord> | string;
export function renderReply(reply: Reply, format: RenderFormat) {
  if (format === 'slack') return renderSlack(reply);
  if (format === 'discord') return renderDiscord(reply);
  return renderText(reply);
}
