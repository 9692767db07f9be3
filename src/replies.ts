import type { Difficulty, Term } from './glossary/schema.js';

/** The parts of a term a reader can open; `overview` is the compact card shown first. */
export const SECTIONS = ['overview', 'examples', 'glance', 'why', 'where', 'mistakes', 'say', 'next'] as const;
export type Section = (typeof SECTIONS)[number];

/** Button labels and headings, in the order the card offers them. */
export const SECTION_LABELS: Record<Section, string> = {
  overview: 'Overview',
  examples: 'Examples',
  glance: 'At a glance',
  why: 'Why it matters',
  where: "Where it's used",
  mistakes: 'Common mistakes',
  say: 'How to say it',
  next: 'Learn next',
};

export function isSection(value: string): value is Section {
  return (SECTIONS as readonly string[]).includes(value);
}

/** A pointer to a term, enough for a button or a list line. */
export interface TermRef {
  slug: string;
  title: string;
}

/**
 * How a query reached the term: exact title/slug, an alias, a fuzzy (typo-tolerant) match, or a search of what
 * terms mean (the query described the term without naming it).
 */
export interface Match {
  type: 'exact' | 'alias' | 'fuzzy' | 'description';
  /** The name that matched (title or alias), to tell the reader what we understood; the title for a description. */
  matched: string;
}

/** Why the reader sees this card: looked up, shared by someone, term of the day, or a random pick. */
export type CardContext =
  | { kind: 'lookup' }
  | { kind: 'shared'; by: string }
  | { kind: 'daily'; date: string }
  | { kind: 'random' };

export interface TermReply {
  kind: 'term';
  term: Term;
  section: Section;
  /** Related terms with titles resolved (unknown slugs dropped). */
  related: (TermRef & { note: string })[];
  match?: Match;
  /** The user's original query, when there was one. */
  query?: string;
  context: CardContext;
  /** Runner-up terms of a description search, offered as buttons under the card. */
  alternatives?: TermRef[];
  /** The side of a comparison that was not found ("open source" in "open weights vs open source"). */
  missing?: { query: string; suggestions: TermRef[] };
}

/** One aspect of a side-by-side comparison: what the left and the right term say about it. */
export interface ComparedRow {
  aspect: string;
  left: string;
  right: string;
}

/** Two terms side by side ("LoRA vs fine-tuning"). */
export interface ComparisonReply {
  kind: 'comparison';
  left: Term;
  right: Term;
  rows: ComparedRow[];
  /** Where the rows come from: one term's own comparison against the other, or both entries' fields. */
  rowsFrom: 'left' | 'right' | 'entries';
  /** The user's original query. */
  query?: string;
}

export interface SuggestionsReply {
  kind: 'suggestions';
  query: string;
  suggestions: TermRef[];
}

export interface NotFoundReply {
  kind: 'not-found';
  query: string;
  reason: 'empty' | 'too-long' | 'no-match';
  suggestions: TermRef[];
}

export interface HelpReply {
  kind: 'help';
  termCount: number;
  /** A few example terms to try. */
  examples: TermRef[];
}

/** Terms found inside a longer text (the "Explain AI terms" message action). */
export interface MentionsReply {
  kind: 'mentions';
  terms: (TermRef & { summary: string; difficulty: Difficulty })[];
}

/** A short confirmation (vote recorded, subscription changed). */
export interface NoticeReply {
  kind: 'notice';
  text: string;
}

/** Something went wrong; `message` is already written for the user. */
export interface ErrorReply {
  kind: 'error';
  message: string;
}

export type Reply =
  | TermReply
  | ComparisonReply
  | SuggestionsReply
  | NotFoundReply
  | HelpReply
  | MentionsReply
  | NoticeReply
  | ErrorReply;

/** The apology every adapter shows when a handler fails unexpectedly. */
export const APOLOGY: ErrorReply = {
  kind: 'error',
  message: 'Sorry, something went wrong on our side while answering. Please try again in a moment.',
};
