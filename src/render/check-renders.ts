import { compareTerms } from '../compare-terms.js';
import type { GlossaryCheck } from '../glossary/check.js';
import type { Problem } from '../glossary/problems.js';
import type { Term } from '../glossary/schema.js';
import { type ComparisonReply, SECTIONS, type Section, type TermReply } from '../replies.js';
import { findDiscordViolations, findSlackViolations } from './check-limits.js';
import { renderDiscord } from './discord.js';
import { renderSlack } from './slack.js';

/** The busiest ways a section can be shown: shared with a fuzzy match and a Share button, or as term of the day. */
function variants(term: Term, section: Section, bySlug: ReadonlyMap<string, Term>): TermReply[] {
  const related = term.related.flatMap((link) => {
    const target = bySlug.get(link.slug);
    return target ? [{ slug: target.slug, title: target.title, note: link.note }] : [];
  });
  const base = { kind: 'term' as const, term, section, related };
  return [
    {
      ...base,
      context: { kind: 'shared', by: 'U0123456789' },
      match: { type: 'fuzzy', matched: term.title },
      query: term.title,
    },
    { ...base, context: { kind: 'daily', date: '2025-01-06' } },
  ];
}

/**
 * Every term, in every section, and its comparison card against the term its `comparison` names, must render
 * within every Slack and Discord limit. The renderers cut text to
 * fit, so a violation here is a renderer bug. (A slug too long for button ids is rejected when files load.)
 */
export const checkRenders: GlossaryCheck = (terms, sources) => {
  const bySlug = new Map(terms.map((t) => [t.slug, t]));
  const problems: Problem[] = [];
  for (const term of terms) {
    const source = sources.get(term.slug);
    const at = { file: source?.file ?? `terms/${term.slug}.yaml`, line: 1, col: 1, field: '' };
    const messages = new Set<string>();
    for (const section of SECTIONS) {
      for (const reply of variants(term, section, bySlug)) {
        for (const v of findSlackViolations(renderSlack(reply, { shareable: true }))) {
          messages.add(`section "${section}" breaks a Slack limit: ${v}`);
        }
        for (const v of findDiscordViolations(renderDiscord(reply))) {
          messages.add(`section "${section}" breaks a Discord limit: ${v}`);
        }
      }
    }
    const other = term.comparison.slug ? bySlug.get(term.comparison.slug) : undefined;
    if (other) {
      const reply: ComparisonReply = { kind: 'comparison', left: term, right: other, ...compareTerms(term, other) };
      for (const v of findSlackViolations(renderSlack(reply)))
        messages.add(`its comparison card breaks a Slack limit: ${v}`);
      for (const v of findDiscordViolations(renderDiscord(reply))) {
        messages.add(`its comparison card breaks a Discord limit: ${v}`);
      }
    }
    for (const message of messages) problems.push({ ...at, message });
  }
  return problems;
};
