import {
  defuseDiscord,
  escapeDiscord,
  escapeSlack,
  escapeSlackUser,
  slackBold,
  stripControl,
  stripInvisible,
} from './escape.js';
import { fitEscaped, truncate } from './truncate.js';

/** How one target writes text: every method escapes raw text and fits it into `max` characters first. */
export interface Markup {
  /** Term text (written by maintainers). */
  text(raw: string, max: number): string;
  /** Text a user typed: never pings, links or formats. */
  user(raw: string, max: number): string;
  /** Term text in bold. */
  bold(raw: string, max: number): string;
  /** A trusted literal such as a command, shown as code. */
  code(literal: string): string;
  /** Text with no markup at all (headers, titles, button labels). */
  plain(raw: string, max: number): string;
}

const oneLine = (raw: string) => raw.replace(/\s+/g, ' ').trim();

/** User text on one line, without control or invisible characters (see `stripInvisible`). */
const userLine = (raw: string) => oneLine(stripInvisible(raw));

/** Slack mrkdwn. */
export const SLACK_MARKUP: Markup = {
  text: (raw, max) => fitEscaped(raw, max, escapeSlack),
  user: (raw, max) => fitEscaped(userLine(raw), max, escapeSlackUser),
  bold: (raw, max) => `*${fitEscaped(oneLine(raw), max - 2, (s) => slackBold(s).slice(1, -1))}*`,
  code: (literal) => `\`${escapeSlack(literal.replace(/`/g, "'"))}\``,
  plain: (raw, max) => truncate(oneLine(raw), max),
};

/** Discord markdown (descriptions and field values). */
export const DISCORD_MARKUP: Markup = {
  text: (raw, max) => fitEscaped(raw, max, escapeDiscord),
  user: (raw, max) => fitEscaped(userLine(raw), max, escapeDiscord),
  bold: (raw, max) => `**${fitEscaped(oneLine(raw), max - 4, escapeDiscord)}**`,
  code: (literal) => `\`${literal.replace(/`/g, "'")}\``,
  plain: (raw, max) => fitEscaped(oneLine(raw), max, defuseDiscord),
};

/** Plain terminal text: no markup, control characters removed. */
export const TEXT_MARKUP: Markup = {
  text: (raw, max) => truncate(stripControl(raw), max),
  user: (raw, max) => truncate(userLine(raw), max),
  bold: (raw, max) => truncate(oneLine(stripControl(raw)), max),
  code: (literal) => literal,
  plain: (raw, max) => truncate(oneLine(stripControl(raw)), max),
};
