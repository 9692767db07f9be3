import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { answer } from '../../src/answer.js';
import type { Glossary } from '../../src/glossary/glossary.js';
import type { Reply } from '../../src/replies.js';

/** The hand-written question set (tests/questions/questions.yaml). */
export interface QuestionSet {
  comparisons: { q: string; expect?: [string, string]; expectTerm?: string }[];
  /** `also`: another term that answers the description just as rightly (e.g. a narrower term added later). */
  descriptions: { q: string; expect: string; also?: string[] }[];
  unknown: string[];
  garbage: string[];
  names: { q: string; expect: string }[];
}

export function readQuestionSet(path = 'tests/questions/questions.yaml'): QuestionSet {
  return load(readFileSync(path, 'utf8')) as QuestionSet;
}

/** A wrong answer given with a card: the worst outcome, since the reader has no reason to doubt it. */
export interface WrongCard {
  category: string;
  q: string;
  got: string;
}

export interface QuestionScores {
  comparisons: { right: number; total: number };
  descriptions: { card: number; first: number; top3: number; total: number };
  unknown: { safe: number; total: number };
  garbage: { clean: number; total: number };
  names: { right: number; total: number };
  wrongCards: WrongCard[];
  misses: string[];
}

/**
 * The slugs a reply offers, in order: a card first, then its runners-up; or the suggestions. "First" means the
 * right term is what the reply leads with (the card, or the first "did you mean" button); "top 3" means it is
 * among the first three offered.
 */
function offered(reply: Reply): string[] {
  if (reply.kind === 'term') return [reply.term.slug, ...(reply.alternatives ?? []).map((r) => r.slug)];
  if (reply.kind === 'suggestions' || reply.kind === 'not-found') return reply.suggestions.map((s) => s.slug);
  return [];
}

function cardOf(reply: Reply): string | undefined {
  if (reply.kind === 'term') return reply.term.slug;
  if (reply.kind === 'comparison') return `${reply.left.slug} vs ${reply.right.slug}`;
  return undefined;
}

/** Asks every question through the same `answer` the bots use and scores the replies. */
export function scoreQuestions(glossary: Glossary, set: QuestionSet): QuestionScores {
  const ask = (q: string) => answer(glossary, { kind: 'define', query: q });
  const scores: QuestionScores = {
    comparisons: { right: 0, total: set.comparisons.length },
    descriptions: { card: 0, first: 0, top3: 0, total: set.descriptions.length },
    unknown: { safe: 0, total: set.unknown.length },
    garbage: { clean: 0, total: set.garbage.length },
    names: { right: 0, total: set.names.length },
    wrongCards: [],
    misses: [],
  };
  const wrong = (category: string, q: string, reply: Reply) => {
    const got = cardOf(reply);
    if (got) scores.wrongCards.push({ category, q, got });
    scores.misses.push(`${category}: ${JSON.stringify(q)} → ${got ?? `${reply.kind} [${offered(reply).join(', ')}]`}`);
  };
  for (const { q, expect, expectTerm } of set.comparisons) {
    const reply = ask(q);
    const right = expect
      ? reply.kind === 'comparison' && reply.left.slug === expect[0] && reply.right.slug === expect[1]
      : reply.kind === 'term' && reply.term.slug === expectTerm;
    if (right) scores.comparisons.right++;
    else wrong('comparison', q, reply);
  }
  for (const { q, expect, also = [] } of set.descriptions) {
    const reply = ask(q);
    const slugs = offered(reply).slice(0, 3);
    const right = (slug: string | undefined) => slug === expect || (slug !== undefined && also.includes(slug));
    if (reply.kind === 'term' && right(reply.term.slug)) scores.descriptions.card++;
    if (right(slugs[0])) scores.descriptions.first++;
    if (slugs.some(right)) scores.descriptions.top3++;
    if (!right(slugs[0])) wrong('description', q, reply);
  }
  for (const q of set.unknown) {
    const reply = ask(String(q));
    if (cardOf(reply) === undefined) scores.unknown.safe++;
    else wrong('unknown', String(q), reply);
  }
  for (const q of set.garbage) {
    const reply = ask(String(q));
    if (reply.kind === 'not-found' && reply.suggestions.length === 0) scores.garbage.clean++;
    else wrong('garbage', String(q), reply);
  }
  for (const { q, expect } of set.names) {
    const reply = ask(q);
    if (reply.kind === 'term' && reply.term.slug === expect) scores.names.right++;
    else wrong('name', q, reply);
  }
  return scores;
}

const pct = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;

/** The rates as a small table, for the test log and the README. */
export function formatScores(s: QuestionScores): string {
  return [
    `comparisons right          ${s.comparisons.right}/${s.comparisons.total} = ${pct(s.comparisons.right, s.comparisons.total)}`,
    `descriptions, right card   ${s.descriptions.card}/${s.descriptions.total} = ${pct(s.descriptions.card, s.descriptions.total)}`,
    `descriptions first         ${s.descriptions.first}/${s.descriptions.total} = ${pct(s.descriptions.first, s.descriptions.total)}`,
    `descriptions in top 3      ${s.descriptions.top3}/${s.descriptions.total} = ${pct(s.descriptions.top3, s.descriptions.total)}`,
    `unknown names, no card     ${s.unknown.safe}/${s.unknown.total} = ${pct(s.unknown.safe, s.unknown.total)}`,
    `garbage, clean not-found   ${s.garbage.clean}/${s.garbage.total} = ${pct(s.garbage.clean, s.garbage.total)}`,
    `typo'd names right         ${s.names.right}/${s.names.total} = ${pct(s.names.right, s.names.total)}`,
    `confident wrong answers    ${s.wrongCards.length}`,
  ].join('\n');
}
