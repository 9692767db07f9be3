import { compareTerms } from './compare-terms.js';
import type { Glossary } from './glossary/glossary.js';
import type { Term } from './glossary/schema.js';
import { distributeTail, parseComparison } from './lookup/comparison-query.js';
import type { Resolution } from './lookup/resolution.js';
import type { ComparisonReply, Reply, TermRef } from './replies.js';

type TermCard = (slug: string, extra: { query: string; missing?: { query: string; suggestions: TermRef[] } }) => Reply;

/**
 * Answers "X vs Y" and its other shapes, or returns undefined when the query is not a comparison (then the
 * normal lookup answers it). Each side goes through the normal lookup, so typos, aliases and plurals work.
 * Both found: the side-by-side card. Both the same term: that term. One found: that term, saying which side
 * was not found. Neither: a not-found with what each side came close to.
 */
export function answerComparison(glossary: Glossary, query: string, termCard: TermCard): Reply | undefined {
  const parsed = parseComparison(query);
  if (!parsed) return undefined;
  const shownQuery = query.trim();
  const left = resolveSide(glossary, parsed.left, parsed.right);
  const right = glossary.index.resolve(parsed.right);
  const leftTerm = left.kind === 'term' ? glossary.get(left.slug) : undefined;
  const rightTerm = right.kind === 'term' ? glossary.get(right.slug) : undefined;
  if (leftTerm && rightTerm) {
    if (leftTerm.slug === rightTerm.slug) return termCard(leftTerm.slug, { query: shownQuery });
    return { ...comparisonOf(leftTerm, rightTerm), query: shownQuery };
  }
  if (parsed.strength === 'weak') return undefined;
  if (leftTerm)
    return termCard(leftTerm.slug, { query: shownQuery, missing: missingSide(parsed.right, right, leftTerm.slug) });
  if (rightTerm)
    return termCard(rightTerm.slug, { query: shownQuery, missing: missingSide(parsed.left, left, rightTerm.slug) });
  const suggestions = dedupe([...suggestionsOf(left), ...suggestionsOf(right)]).slice(0, 5);
  return { kind: 'not-found', query: shownQuery, reason: 'no-match', suggestions };
}

/**
 * The side-by-side reply for two slugs (the web's `/compare/<a>/<b>/` page), in that order; undefined when either
 * is not a term or both are the same term. The same reply a "X vs Y" question gets.
 */
export function compareSlugs(glossary: Glossary, left: string, right: string): ComparisonReply | undefined {
  const leftTerm = glossary.get(left);
  const rightTerm = glossary.get(right);
  if (!leftTerm || !rightTerm || leftTerm.slug === rightTerm.slug) return undefined;
  return comparisonOf(leftTerm, rightTerm);
}

function comparisonOf(left: Term, right: Term): ComparisonReply {
  return { kind: 'comparison', left, right, ...compareTerms(left, right) };
}

/** The left side, or (when it names nothing on its own) the left side with the right side's last words. */
function resolveSide(glossary: Glossary, side: string, other: string): Resolution {
  const resolution = glossary.index.resolve(side);
  if (resolution.kind === 'term') return resolution;
  for (const longer of distributeTail(side, other)) {
    const retry = glossary.index.resolve(longer);
    if (retry.kind === 'term') return retry;
  }
  return resolution;
}

function missingSide(query: string, resolution: Resolution, shown: string): { query: string; suggestions: TermRef[] } {
  return {
    query,
    suggestions: suggestionsOf(resolution)
      .filter((s) => s.slug !== shown)
      .slice(0, 3),
  };
}

function suggestionsOf(resolution: Resolution): TermRef[] {
  return resolution.kind === 'term' ? [] : resolution.suggestions;
}

function dedupe(refs: TermRef[]): TermRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => !seen.has(r.slug) && seen.add(r.slug));
}
