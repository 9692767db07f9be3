import type { ComparisonReply, Reply, TermReply } from '../replies.js';
import { SECTIONS } from '../replies.js';
import {
  comparisonSourceLine,
  DIFFICULTY_BADGES,
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
import { TEXT_MARKUP as m } from './markup.js';

const LONG = 4000;

/** Renders any reply as readable terminal text (console bot, `glossary define`). */
export function renderText(reply: Reply): string {
  switch (reply.kind) {
    case 'term':
      return renderTerm(reply);
    case 'comparison':
      return renderComparison(reply);
    case 'suggestions':
      return [...suggestionsLines(m, reply), ...refList(reply.suggestions)].join('\n');
    case 'not-found':
      return [...notFoundLines(m, reply), ...refList(reply.suggestions)].join('\n');
    case 'help':
      return ['AI glossary', '', ...helpLines(m, reply), ...refList(reply.examples)].join('\n');
    case 'mentions':
      return mentionsLines(m, reply).join('\n');
    case 'notice':
      return m.text(reply.text, LONG);
    case 'error':
      return `Error: ${m.text(reply.message, LONG)}`;
  }
}

function renderTerm(reply: TermReply): string {
  const { term } = reply;
  const lines: string[] = [];
  const kicker = kickerLine(reply);
  if (kicker) lines.push(kicker);
  if (reply.context.kind === 'shared') lines.push(`Shared by ${m.user(reply.context.by, 80)}`);
  lines.push(m.plain(term.title, 200));
  if (reply.section === 'overview') {
    lines.push(metaLine(m, reply));
    const match = matchLine(m, reply);
    if (match) lines.push(match);
    const missing = missingSideLine(m, reply);
    if (missing) lines.push(missing);
    lines.push('', m.text(term.summary, LONG), '', m.text(term.explanation, LONG));
  } else if (reply.section === 'glance') {
    lines.push('', `${sectionHeading(reply)}: ${m.text(term.title, 80)} vs ${m.text(term.comparison.against, 80)}`);
    for (const row of term.comparison.rows.slice(0, MAX_ROWS)) {
      lines.push(
        '',
        m.plain(row.aspect, 80),
        `  ${m.plain(term.title, 60)}: ${m.text(row.this, LONG)}`,
        `  ${m.plain(term.comparison.against, 60)}: ${m.text(row.other, LONG)}`,
      );
    }
  } else {
    lines.push('', sectionHeading(reply), ...sectionLines(m, reply));
  }
  lines.push('');
  if (reply.section === 'overview' && reply.related.length > 0) {
    lines.push(`Related: ${reply.related.map((r) => m.plain(r.title, 100)).join(', ')}`);
  }
  const others = [...(reply.alternatives ?? []), ...(reply.missing?.suggestions ?? [])];
  if (others.length > 0)
    lines.push(`Or did you mean: ${others.map((r) => `${m.plain(r.title, 100)} (${r.slug})`).join(', ')}`);
  lines.push(`More: ${SECTIONS.filter((s) => s !== reply.section).join(' · ')}`);
  return lines.join('\n');
}

function renderComparison(reply: ComparisonReply): string {
  const { left, right } = reply;
  const side = (term: ComparisonReply['left']) =>
    `${m.plain(term.title, 100)} (${DIFFICULTY_BADGES[term.difficulty] ?? ''}): ${m.text(term.summary, LONG)}`;
  const lines = [`${m.plain(left.title, 100)} vs ${m.plain(right.title, 100)}`, '', side(left), side(right), ''];
  lines.push(comparisonSourceLine(m, reply));
  for (const row of reply.rows.slice(0, MAX_ROWS)) {
    lines.push(
      '',
      m.plain(row.aspect, 80),
      `  ${m.plain(left.title, 60)}: ${m.text(row.left, LONG)}`,
      `  ${m.plain(right.title, 60)}: ${m.text(row.right, LONG)}`,
    );
  }
  lines.push('', `Open either: open ${left.slug} · open ${right.slug}`);
  return lines.join('\n');
}

function refList(refs: readonly { slug: string; title: string }[]): string[] {
  return refs.map((r) => `  • ${m.plain(r.title, 100)} (${r.slug})`);
}
