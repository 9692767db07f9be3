import type { Match, TermRef } from '../replies.js';

/** What a query resolved to; misses are values, not exceptions. */
export type Resolution =
  | { kind: 'term'; slug: string; match: Match }
  | { kind: 'suggestions'; suggestions: TermRef[] }
  | { kind: 'not-found'; reason: 'empty' | 'too-long' | 'no-match'; suggestions: TermRef[] };
