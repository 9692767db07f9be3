import type { Difficulty } from '../glossary/schema.js';
import type {
  ComparisonReply,
  HelpReply,
  MentionsReply,
  NotFoundReply,
  SuggestionsReply,
  TermReply,
} from '../replies.js';
import { SECTION_LABELS } from '../replies.js';
import type { Markup } from './markup.js';

/** Wording shared by every target, written once and escaped per target through a Markup. */

/** Longest single item (an example, a myth, a sentence) before it is cut. */
export const ITEM_MAX = 600;
/** Most items of one list shown; the schema allows 5, content beyond this is cut. */
export const MAX_ITEMS = 8;
/** Most comparison rows shown. */
export const MAX_ROWS = 8;

export const DIFFICULTY_BADGES: Record<Difficulty, string> = {
  beginner: '🟢 Beginner',
  intermediate: '🟡 Intermediate',
  advanced: '🔴 Advanced',
};

/** "🟡 Intermediate · LLM & Generative AI" */
export function metaLine(m: Markup, reply: TermReply): string {
  const badge = DIFFICULTY_BADGES[reply.term.difficulty] ?? '';
  const categories = reply.term.categories.slice(0, 4).map((c) => m.text(c, 60));
  return [badge, ...categories].filter(Boolean).join(' · ');
}

/** "Showing *Post-training* (closest match to “postraining”)", or undefined for an exact hit. */
export function matchLine(m: Markup, reply: TermReply): string | undefined {
  const match = reply.match;
  if (!match || match.type === 'exact') return undefined;
  const title = m.bold(reply.term.title, 80);
  if (match.type === 'description')
    return `I think you mean ${title} (from your description “${m.user(reply.query ?? '', 80)}”)`;
  if (match.type === 'fuzzy')
    return `Showing ${title} (closest match to “${m.user(reply.query ?? match.matched, 80)}”)`;
  return `Showing ${title} (“${m.user(match.matched, 80)}” is another name for it)`;
}

/** The kicker above a card: term of the day, random pick; shared attribution is per platform. */
export function kickerLine(reply: TermReply): string | undefined {
  if (reply.context.kind === 'daily') return '📅 Term of the day';
  if (reply.context.kind === 'random') return '🎲 Random term';
  return undefined;
}

/** Formatted lines of a list section (everything but overview and glance), each fitted on its own. */
export function sectionLines(m: Markup, reply: TermReply): string[] {
  const { term } = reply;
  const bullets = (items: readonly string[]) => items.slice(0, MAX_ITEMS).map((item) => `• ${m.text(item, ITEM_MAX)}`);
  switch (reply.section) {
    case 'examples':
      return bullets(term.examples);
    case 'why':
      return bullets(term.whyItMatters);
    case 'where':
      return bullets(term.whereUsed);
    case 'say':
      return term.sentences.slice(0, MAX_ITEMS).map((s) => `• “${m.text(s, ITEM_MAX)}”`);
    case 'mistakes':
      return term.misconceptions
        .slice(0, MAX_ITEMS)
        .map(
          (p) =>
            `${m.bold('Myth:', 10)} ${m.text(p.myth, ITEM_MAX)}\n${m.bold('Reality:', 12)} ${m.text(p.reality, ITEM_MAX)}`,
        );
    case 'next':
      return reply.related.length === 0
        ? [`Nothing linked yet. Try ${m.code('/define random')} for something new.`]
        : reply.related.slice(0, MAX_ITEMS).map((r) => `• ${m.bold(r.title, 80)}: ${m.text(r.note, 200)}`);
    default:
      return [];
  }
}

/** Heading of a section shown on its own. */
export function sectionHeading(reply: TermReply): string {
  return SECTION_LABELS[reply.section];
}

/** Lines of the "did you mean" reply. */
export function suggestionsLines(m: Markup, reply: SuggestionsReply): string[] {
  return [
    `I'm not sure which term you meant by “${m.user(reply.query, 100)}”.`,
    reply.suggestions.length > 0 ? 'Did you mean one of these?' : 'Try a different spelling or a shorter name.',
  ];
}

/** Lines of the kind not-found reply: what happened, the nearest terms, how to get the term added. */
export function notFoundLines(m: Markup, reply: NotFoundReply): string[] {
  const opening =
    reply.reason === 'empty'
      ? `Type a term after the command, for example ${m.code('/define post-training')}.`
      : reply.reason === 'too-long'
        ? 'That is a bit long for a term name. Try just the term, for example “RLHF”.'
        : `“${m.user(reply.query, 100)}” isn't in the glossary yet.`;
  // The "closest terms" line comes last: the list (or the buttons) follows it directly on every platform.
  return [
    opening,
    'Missing a term? Ask a maintainer to add it. Misses are recorded, so often-asked terms get written first.',
    ...(reply.suggestions.length > 0 ? ['These are the closest terms I have:'] : []),
  ];
}

/** Lines of the help reply. */
export function helpLines(m: Markup, reply: HelpReply): string[] {
  const example = reply.examples[0]?.title ?? 'post-training';
  return [
    `I explain ${reply.termCount} AI terms in plain words.`,
    `${m.code('/define <term>')} gives a short answer, e.g. ${m.code(`/define ${example}`)}.`,
    `Add a section: ${m.code(`/define ${example} examples`)}. Sections: examples, glance, why, where, mistakes, say, next.`,
    `Compare two terms: ${m.code('/define lora vs fine-tuning')}. Or describe one: ${m.code('/define when a model makes things up')}.`,
    `${m.code('/define today')} shows the term of the day.`,
    `${m.code('/define random [beginner|intermediate|advanced]')} picks a term for you.`,
    ...(reply.examples.length > 0 ? ['Try one of these:'] : []),
  ];
}

/** Lines of the mentions reply: one per term found, or a kind note when none were found. */
export function mentionsLines(m: Markup, reply: MentionsReply): string[] {
  if (reply.terms.length === 0) {
    return [`I didn't spot any glossary terms in that message. You can look one up with ${m.code('/define <term>')}.`];
  }
  return [
    'Terms in this message:',
    ...reply.terms
      .slice(0, MAX_ITEMS * 2)
      .map((t) => `• ${m.bold(t.title, 80)} (${DIFFICULTY_BADGES[t.difficulty] ?? ''}): ${m.text(t.summary, 300)}`),
  ];
}

/** "I couldn't find “open source”, so here is *Open weights* alone." for a comparison with one side missing. */
export function missingSideLine(m: Markup, reply: TermReply): string | undefined {
  if (!reply.missing) return undefined;
  const near = reply.missing.suggestions.map((s) => m.bold(s.title, 60));
  const hint = near.length > 0 ? ` Closest: ${near.join(', ')}.` : '';
  return `“${m.user(reply.missing.query, 80)}” isn't in the glossary yet, so this is ${m.bold(reply.term.title, 80)} on its own.${hint}`;
}

/** "🟢 Beginner · Low-rank adaptation…" — one side's heading line of a comparison card. */
export function comparedSideLine(m: Markup, term: ComparisonReply['left'], max: number): string {
  return `${DIFFICULTY_BADGES[term.difficulty] ?? ''} · ${m.text(term.summary, max)}`;
}

/** Where the rows of a comparison come from, said plainly. */
export function comparisonSourceLine(m: Markup, reply: ComparisonReply): string {
  if (reply.rowsFrom === 'entries') return 'Side by side, from both entries.';
  const owner = reply.rowsFrom === 'left' ? reply.left.title : reply.right.title;
  return `From the ${m.text(owner, 80)} entry's own comparison.`;
}
