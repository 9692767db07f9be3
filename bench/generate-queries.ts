import type { Term } from '../src/glossary/schema.js';
import { compactKey, normalizeText, singularForms } from '../src/lookup/normalize.js';
import { createRandom, type Random } from './random.js';

/** What a benchmark query exercises. */
export type QueryKind = 'exact' | 'alias' | 'typo1' | 'typo2' | 'question' | 'plural' | 'garbage';

/** A query and, unless it is garbage, the slug it must resolve to. */
export interface BenchQuery {
  kind: QueryKind;
  query: string;
  expected?: string;
}

/** Share of each kind in the resolve mix. */
const MIX: [QueryKind, number][] = [
  ['exact', 0.15],
  ['alias', 0.12],
  ['typo1', 0.2],
  ['typo2', 0.15],
  ['question', 0.15],
  ['plural', 0.1],
  ['garbage', 0.13],
];

const QUESTIONS = [
  'what is X?',
  "what's X",
  'What does X mean?',
  'define X',
  'explain X',
  'tell me about the X',
  'what is an X',
];
const KEYBOARD = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const NEIGHBOURS: Record<string, string> = {
  a: 'qsz',
  b: 'vghn',
  c: 'xdfv',
  d: 'serfcx',
  e: 'wsdr',
  f: 'drtgvc',
  g: 'ftyhbv',
  h: 'gyujnb',
  i: 'ujko',
  j: 'huikmn',
  k: 'jiolm',
  l: 'kop',
  m: 'njk',
  n: 'bhjm',
  o: 'iklp',
  p: 'ol',
  q: 'wa',
  r: 'edft',
  s: 'awedxz',
  t: 'rfgy',
  u: 'yhji',
  v: 'cfgb',
  w: 'qase',
  x: 'zsdc',
  y: 'tghu',
  z: 'asx',
};

/**
 * A seeded query mix over a glossary: exact names in odd case and spacing, aliases, one- and two-letter typos
 * (never landing on another term's name), question forms, plurals and garbage.
 */
export function generateQueries(terms: readonly Term[], count: number, seed = 11): BenchQuery[] {
  const random = createRandom(seed);
  const names = new Set(terms.flatMap((t) => [t.title, t.slug, ...t.aliases].map((n) => compactKey(normalizeText(n)))));
  const withAlias = terms.filter((t) => t.aliases.length > 0);
  const queries: BenchQuery[] = [];
  for (const [kind, share] of MIX) {
    const wanted = Math.round(count * share);
    for (let made = 0, tries = 0; made < wanted && tries < wanted * 50; tries++) {
      const term = random.pick(kind === 'alias' && withAlias.length > 0 ? withAlias : terms);
      const query = makeQuery(kind, term, random);
      if (query === undefined) continue;
      if (kind.startsWith('typo') && collides(query, names)) continue;
      queries.push(kind === 'garbage' ? { kind, query } : { kind, query, expected: term.slug });
      made++;
    }
  }
  return shuffle(queries, random);
}

/** Fisher–Yates, so any slice of the mix (the baseline's sample) holds every kind. */
function shuffle<T>(items: T[], random: Random): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

/** Seeded autocomplete prefixes: the first 60–100% of a term's title, as someone would be typing it. */
export function generatePrefixes(terms: readonly Term[], count: number, seed = 13): BenchQuery[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => {
    const term = random.pick(terms);
    const title = term.title;
    const cut = random.int(Math.min(title.length, Math.max(3, Math.ceil(title.length * 0.6))), title.length);
    return { kind: 'exact' as const, query: title.slice(0, cut), expected: term.slug };
  });
}

function makeQuery(kind: QueryKind, term: Term, random: Random): string | undefined {
  const title = term.title;
  switch (kind) {
    case 'exact':
      return oddSpelling(title, random);
    case 'alias': {
      const alias = term.aliases[0];
      return alias && (random.next() < 0.5 ? alias.toLowerCase() : `what is ${alias}?`);
    }
    case 'typo1':
      return compactKey(normalizeText(title)).length >= 5 ? addTypos(title.toLowerCase(), 1, random) : undefined;
    case 'typo2':
      return compactKey(normalizeText(title)).length >= 8 ? addTypos(title.toLowerCase(), 2, random) : undefined;
    case 'question':
      return random.pick(QUESTIONS).replace('X', random.next() < 0.5 ? title : title.toLowerCase());
    case 'plural':
      return pluralOf(title);
    case 'garbage':
      return garbage(random);
  }
}

function oddSpelling(title: string, random: Random): string {
  const cased = [...title].map((c) => (random.next() < 0.3 ? c.toUpperCase() : c.toLowerCase())).join('');
  const spaced = cased.replace(/[ -]/g, () => random.pick([' ', '  ', '-', '_']));
  return random.next() < 0.3 ? `  ${spaced}? ` : spaced;
}

/** Applies `count` keyboard typos (neighbour key, dropped, doubled or swapped letter) after the first letter. */
function addTypos(text: string, count: number, random: Random): string {
  let out = text;
  const used = new Set<number>();
  for (let n = 0; n < count; n++) {
    let at = random.int(1, out.length - 1);
    for (let tries = 0; (used.has(at) || !/[a-z]/.test(out[at] ?? '')) && tries < 50; tries++) {
      at = random.int(1, out.length - 1);
    }
    const letter = out[at] ?? '';
    if (!/[a-z]/.test(letter)) continue;
    used.add(at);
    const edit = random.int(0, 3);
    if (edit === 0) out = out.slice(0, at) + random.pick([...(NEIGHBOURS[letter] ?? 'e')]) + out.slice(at + 1);
    else if (edit === 1) out = out.slice(0, at) + out.slice(at + 1);
    else if (edit === 2) out = out.slice(0, at) + letter + out.slice(at);
    else if (/[a-z]/.test(out[at + 1] ?? '')) out = out.slice(0, at) + out[at + 1] + letter + out.slice(at + 2);
    else out = out.slice(0, at) + out.slice(at + 1);
  }
  return out;
}

function collides(query: string, names: ReadonlySet<string>): boolean {
  const key = normalizeText(query);
  return [key, ...singularForms(key)].some((k) => names.has(compactKey(k)));
}

function pluralOf(title: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(title)) return `${title}es`;
  if (/[^aeiou]y$/.test(title)) return `${title.slice(0, -1)}ies`;
  return `${title}s`;
}

function garbage(random: Random): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const randomWord = (min: number, max: number) =>
    Array.from({ length: random.int(min, max) }, () => random.pick([...letters])).join('');
  switch (random.int(0, 6)) {
    case 0:
      return randomWord(6, 14);
    case 1: {
      const row = random.pick(KEYBOARD);
      const start = random.int(0, 2);
      return row.slice(start, start + random.int(4, 8));
    }
    case 2:
      return random.pick([...letters]).repeat(random.int(3, 8));
    case 3:
      return random.pick(['🤖🤖', '🔥', '¯\\_(ツ)_/¯', '👀👀👀', '🙂']);
    case 4:
      return random.pick(['???', '...', '!!!', '-_-', '#$%^&*', '--']);
    case 5:
      return String(random.int(1000, 99_999_999));
    default:
      return `${randomWord(3, 6)} ${randomWord(3, 6)}`;
  }
}
