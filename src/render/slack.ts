import type { ActionsBlock, Button, ContextBlock, DividerBlock, HeaderBlock, SectionBlock } from '@slack/types';
import type { ComparisonReply, Reply, TermReply } from '../replies.js';
import { type ButtonGroups, type ButtonOptions, buildButtons } from './buttons.js';
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
import { SLACK_LIMITS } from './limits.js';
import { type Markup, SLACK_MARKUP as m } from './markup.js';
import { joinFitting, truncate } from './truncate.js';

/** The blocks this renderer produces. */
export type SlackBlock = HeaderBlock | SectionBlock | ContextBlock | ActionsBlock | DividerBlock;

/** A Slack message body, ready for `chat.postMessage`, `respond()` or `chat.postEphemeral`. */
export interface SlackMessage {
  /** Fallback for notifications and screen readers (mrkdwn, escaped). */
  text: string;
  blocks: SlackBlock[];
}

export interface SlackRenderOptions extends ButtonOptions {
  /** The workspace's name for `/define` (SLACK_COMMAND), used wherever the text tells people what to type. */
  command?: string;
}

const FALLBACK_MAX = 400;
const SUMMARY_MAX = 600;
const EXPLANATION_MAX = 2000;
const CELL_MAX = 300;
const SIDE_MAX = 400;

/** Renders any reply as Slack Block Kit, within every Block Kit limit for any content. */
export function renderSlack(reply: Reply, options: SlackRenderOptions = {}): SlackMessage {
  const buttons = buildButtons(reply, options);
  const copy = options.command ? withCommand(options.command) : m;
  switch (reply.kind) {
    case 'term':
      return renderTerm(reply, buttons, copy);
    case 'comparison':
      return renderComparison(reply, buttons);
    case 'suggestions':
      return message(
        `Did you mean ${m.text(reply.suggestions.map((s) => s.title).join(', ') || 'another term', 300)}?`,
        [section(joinFitting(suggestionsLines(copy, reply), SLACK_LIMITS.text))],
        buttons,
      );
    case 'not-found':
      return message(
        `“${m.user(reply.query, 100)}” isn't in the glossary yet`,
        [section(joinFitting(notFoundLines(copy, reply), SLACK_LIMITS.text))],
        buttons,
      );
    case 'help':
      return message(
        'How to use the AI glossary',
        [header('📖 AI glossary'), section(joinFitting(helpLines(copy, reply), SLACK_LIMITS.text))],
        buttons,
      );
    case 'mentions': {
      const count = reply.terms.length;
      const text = count === 0 ? 'No glossary terms found' : `Found ${count} glossary term${count === 1 ? '' : 's'}`;
      return message(text, [section(joinFitting(mentionsLines(copy, reply), SLACK_LIMITS.text))], buttons);
    }
    case 'notice':
      return message(m.text(reply.text, 300), [section(m.text(reply.text, 1000))], []);
    case 'error':
      return message(m.text(reply.message, 300), [section(`⚠️ ${m.text(reply.message, 1000)}`)], []);
  }
}

/** Slack markup whose commands read `command` instead of `/define` (the copy names commands only through `code`). */
function withCommand(command: string): Markup {
  return { ...m, code: (literal) => m.code(literal.replace(/^\/define(?=\s|$)/, command)) };
}

function renderTerm(reply: TermReply, buttons: ButtonGroups, copy: Markup): SlackMessage {
  const { term } = reply;
  const blocks: SlackBlock[] = [];
  const kicker = kickerLine(reply);
  if (kicker) blocks.push(context(kicker));
  if (reply.context.kind === 'shared') blocks.push(context(`Shared by ${formatSharer(reply.context.by)}`));
  blocks.push(header(term.title));
  if (reply.section === 'overview') {
    blocks.push(context(metaLine(m, reply)));
    const match = matchLine(m, reply);
    if (match) blocks.push(context(match));
    const missing = missingSideLine(m, reply);
    if (missing) blocks.push(context(missing));
    blocks.push(section(m.bold(term.summary, SUMMARY_MAX)), section(m.text(term.explanation, EXPLANATION_MAX)));
  } else if (reply.section === 'glance') {
    blocks.push(...glanceBlocks(reply));
  } else {
    const heading = m.bold(sectionHeading(reply), 40);
    blocks.push(section(joinFitting([heading, ...sectionLines(copy, reply)], SLACK_LIMITS.text)));
  }
  const label = reply.section === 'overview' ? term.summary : sectionHeading(reply);
  return message(`${kicker ? `${kicker}: ` : ''}${m.text(term.title, 100)}: ${m.text(label, 250)}`, blocks, buttons);
}

/** "At a glance" as a two-column comparison: a heading row, then one section per aspect with two fields. */
function glanceBlocks(reply: TermReply): SlackBlock[] {
  const { term } = reply;
  const { comparison } = term;
  const blocks: SlackBlock[] = [
    {
      type: 'section',
      text: mrkdwn(m.bold(sectionHeading(reply), 40)),
      fields: [mrkdwn(m.bold(term.title, 80)), mrkdwn(m.bold(comparison.against, 80))],
    },
  ];
  for (const row of comparison.rows.slice(0, MAX_ROWS)) {
    blocks.push({
      type: 'section',
      text: mrkdwn(m.bold(row.aspect, 80)),
      fields: [mrkdwn(m.text(row.this, CELL_MAX) || '—'), mrkdwn(m.text(row.other, CELL_MAX) || '—')],
    });
  }
  return blocks;
}

/** Two terms side by side: both titles with difficulty and summary, then one section per aspect with two fields. */
function renderComparison(reply: ComparisonReply, buttons: ButtonGroups): SlackMessage {
  const { left, right } = reply;
  const title = `${left.title} vs ${right.title}`;
  const side = (term: ComparisonReply['left']) => `${m.bold(term.title, 80)}\n${comparedSideLine(m, term, SIDE_MAX)}`;
  const blocks: SlackBlock[] = [
    header(title),
    { type: 'section', fields: [mrkdwn(side(left)), mrkdwn(side(right))] },
    context(comparisonSourceLine(m, reply)),
  ];
  for (const row of reply.rows.slice(0, MAX_ROWS)) {
    blocks.push({
      type: 'section',
      text: mrkdwn(m.bold(row.aspect, 80)),
      fields: [mrkdwn(m.text(row.left, CELL_MAX) || '—'), mrkdwn(m.text(row.right, CELL_MAX) || '—')],
    });
  }
  return message(`${m.text(title, 250)}: side by side`, blocks, buttons);
}

/** `<@U123>` for a real Slack user id (the one intended mention); anything else as escaped text. */
function formatSharer(by: string): string {
  return /^[UW][A-Z0-9]+$/.test(by) ? `<@${by}>` : m.user(by, 80);
}

/** `fallback` is already escaped mrkdwn without formatting; it is cut (entity-safe) to a notification's length. */
function message(fallback: string, blocks: SlackBlock[], buttons: ButtonGroups): SlackMessage {
  const text = truncate(fallback.replace(/\s+/g, ' ').trim(), FALLBACK_MAX) || 'AI glossary';
  return { text, blocks: [...blocks, ...buttons.map(actions)].slice(0, SLACK_LIMITS.blocks) };
}

function mrkdwn(text: string) {
  return { type: 'mrkdwn' as const, text };
}

function header(text: string): HeaderBlock {
  return {
    type: 'header',
    text: { type: 'plain_text', text: m.plain(text, SLACK_LIMITS.headerText) || '…', emoji: true },
  };
}

function section(text: string): SectionBlock {
  return { type: 'section', text: mrkdwn(text || '…') };
}

function context(text: string): ContextBlock {
  return { type: 'context', elements: [mrkdwn(text || '…')] };
}

function actions(group: ButtonGroups[number]): ActionsBlock {
  const elements: Button[] = group.slice(0, SLACK_LIMITS.actionsElements).map((b) => ({
    type: 'button',
    action_id: b.id,
    text: { type: 'plain_text', text: m.plain(b.label, SLACK_LIMITS.buttonText) || '…', emoji: true },
    ...(b.primary ? { style: 'primary' as const } : {}),
    ...(b.url && b.url.length <= SLACK_LIMITS.buttonUrl ? { url: b.url } : {}),
  }));
  return { type: 'actions', elements };
}
