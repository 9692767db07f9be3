import type { Term } from './glossary/schema.js';
import type { ComparedRow, ComparisonReply } from './replies.js';

const DIFFICULTY_NAMES: Record<Term['difficulty'], string> = {
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
};

/**
 * The rows of "left vs right". When either term's reviewed `comparison` is against the other, its rows are used
 * (swapped when it is the right term's). Otherwise the rows are taken from both entries' own fields, so nothing
 * is invented: how it works, what it is for, where you meet it, category and difficulty (what it is, the
 * summary, heads each side of the card).
 */
export function compareTerms(left: Term, right: Term): Pick<ComparisonReply, 'rows' | 'rowsFrom'> {
  if (left.comparison.slug === right.slug) {
    return {
      rowsFrom: 'left',
      rows: left.comparison.rows.map((r) => ({ aspect: r.aspect, left: r.this, right: r.other })),
    };
  }
  if (right.comparison.slug === left.slug) {
    return {
      rowsFrom: 'right',
      rows: right.comparison.rows.map((r) => ({ aspect: r.aspect, left: r.other, right: r.this })),
    };
  }
  return { rowsFrom: 'entries', rows: entryRows(left, right) };
}

function entryRows(left: Term, right: Term): ComparedRow[] {
  const row = (aspect: string, pick: (t: Term) => string | undefined): ComparedRow => ({
    aspect,
    left: pick(left) ?? '—',
    right: pick(right) ?? '—',
  });
  return [
    row('How it works', (t) => firstSentence(t.explanation)),
    row('What it is for', (t) => t.whyItMatters[0]),
    row("Where you'll meet it", (t) => t.whereUsed[0]),
    row('Category', (t) => t.categories.join(', ')),
    row('Difficulty', (t) => DIFFICULTY_NAMES[t.difficulty]),
  ];
}

/** The first sentence of a text (up to the first ". " followed by a capital), or all of it. */
export function firstSentence(text: string): string {
  const match = /^(.+?[.!?])\s+(?=[A-Z"“(])/s.exec(text.trim());
  return (match?.[1] ?? text).replace(/\s+/g, ' ').trim();
}
