import { answerComparison } from './answer-comparison.js';
import type { Glossary } from './glossary/glossary.js';
import { decideDescription } from './lookup/description-decision.js';
import { DescriptionIndex } from './lookup/description-search.js';
import type { Resolution } from './lookup/resolution.js';
import type { Match, Reply, Section, TermRef, TermReply } from './replies.js';
import { termReply } from './term-reply.js';

const MAX_SUGGESTIONS = 5;
/** A query of this many words or more reads as a sentence rather than a name. */
const SENTENCE_WORDS = 4;

/**
 * Answers a free-form query, from cheap and certain to broad: an exact name; a comparison ("X vs Y"); a typo of
 * a name; a description of a term's meaning. Only confident matches get a card; close calls get suggestions;
 * the rest a not-found whose suggestions (if any) cleared a relevance bar.
 */
export function defineReply(glossary: Glossary, query: string, section: Section = 'overview'): Reply {
  const shownQuery = query.trim();
  const card = (slug: string, match: Match | undefined, extra: Partial<TermReply> = {}): Reply =>
    withCard(glossary, slug, section, { ...(match ? { match } : {}), query: shownQuery, ...extra }) ??
    notFound(shownQuery);
  const exact = glossary.index.resolveExact(query);
  if (exact?.kind === 'term') return card(exact.slug, exact.match);
  const comparison = answerComparison(glossary, query, (slug, extra) => {
    const resolution = glossary.index.resolve(slug);
    return card(slug, resolution.kind === 'term' ? resolution.match : undefined, extra);
  });
  if (comparison) return comparison;
  const resolution = glossary.index.resolve(query);
  if (resolution.kind === 'term') return card(resolution.slug, resolution.match);
  if (resolution.kind === 'not-found' && resolution.reason !== 'no-match') {
    return { kind: 'not-found', query: shownQuery, reason: resolution.reason, suggestions: [] };
  }
  const words = DescriptionIndex.meaningfulWords(query);
  const decision = words > 0 ? decideDescription(glossary.descriptions.find(query), words) : { kind: 'none' as const };
  if (decision.kind === 'winner') {
    return card(
      decision.slug,
      { type: 'description', matched: decision.title },
      { alternatives: decision.alternatives },
    );
  }
  // A sentence is a description: what its meaning found comes before names it happens to resemble.
  const described = decision.kind === 'close' ? decision.suggestions : [];
  const named = namesSuggestions(resolution);
  const sentence = query.trim().split(/\s+/).length >= SENTENCE_WORDS;
  const suggestions = sentence ? merge(described, named) : merge(named, described);
  if (suggestions.length > 0 && (resolution.kind === 'suggestions' || decision.kind === 'close')) {
    return { kind: 'suggestions', query: shownQuery, suggestions };
  }
  return { kind: 'not-found', query: shownQuery, reason: 'no-match', suggestions };
}

function withCard(glossary: Glossary, slug: string, section: Section, extra: Partial<TermReply>): Reply | undefined {
  const reply = termReply(glossary, slug, section, { kind: 'lookup' });
  return reply && { ...reply, ...extra };
}

function namesSuggestions(resolution: Resolution): TermRef[] {
  return resolution.kind === 'term' ? [] : resolution.suggestions;
}

function merge(first: TermRef[], second: TermRef[]): TermRef[] {
  const seen = new Set<string>();
  return [...first, ...second].filter((r) => !seen.has(r.slug) && seen.add(r.slug)).slice(0, MAX_SUGGESTIONS);
}

function notFound(query: string): Reply {
  return { kind: 'not-found', query, reason: 'no-match', suggestions: [] };
}
