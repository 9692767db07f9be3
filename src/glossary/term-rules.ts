/** The fixed set of categories a term may belong to (documented in terms/README.md). */
export const CATEGORIES = [
  'ML Fundamentals',
  'LLM & Generative AI',
  'Agents & Retrieval',
  'Evaluation',
  'Infrastructure',
  'Responsible AI',
] as const;

export const DIFFICULTIES = ['beginner', 'intermediate', 'advanced'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** A slug is the file name without `.yaml`: lowercase words joined by single dashes. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Longest slug whose button ids still fit Discord's 100-character `custom_id` (the longest id is
 * `g1|section|<slug>|overview`, 20 characters plus the slug). Slack allows 255.
 */
export const MAX_SLUG_LENGTH = 80;
