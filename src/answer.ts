import { defineReply } from './answer-define.js';
import type { Glossary } from './glossary/glossary.js';
import { DIFFICULTIES, type Difficulty } from './glossary/term-rules.js';
import { normalizeText } from './lookup/normalize.js';
import { seededShuffle } from './random.js';
import type { CardContext, Reply, Section } from './replies.js';
import { termReply } from './term-reply.js';

export { termReply } from './term-reply.js';

/** What a user asked for, already translated from the platform's event. */
export type Request =
  | { kind: 'define'; query: string; section?: Section }
  | { kind: 'open'; slug: string; section: Section; context?: CardContext }
  | { kind: 'help' }
  | { kind: 'today' }
  | { kind: 'random'; difficulty?: Difficulty }
  | { kind: 'mentions'; text: string };

/** Words people use for each section, so `/define rlhf mistakes` or `/define rlhf myths` both work. */
const SECTION_WORDS: Record<string, Section> = {
  overview: 'overview',
  summary: 'overview',
  examples: 'examples',
  example: 'examples',
  glance: 'glance',
  'at a glance': 'glance',
  comparison: 'glance',
  compare: 'glance',
  vs: 'glance',
  why: 'why',
  'why it matters': 'why',
  where: 'where',
  'where used': 'where',
  'where its used': 'where',
  usage: 'where',
  mistakes: 'mistakes',
  'common mistakes': 'mistakes',
  misconceptions: 'mistakes',
  myths: 'mistakes',
  say: 'say',
  'how to say it': 'say',
  sentences: 'say',
  next: 'next',
  'learn next': 'next',
  related: 'next',
};

/** Longest phrases first, so "at a glance" wins over "glance". */
const SECTION_PHRASES = Object.entries(SECTION_WORDS).sort(([a], [b]) => b.length - a.length);

/**
 * Turns command text (`/define …`, a console line, a mention) into a request:
 * `help`, `today`, `random [level]`, `<query> [section]`, or a plain query.
 */
export function parseCommandText(text: string): Request {
  const key = normalizeText(text);
  if (key === '' || key === 'help' || key === '?') return { kind: 'help' };
  if (key === 'today' || key === 'term of the day' || key === 'daily') return { kind: 'today' };
  const random = /^random(?: (\w+))?$/.exec(key);
  if (random) {
    const level = random[1];
    if (level === undefined) return { kind: 'random' };
    if ((DIFFICULTIES as readonly string[]).includes(level)) return { kind: 'random', difficulty: level as Difficulty };
  }
  for (const [words, section] of SECTION_PHRASES) {
    if (key.endsWith(` ${words}`) && key.length > words.length + 1) {
      const query = text.trim().slice(0, text.trim().length - lastWordsLength(text, words.split(' ').length));
      if (query.trim()) return { kind: 'define', query: query.trim(), section };
    }
  }
  return { kind: 'define', query: text };
}

function lastWordsLength(text: string, count: number): number {
  const words = text.trim().split(/\s+/);
  return words.slice(-count).join(' ').length;
}

/** Options for answering: injected randomness and the clock, so tests are deterministic. */
export interface AnswerOptions {
  random?: () => number;
  now?: () => Date;
}

/** Answers a request from the glossary. Pure apart from the injected clock and randomness. */
export function answer(glossary: Glossary, request: Request, options: AnswerOptions = {}): Reply {
  switch (request.kind) {
    case 'help':
      return helpReply(glossary);
    case 'open':
      return (
        termReply(glossary, request.slug, request.section, request.context ?? { kind: 'lookup' }) ??
        notFound(request.slug)
      );
    case 'today': {
      const date = (options.now ?? (() => new Date()))();
      const slug = termOfTheDay(glossary, date) ?? '';
      const day = date.toISOString().slice(0, 10);
      return termReply(glossary, slug, 'overview', { kind: 'daily', date: day }) ?? helpReply(glossary);
    }
    case 'random': {
      const pool = glossary.filter(request.difficulty);
      const pick = pool[Math.floor((options.random ?? Math.random)() * pool.length)];
      return (pick && termReply(glossary, pick.slug, 'overview', { kind: 'random' })) ?? helpReply(glossary);
    }
    case 'mentions':
      return mentionsReply(glossary, request.text);
    case 'define':
      return defineReply(glossary, request.query, request.section);
  }
}

function notFound(query: string): Reply {
  return { kind: 'not-found', query, reason: 'no-match', suggestions: [] };
}

function helpReply(glossary: Glossary): Reply {
  const preferred = ['post-training', 'rlhf', 'kv-cache', 'retrieval-augmented-generation', 'hallucination'];
  const examples = preferred.flatMap((slug) => glossary.ref(slug) ?? []);
  for (const term of glossary.terms) {
    if (examples.length >= 3) break;
    if (!examples.some((e) => e.slug === term.slug)) examples.push({ slug: term.slug, title: term.title });
  }
  return { kind: 'help', termCount: glossary.size, examples: examples.slice(0, 3) };
}

function mentionsReply(glossary: Glossary, text: string): Reply {
  const terms = glossary.index.findMentions(text).flatMap((slug) => {
    const term = glossary.get(slug);
    return term ? [{ slug, title: term.title, summary: term.summary, difficulty: term.difficulty }] : [];
  });
  return { kind: 'mentions', terms };
}

/**
 * The glossary-wide term of the day for a UTC date: walks a seeded shuffle of all terms, one per day,
 * so no term repeats until every term has been shown. Per-channel daily posts keep their own history.
 */
export function termOfTheDay(glossary: Glossary, date: Date): string | undefined {
  const slugs = glossary.terms.map((t) => t.slug).sort();
  if (slugs.length === 0) return undefined;
  const day = Math.floor(date.getTime() / 86_400_000);
  const cycle = Math.floor(day / slugs.length);
  return seededShuffle(slugs, cycle)[day % slugs.length];
}
