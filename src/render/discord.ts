import type {
  APIActionRowComponent,
  APIButtonComponentWithCustomId,
  APIButtonComponentWithURL,
  APIEmbed,
  APIEmbedField,
  ButtonStyle,
  ComponentType,
} from 'discord-api-types/v10';
import type { Difficulty } from '../glossary/schema.js';
import type { ComparisonReply, Reply, TermReply } from '../replies.js';
import { type ButtonGroups, buildButtons } from './buttons.js';
import {
  comparedSideLine,
  comparisonSourceLine,
  helpLines,
  kickerLine,
  MAX_ROWS,
  matchLine,
  mentionsLines,
  metaLine,
  missingSideLine,
  notFoundLines,
  sectionHeading,
  sectionLines,
  suggestionsLines,
} from './copy.js';
import { DISCORD_LIMITS } from './limits.js';
import { DISCORD_MARKUP as m } from './markup.js';
import { joinFitting } from './truncate.js';

/** A row of buttons as Discord's API takes it. */
export type DiscordRow = APIActionRowComponent<APIButtonComponentWithCustomId | APIButtonComponentWithURL>;

/** Options for `renderDiscord`. */
export interface DiscordRenderOptions {
  /** PUBLIC_URL: term cards get an *Open full entry* link to the term's web page. */
  publicUrl?: string | undefined;
}

/** A Discord message body, ready for an interaction response or `POST /channels/{id}/messages`. */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: DiscordRow[];
  /** Always empty: nothing the bot echoes can ping anyone. */
  allowed_mentions: { parse: [] };
}

// Enum values written out, because `discord-api-types` is imported for types only.
const ACTION_ROW = 1 as ComponentType.ActionRow;
const BUTTON = 2 as ComponentType.Button;
const PRIMARY = 1 as ButtonStyle.Primary;
const SECONDARY = 2 as ButtonStyle.Secondary;
const LINK = 5 as ButtonStyle.Link;

const COLORS: Record<Difficulty | 'neutral', number> = {
  beginner: 0x2ecc71,
  intermediate: 0xf1c40f,
  advanced: 0xe74c3c,
  neutral: 0x5865f2,
};

const DESCRIPTION_MAX = 3500;
const SUMMARY_MAX = 600;
const EXPLANATION_MAX = 2000;
const FIELD_NAME_MAX = 60;
const CELL_MAX = 250;
const SIDE_MAX = 400;
/** Aspects shown in a comparison embed: 3 heading fields + 3 per aspect stay within 25 fields. */
const COMPARED_ROWS = 7;
/** Invisible filler that keeps comparison pairs two to a line on desktop. */
const SPACER: APIEmbedField = { name: '\u200b', value: '\u200b', inline: true };

/** Renders any reply as a Discord message, within every embed and component limit for any content. */
export function renderDiscord(reply: Reply, options: DiscordRenderOptions = {}): DiscordMessage {
  const rows = layoutRows(buildButtons(reply, { publicUrl: options.publicUrl }));
  switch (reply.kind) {
    case 'term':
      return message(termEmbed(reply), rows);
    case 'comparison':
      return message(comparisonEmbed(reply), rows);
    case 'suggestions':
      return message(simpleEmbed('Did you mean…?', suggestionsLines(m, reply)), rows);
    case 'not-found':
      return message(simpleEmbed('Not in the glossary yet', notFoundLines(m, reply)), rows);
    case 'help':
      return message(simpleEmbed('📖 AI glossary', helpLines(m, reply)), rows);
    case 'mentions':
      return message(simpleEmbed('Glossary terms', mentionsLines(m, reply)), rows);
    case 'notice':
      return {
        content: m.text(reply.text, DISCORD_LIMITS.content),
        embeds: [],
        components: [],
        allowed_mentions: NONE,
      };
    case 'error':
      return {
        content: `⚠️ ${m.text(reply.message, DISCORD_LIMITS.content - 3)}`,
        embeds: [],
        components: [],
        allowed_mentions: NONE,
      };
  }
}

const NONE = { parse: [] as [] };

function termEmbed(reply: TermReply): APIEmbed {
  const { term } = reply;
  const kicker = kickerLine(reply);
  const lines: string[] = [];
  if (reply.context.kind === 'shared') lines.push(`Shared by ${formatSharer(reply.context.by)}`);
  const embed: APIEmbed = {
    title: m.plain(term.title, DISCORD_LIMITS.title) || '…',
    color: COLORS[term.difficulty] ?? COLORS.neutral,
    ...(kicker ? { author: { name: kicker } } : {}),
  };
  if (reply.section === 'overview') {
    lines.push(metaLine(m, reply));
    const match = matchLine(m, reply);
    if (match) lines.push(match);
    const missing = missingSideLine(m, reply);
    if (missing) lines.push(missing);
    lines.push('', m.bold(term.summary, SUMMARY_MAX), '', m.text(term.explanation, EXPLANATION_MAX));
  } else if (reply.section === 'glance') {
    lines.push(
      `${m.bold(sectionHeading(reply), 40)}: ${m.text(term.title, 80)} vs ${m.text(term.comparison.against, 80)}`,
    );
    embed.fields = glanceFields(reply);
  } else {
    lines.push(
      m.bold(sectionHeading(reply), 40),
      ...sectionLines(m, reply).flatMap((line, i) => (i > 0 && reply.section === 'mistakes' ? ['', line] : [line])),
    );
  }
  embed.description = joinFitting(lines, DESCRIPTION_MAX) || '…';
  return embed;
}

/** One line per aspect: this term and the other side by side (stacked on phones, each field names its side). */
function glanceFields(reply: TermReply): APIEmbedField[] {
  const { term } = reply;
  return term.comparison.rows
    .slice(0, MAX_ROWS)
    .flatMap((row) => [
      field(`${row.aspect} · ${term.title}`, row.this),
      field(`${row.aspect} · ${term.comparison.against}`, row.other),
      SPACER,
    ]);
}

/**
 * Two terms side by side: each title with difficulty and summary, then one line per aspect (both sides as inline
 * fields plus a spacer, like "At a glance"). At most seven aspects, so the fields stay within Discord's 25.
 */
function comparisonEmbed(reply: ComparisonReply): APIEmbed {
  const { left, right } = reply;
  const side = (term: ComparisonReply['left']): APIEmbedField => ({
    name: m.plain(term.title, FIELD_NAME_MAX) || '…',
    value: comparedSideLine(m, term, SIDE_MAX) || '—',
    inline: true,
  });
  const rows = reply.rows
    .slice(0, COMPARED_ROWS)
    .flatMap((row) => [
      field(`${row.aspect} · ${left.title}`, row.left),
      field(`${row.aspect} · ${right.title}`, row.right),
      SPACER,
    ]);
  return {
    title: m.plain(`${left.title} vs ${right.title}`, DISCORD_LIMITS.title) || '…',
    color: COLORS.neutral,
    description: comparisonSourceLine(m, reply),
    fields: [side(left), side(right), SPACER, ...rows],
  };
}

function field(name: string, value: string): APIEmbedField {
  return { name: m.plain(name, FIELD_NAME_MAX) || '…', value: m.text(value, CELL_MAX) || '—', inline: true };
}

function simpleEmbed(title: string, lines: string[]): APIEmbed {
  return { title, description: joinFitting(lines, DESCRIPTION_MAX) || '…', color: COLORS.neutral };
}

/** `<@id>` for a Discord user id (it renders as a name and, with `parse: []`, never pings); else escaped text. */
function formatSharer(by: string): string {
  return /^\d{17,20}$/.test(by) ? `<@${by}>` : m.user(by, 80);
}

/**
 * Lays button groups out in rows of at most five, each group starting a new row and long groups split
 * evenly (seven section buttons become 4 + 3); at most five rows.
 */
function layoutRows(all: ButtonGroups): DiscordRow[] {
  const groups = all.map((group) => group.filter((b) => b.url === undefined || b.url.length <= DISCORD_LIMITS.linkUrl));
  const rows = groups.flatMap((group) => {
    const count = Math.ceil(group.length / DISCORD_LIMITS.buttonsPerRow);
    const size = Math.ceil(group.length / count);
    return Array.from({ length: count }, (_, i) => group.slice(i * size, (i + 1) * size));
  });
  return rows.slice(0, DISCORD_LIMITS.rows).map((row) => ({
    type: ACTION_ROW,
    components: row.map((b) => {
      const label = m.plain(b.label, DISCORD_LIMITS.label) || '…';
      return b.url
        ? { type: BUTTON, style: LINK, url: b.url, label }
        : { type: BUTTON, style: b.primary ? PRIMARY : SECONDARY, custom_id: b.id, label };
    }),
  }));
}

function message(embed: APIEmbed, components: DiscordRow[]): DiscordMessage {
  return { embeds: [embed], components, allowed_mentions: NONE };
}
