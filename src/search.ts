import { defineReply } from './answer-define.js';
import type { Glossary } from './glossary/glossary.js';
import type { TermRef } from './replies.js';

/** Most results a search returns. */
export const SEARCH_LIMIT = 50;

/**
 * Terms for a search box, best first, from the same answer `/define` gives (`defineReply`): the term it would
 * answer with an exact name, an alias or a description ("when a model makes things up"), or both terms of a
 * comparison; then names starting with what was typed (autocomplete); then a typo's answer, the runners-up and
 * the "did you mean" suggestions; else the nearest terms the bot's not-found reply would offer. Runs in the bot
 * (`/api/search`) and, bundled, in the browser (the home page), so both rank exactly like `/define`.
 */
export function searchGlossary(glossary: Glossary, query: string, limit = SEARCH_LIMIT): TermRef[] {
  if (query.trim() === '') return glossary.index.autocomplete('', limit);
  const found = new Map<string, TermRef>();
  const add = (ref: TermRef | undefined) => {
    if (ref && found.size < limit && !found.has(ref.slug)) found.set(ref.slug, ref);
  };
  const reply = defineReply(glossary, query);
  const answered = reply.kind === 'term' ? glossary.ref(reply.term.slug) : undefined;
  // A typo's answer comes after the names that start with what was typed ("pre" is pre-training's start, not
  // a typo of "pro…"); every other answer is what the reader asked for.
  if (reply.kind === 'term' && reply.match?.type !== 'fuzzy') add(answered);
  if (reply.kind === 'comparison') for (const term of [reply.left, reply.right]) add(glossary.ref(term.slug));
  for (const ref of glossary.index.autocomplete(query, limit)) add(ref);
  add(answered);
  if (reply.kind === 'term')
    for (const ref of [...(reply.alternatives ?? []), ...(reply.missing?.suggestions ?? [])]) add(ref);
  if (reply.kind === 'suggestions') for (const ref of reply.suggestions) add(ref);
  // Nothing close enough to answer: like the bot's not-found reply, offer the nearest terms.
  if (found.size === 0 && reply.kind === 'not-found') for (const ref of reply.suggestions) add(ref);
  return [...found.values()];
}
