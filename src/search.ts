import type { Glossary } from './glossary/glossary.js';
import type { TermRef } from './replies.js';

/** Most results a search returns. */
export const SEARCH_LIMIT = 50;

/**
 * Terms for a search box, best first, using the bot's own lookup: an exact name or alias, then names
 * starting with what was typed, then the typo-tolerant answer and its "did you mean" suggestions, else the
 * nearest terms the bot's not-found reply would offer. Runs in
 * the bot (`/api/search`) and, bundled, in the browser (the home page), so both rank exactly like `/define`;
 * whatever the lookup learns (descriptions, more aliases) the search gets for free.
 */
export function searchGlossary(glossary: Glossary, query: string, limit = SEARCH_LIMIT): TermRef[] {
  if (query.trim() === '') return glossary.index.autocomplete('', limit);
  const found = new Map<string, TermRef>();
  const add = (ref: TermRef | undefined) => {
    if (ref && found.size < limit && !found.has(ref.slug)) found.set(ref.slug, ref);
  };
  const resolution = glossary.index.resolve(query);
  const answered = resolution.kind === 'term' ? glossary.ref(resolution.slug) : undefined;
  if (resolution.kind === 'term' && resolution.match.type !== 'fuzzy') add(answered);
  for (const ref of glossary.index.autocomplete(query, limit)) add(ref);
  add(answered);
  if (resolution.kind === 'suggestions') for (const ref of resolution.suggestions) add(ref);
  // Nothing close enough to answer: like the bot's not-found reply, offer the nearest terms.
  if (found.size === 0 && resolution.kind === 'not-found') for (const ref of resolution.suggestions) add(ref);
  return [...found.values()];
}
