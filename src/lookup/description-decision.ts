import type { TermRef } from '../replies.js';
import type { DescriptionHit } from './description-search.js';

/** Least share of a query's information a term must match to be offered at all… */
export const MIN_COVERAGE = 0.4;
/** …or, for a query of one or two meaningful words (likely a name), nearly all of it: `pizza recipe` is not a term. */
const SHORT_QUERY_COVERAGE = 0.9;
/** A card needs the winner to match this much of the query… */
const WINNER_COVERAGE = 0.85;
/** …to outscore the runner-up by this factor… */
const WINNER_MARGIN = 1.8;
/** …or by this factor when a phrase of the query matches one of its phrasings and none of the runner-up's… */
const PHRASE_MARGIN = 1.4;
/** …and the query to say at least this many meaningful words (fewer reads like a name we do not have). */
const WINNER_WORDS = 3;
/** A runner-up covering at most this share of what the leader covers counts as a weak rival. */
const WEAK_RIVAL_SHARE = 0.5;
const MAX_SUGGESTIONS = 3;
const MAX_ALTERNATIVES = 2;

/** What a description search concluded: a clear winner (with runners-up), a close call, or nothing relevant. */
export type DescriptionDecision =
  | { kind: 'winner'; slug: string; title: string; alternatives: TermRef[] }
  | { kind: 'close'; suggestions: TermRef[] }
  | { kind: 'none' };

/**
 * Decides from ranked hits. Only a clear winner gets a card, because a wrong card is worse than a question back:
 * it must lead, match most of what the query says, beat the runner-up by a wide margin, and the query must be
 * a description rather than an unknown name. Below that, terms that clear the relevance bar are suggested;
 * nothing clears it for garbage, which then gets a not-found without suggestions.
 */
export function decideDescription(hits: readonly DescriptionHit[], meaningfulWords: number): DescriptionDecision {
  const bar = meaningfulWords >= WINNER_WORDS ? MIN_COVERAGE : SHORT_QUERY_COVERAGE;
  const relevant = hits.filter((h) => h.coverage >= bar);
  const [top] = hits;
  if (!top || relevant.length === 0) return { kind: 'none' };
  // The runner-up that counts is the next relevant term: one matching little of the query is no rival.
  const runnerUp = relevant.find((h) => h.slug !== top.slug);
  const clear =
    meaningfulWords >= WINNER_WORDS &&
    top.coverage >= WINNER_COVERAGE &&
    (!runnerUp ||
      top.score >= (top.phrase && !runnerUp.phrase ? PHRASE_MARGIN : WINNER_MARGIN) * rivalScore(top, runnerUp));
  if (clear) {
    const alternatives = relevant.filter((h) => h.slug !== top.slug).slice(0, MAX_ALTERNATIVES);
    return { kind: 'winner', slug: top.slug, title: top.title, alternatives: alternatives.map(toRef) };
  }
  return { kind: 'close', suggestions: relevant.slice(0, MAX_SUGGESTIONS).map(toRef) };
}

/**
 * The runner-up's score, scaled down when it covers at most half as much of the query as the leader: a term
 * that shares a few common words with the question (and so scores well on a big glossary) is a weaker rival
 * than one that matches most of it.
 */
function rivalScore(top: DescriptionHit, runnerUp: DescriptionHit): number {
  const share = runnerUp.coverage / top.coverage;
  return share <= WEAK_RIVAL_SHARE ? runnerUp.score * share : runnerUp.score;
}

function toRef(hit: DescriptionHit): TermRef {
  return { slug: hit.slug, title: hit.title };
}
