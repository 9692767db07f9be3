import type { Term } from '../src/glossary/schema.js';
import { compactKey, normalizeText } from '../src/lookup/normalize.js';
import { createRandom, type Random } from './random.js';
import { MIDDLES, MODIFIERS, NOUNS, SUMMARY_OBJECTS, SUMMARY_VERBS } from './vocabulary.js';

/** Share of multi-word terms that also get their acronym as an alias ("Low-rank adapter" → "LRA"). */
const ACRONYM_SHARE = 0.35;

/** Fields every generated term shares; lookup only reads titles, slugs and aliases. */
const FILLER = {
  categories: ['ML Fundamentals'],
  difficulty: 'intermediate',
  explanation: 'A generated explanation.',
  examples: ['Example one.', 'Example two.', 'Example three.'],
  comparison: {
    against: 'Something else',
    rows: ['Goal', 'Data', 'Cost', 'Result'].map((aspect) => ({ aspect, this: 'This', other: 'That' })),
  },
  whyItMatters: ['Reason one.', 'Reason two.', 'Reason three.'],
  whereUsed: ['Place one.', 'Place two.', 'Place three.'],
  misconceptions: [1, 2, 3].map((n) => ({ myth: `Myth ${n}.`, reality: `Reality ${n}.` })),
  sentences: ['We used it.', 'It helped.', 'It matters.'],
  related: [],
} satisfies Omit<Term, 'slug' | 'title' | 'aliases' | 'summary'>;

const unique = (words: string[]) => [...new Set(words)];

/**
 * A realistic synthetic glossary of `size` terms: one- to three-word AI-sounding titles ("Sparse expert
 * routing"), acronym aliases for about a third of the multi-word ones, a one-line summary each. Seeded: the
 * same size and seed always give the same glossary. Titles, slugs and aliases never collide.
 */
export function generateGlossary(size: number, seed = 7): Term[] {
  const random = createRandom(seed);
  const modifiers = unique(MODIFIERS);
  const nouns = unique(NOUNS);
  const middles = unique(MIDDLES);
  const taken = new Set<string>();
  const terms: Term[] = [];
  let attempts = 0;
  while (terms.length < size && attempts++ < size * 50) {
    const words = pickWords(random, modifiers, middles, nouns);
    const title = capitalize(words.join(' '));
    const slug = normalizeText(title).replace(/ /g, '-');
    const compact = compactKey(normalizeText(title));
    if (taken.has(compact)) continue;
    taken.add(compact);
    const aliases: string[] = [];
    const acronym = acronymOf(words);
    if (acronym && random.next() < ACRONYM_SHARE && !taken.has(acronym.toLowerCase())) {
      taken.add(acronym.toLowerCase());
      aliases.push(acronym);
    }
    const summary = `${title} ${random.pick(SUMMARY_VERBS)} ${random.pick(SUMMARY_OBJECTS)} for ${random.pick(nouns)} workloads.`;
    terms.push({ ...FILLER, slug, title, aliases, summary });
  }
  return terms;
}

function pickWords(random: Random, modifiers: string[], middles: string[], nouns: string[]): string[] {
  const shape = random.next();
  if (shape < 0.06) return [random.pick(nouns)];
  if (shape < 0.6) return [random.pick(modifiers), random.pick(nouns)];
  return [random.pick(modifiers), random.pick(middles), random.pick(nouns)];
}

function acronymOf(words: string[]): string | undefined {
  const parts = words.flatMap((w) => w.split('-'));
  return parts.length >= 2 ? parts.map((p) => p[0]?.toUpperCase() ?? '').join('') : undefined;
}

function capitalize(text: string): string {
  return (text[0]?.toUpperCase() ?? '') + text.slice(1);
}
