import type { Term } from '../src/glossary/schema.js';
import { compactKey, normalizeText } from '../src/lookup/normalize.js';
import { describeTerm } from './generate-descriptions.js';
import { createRandom, type Random } from './random.js';
import { MIDDLES, MODIFIERS, NOUNS, SUMMARY_OBJECTS, SUMMARY_VERBS } from './vocabulary.js';

/** Share of multi-word terms that also get their acronym as an alias ("Low-rank adapter" → "LRA"). */
const ACRONYM_SHARE = 0.35;

const unique = (words: string[]) => [...new Set(words)];

/**
 * A realistic synthetic glossary of `size` terms: one- to three-word AI-sounding titles ("Sparse expert
 * routing"), acronym aliases for about a third of the multi-word ones, a one-line summary each, and descriptive
 * text (explanation, examples, phrasings…) for the description search, drawn from a second seeded stream so
 * titles and aliases are the same as before it existed. Titles, slugs and aliases never collide.
 */
export function generateGlossary(size: number, seed = 7): Term[] {
  const random = createRandom(seed);
  const prose = createRandom(seed + 1);
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
    terms.push({ ...describeTerm(title, prose), slug, title, aliases, summary });
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
