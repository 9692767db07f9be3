import { stemmer } from 'stemmer';

/**
 * Words that carry no meaning in a description, in the term files or in a question: English function words plus
 * the filler of chat questions ("what is it called when…", "the thing that…").
 */
const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both
  but by can could did do does doing down during each either etc few for from further get gets getting got had has have
  having he her here hers him his how i if in into is it its itself just let lets me more most my no nor not now of off
  on once only or other our ours out over own per same she should so some such than that the their theirs them then
  there these they this those through to too under until upon us very via was we were what whats when where which
  while who whom why will with would you your yours yourself
  called call calls name named term word words thing things stuff something someone somebody anything kind sort type
  basically actually really mean means meaning like e g eg ie im ive dont doesnt isnt cant wont know want wanted
  tell explain explained please hey hi ok okay thanks thank question don didn doesn isn aren wasn won`
    .split(/\s+/)
    .filter(Boolean),
);

/** Irregular forms Porter stemming leaves apart from their verb: "made up" should meet "makes things up". */
const IRREGULAR: Record<string, string> = {
  made: 'make',
  took: 'take',
  taken: 'take',
  gave: 'give',
  given: 'give',
  wrote: 'write',
  written: 'write',
  ran: 'run',
  chose: 'choose',
  chosen: 'choose',
  thought: 'think',
  taught: 'teach',
  learnt: 'learn',
  saw: 'see',
  seen: 'see',
  went: 'go',
  gone: 'go',
  bigger: 'big',
  biggest: 'big',
  smaller: 'small',
  smallest: 'small',
  better: 'good',
  best: 'good',
};

/** Stems are cached: a glossary repeats a few thousand words many times, and queries repeat them again. */
const stems = new Map<string, string>();
const MAX_CACHED_STEMS = 200_000;

/** A word's stem (Porter): `hallucinates`, `hallucinating` → `hallucin`. */
export function stem(word: string): string {
  const cached = stems.get(word);
  if (cached !== undefined) return cached;
  const result = /^[a-z]+$/.test(word) ? stemmer(IRREGULAR[word] ?? word) : word;
  if (stems.size < MAX_CACHED_STEMS) stems.set(word, result);
  return result;
}

const WORD = /[\p{L}\p{N}]+/gu;
const ASCII_WORD = /^[a-z0-9]*$/;
const ASCII_TEXT = /^[\t\n\r -~]*$/;
const ASCII_SEPARATORS = /[^a-z0-9]+/;

/**
 * Text → the stems a search compares: lowercased words (accents folded), stop words and single letters dropped.
 * Words split at any other character, as the name lookup's normalizeText does; this is its faster cousin for
 * whole term files.
 */
export function searchTerms(text: string): string[] {
  const lower = text.toLowerCase();
  // Plain ASCII (most term text) splits the same way with a much cheaper expression.
  const words = ASCII_TEXT.test(lower) ? lower.split(ASCII_SEPARATORS) : Array.from(lower.matchAll(WORD), (m) => m[0]);
  const out: string[] = [];
  for (let word of words) {
    if (!ASCII_WORD.test(word)) word = word.normalize('NFKD').replace(/\p{M}+/gu, '');
    if (word.length < 2 || STOP_WORDS.has(word)) continue;
    out.push(stem(word));
  }
  return out;
}

/**
 * Neighbouring stems joined (`make_up`), stop words skipped: a phrase such as "makes things up" then meets
 * "made up" as a phrase, not only as two common words.
 */
export function stemPairs(stems: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < stems.length; i++) out.push(`${stems[i - 1]}_${stems[i]}`);
  return out;
}
