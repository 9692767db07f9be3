import { z } from 'zod';

// The plain values live in a module without zod, so answering (which needs them) does not load the schema library.
import { CATEGORIES, DIFFICULTIES, SLUG_PATTERN } from './term-rules.js';

export { CATEGORIES, DIFFICULTIES, type Difficulty, MAX_SLUG_LENGTH, SLUG_PATTERN } from './term-rules.js';

const text = (max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? 'is missing' : 'must be text') })
    .trim()
    .min(1, 'must not be empty')
    .max(max, `is too long (at most ${max} characters)`);

const list = <T extends z.ZodType>(item: T, min: number, max: number) =>
  z
    .array(item, { error: (issue) => (issue.input === undefined ? 'is missing' : 'must be a list') })
    .min(min, `needs at least ${min} items`)
    .max(max, `has too many items (at most ${max})`);

const slug = z.string().regex(SLUG_PATTERN, 'must be a slug like "post-training" (lowercase, dashes)');

export const ComparisonRowSchema = z.strictObject({
  aspect: text(40),
  this: text(160),
  other: text(160),
});

export const ComparisonSchema = z.strictObject({
  /** Display name of the term it is compared against, e.g. "Pre-training". */
  against: text(60),
  /** Slug of that term when it is in the glossary (optional: the contrast may be outside it). */
  slug: slug.optional(),
  rows: list(ComparisonRowSchema, 4, 6),
});

export const MisconceptionSchema = z.strictObject({
  myth: text(200),
  reality: text(240),
});

export const RelatedSchema = z.strictObject({
  slug,
  note: text(80),
});

export const SourceSchema = z.strictObject({
  title: text(120),
  url: z.url({ protocol: /^https$/, error: 'must be an https:// link' }),
});

/** The single source of truth for a term file (`terms/<slug>.yaml`). */
export const TermFileSchema = z.strictObject({
  title: text(60),
  aliases: list(text(60), 0, 12).default([]),
  categories: list(z.enum(CATEGORIES, { error: `must be one of: ${CATEGORIES.join(', ')}` }), 1, 2),
  difficulty: z.enum(DIFFICULTIES, { error: `must be one of: ${DIFFICULTIES.join(', ')}` }),
  summary: text(200),
  explanation: text(700),
  examples: list(text(300), 3, 5),
  comparison: ComparisonSchema,
  whyItMatters: list(text(300), 3, 5),
  whereUsed: list(text(300), 3, 5),
  misconceptions: list(MisconceptionSchema, 3, 5),
  sentences: list(text(220), 3, 5),
  related: list(RelatedSchema, 3, 6),
  sources: list(SourceSchema, 0, 5).optional(),
  /**
   * Everyday ways people describe the term without naming it ("when a model makes things up"). Not shown on
   * cards; indexed with a high weight by the description search, so a newcomer's wording finds the term.
   */
  phrasings: list(text(120), 0, 10).optional(),
});

export type TermFile = z.infer<typeof TermFileSchema>;
export type ComparisonRow = z.infer<typeof ComparisonRowSchema>;
export type Misconception = z.infer<typeof MisconceptionSchema>;
export type RelatedLink = z.infer<typeof RelatedSchema>;

/** A validated term, with its slug taken from the file name. */
export type Term = TermFile & { slug: string };
