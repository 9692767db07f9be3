import type { Term } from '../src/glossary/schema.js';
import type { Random } from './random.js';
import { MIDDLES, NOUNS } from './vocabulary.js';

/** Everyday words a glossary's prose is made of, beside the AI nouns of titles. */
const VERBS = `reduces improves speeds stores splits compresses ranks filters predicts measures learns adapts routes
caches scores detects generates summarizes labels cleans merges balances limits tracks explains checks repairs
schedules shares freezes mixes samples searches retrieves trains serves evaluates monitors`
  .split(/\s+/)
  .filter(Boolean);
const THINGS = `memory cost errors noise bias latency accuracy quality speed bandwidth storage privacy safety
documents images answers prompts users requests servers chips phones budgets logs labels records results teams
customers invoices photos emails tickets recipes songs maps sensors cameras robots cars hospitals banks schools`
  .split(/\s+/)
  .filter(Boolean);
const PLACES = `search engines chat assistants recommendation feeds fraud checks medical imaging voice assistants
code editors customer support translation apps self-driving cars factory robots spam filters photo apps`
  .split(/\s+/)
  .filter(Boolean);
const FILLER_CATEGORIES: Term['categories'] = ['ML Fundamentals'];

/**
 * Descriptive fields for a generated term, so the description index is as big as a real glossary's: an
 * explanation, examples, why it matters, where it is used, myths and two phrasings, built from a few hundred
 * everyday words plus the term's own title words (seeded, like the rest of the generator).
 */
export function describeTerm(title: string, random: Random): Omit<Term, 'slug' | 'title' | 'aliases' | 'summary'> {
  const own = title.toLowerCase().split(/[\s-]+/);
  const word = () => (random.next() < 0.25 ? random.pick(own) : random.pick(THINGS));
  const sentence = () =>
    `It ${random.pick(VERBS)} ${word()} and ${word()} for ${random.pick(NOUNS)} ${random.pick(MIDDLES)} ${random.pick(THINGS)}.`;
  const list = <T>(n: number, make: () => T) => Array.from({ length: n }, make);
  return {
    categories: FILLER_CATEGORIES,
    difficulty: random.pick(['beginner', 'intermediate', 'advanced'] as const),
    explanation: list(4, sentence).join(' '),
    examples: list(3, () => `A team ${random.pick(VERBS)} ${word()} in ${random.pick(PLACES)} ${random.pick(PLACES)}.`),
    comparison: {
      against: 'Something else',
      rows: ['Goal', 'Data', 'Cost', 'Result'].map((aspect) => ({ aspect, this: 'This', other: 'That' })),
    },
    whyItMatters: list(3, sentence),
    whereUsed: list(3, () => `Used in ${random.pick(PLACES)} ${random.pick(PLACES)} to handle ${word()}.`),
    misconceptions: list(3, () => ({ myth: `It always ${random.pick(VERBS)} ${word()}.`, reality: 'Not always.' })),
    sentences: ['We used it.', 'It helped.', 'It matters.'],
    related: [],
    phrasings: list(2, () => `the thing that ${random.pick(VERBS)} ${word()} ${word()}`),
  };
}
