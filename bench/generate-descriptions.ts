import type { Term } from '../src/glossary/schema.js';
import type { Random } from './random.js';
import { NOUNS } from './vocabulary.js';

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
 * The prose vocabulary: the everyday words above first, then the AI nouns, then made-up words from syllables,
 * 4,000 in all, drawn with Zipf's law (rank r about 1/(r+10) as often), as words are in real text. On
 * the shipped glossary an indexed word appears in about 18% of terms; here in about 17% at 1,000 terms.
 */
const SYLLABLES = 'ka lo mi ra te su vi no pe da zu fi go ha je bo'.split(' ');
const VOCABULARY = [...new Set([...THINGS, ...NOUNS, ...made(4_000)])].slice(0, 4_000);
const CUMULATIVE = (() => {
  let sum = 0;
  return VOCABULARY.map((_, rank) => {
    sum += 1 / (rank + 10);
    return sum;
  });
})();

function made(count: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < count; i++) {
    let n = i;
    let word = '';
    do {
      word += SYLLABLES[n % SYLLABLES.length];
      n = Math.floor(n / SYLLABLES.length);
    } while (n > 0);
    out.push(`${word}x`);
  }
  return out;
}

/** A word of the prose vocabulary, common words more often (binary search on the cumulative weights). */
function zipfWord(random: Random): string {
  const target = random.next() * (CUMULATIVE.at(-1) ?? 1);
  let low = 0;
  let high = CUMULATIVE.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((CUMULATIVE[mid] ?? 0) < target) low = mid + 1;
    else high = mid;
  }
  return VOCABULARY[low] ?? 'data';
}

/**
 * Descriptive fields for a generated term, so the description index is as big as a real glossary's: an
 * explanation, examples, why it matters, where it is used, myths and two phrasings, built from a few hundred
 * everyday words plus the term's own title words (seeded, like the rest of the generator).
 */
export function describeTerm(title: string, random: Random): Omit<Term, 'slug' | 'title' | 'aliases' | 'summary'> {
  const own = title.toLowerCase().split(/[\s-]+/);
  const word = () => (random.next() < 0.15 ? random.pick(own) : zipfWord(random));
  const sentence = () =>
    `It ${random.pick(VERBS)} ${word()} and ${word()} for ${word()} ${word()} ${word()} of ${word()} ${word()}.`;
  const list = <T>(n: number, make: () => T) => Array.from({ length: n }, make);
  return {
    categories: FILLER_CATEGORIES,
    difficulty: random.pick(['beginner', 'intermediate', 'advanced'] as const),
    explanation: list(5, sentence).join(' '),
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
