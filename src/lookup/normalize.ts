/** Longest query we try to resolve; longer input gets a friendly "too long" reply instead of a search. */
export const MAX_QUERY_LENGTH = 120;

const QUESTION_PREFIXES = [
  'can you please explain',
  'can you explain',
  'could you explain',
  'please explain',
  'please define',
  'what is meant by',
  'what is the meaning of',
  'what does the term',
  'what does',
  'what do you mean by',
  'what is a',
  'what is an',
  'what is the',
  'what is',
  'what are',
  'whats',
  'what s',
  'who is',
  'define',
  'definition of',
  'meaning of',
  'explain',
  'tell me about',
  'tell me what',
  'describe',
  'help me understand',
  'eli5',
];

const QUESTION_SUFFIXES = [
  'mean',
  'means',
  'stand for',
  'stands for',
  'mean in ai',
  'in ai',
  'in ml',
  'to me',
  'for me',
  'please',
  'in simple terms',
  'simply',
  'like im five',
  'like im 5',
  'again',
];

const ARTICLES = ['a', 'an', 'the'];

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * Folds text to a comparable key: NFKC, lowercase, no accents, dashes/underscores/dots as spaces,
 * other punctuation dropped, single spaces. `Post-Training?` → `post training`.
 */
export function normalizeText(input: string): string {
  if (PRINTABLE_ASCII.test(input)) {
    // The same steps for plain ASCII, which NFKC and accent folding leave alone: much faster on big glossaries.
    return input
      .toLowerCase()
      .replace(/['`]/g, '')
      .replace(/[-_./\\]+/g, ' ')
      .replace(/[^a-z0-9+#\s]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  }
  return input
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/['’‘`]/g, '')
    .replace(/[\p{Dash}_./\\]+/gu, ' ')
    .replace(/[^\p{L}\p{N}+#\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Strips chat mentions, question wording and articles: `@Glossary what's the KV cache?` → `kv cache`. */
export function extractTerm(input: string): string {
  let text = normalizeText(input.replace(/<[@#!][^>]*>/g, ' ').replace(/^\s*@\S+/, ' '));
  let changed = true;
  while (changed) {
    changed = false;
    for (const prefix of QUESTION_PREFIXES) {
      if (text.startsWith(`${prefix} `)) {
        text = text.slice(prefix.length + 1);
        changed = true;
      }
    }
    for (const suffix of QUESTION_SUFFIXES) {
      if (text.endsWith(` ${suffix}`)) {
        text = text.slice(0, -(suffix.length + 1));
        changed = true;
      }
    }
    for (const article of ARTICLES) {
      if (text.startsWith(`${article} `)) {
        text = text.slice(article.length + 1);
        changed = true;
      }
    }
  }
  return QUESTION_PREFIXES.includes(text) ? '' : text.trim();
}

/** The same key with spaces removed, so `post training`, `posttraining` and `post-training` meet. */
export function compactKey(key: string): string {
  return key.replace(/ /g, '');
}

/** Singular forms to try for a plural key (last word only): `llms` → `llm`, `embeddings` → `embedding`. */
export function singularForms(key: string): string[] {
  const space = key.lastIndexOf(' ');
  const head = key.slice(0, space + 1);
  const word = key.slice(space + 1);
  const forms: string[] = [];
  if (word.length < 3) return forms;
  if (word.endsWith('ies') && word.length > 4) forms.push(`${word.slice(0, -3)}y`);
  if (/(?:ss|x|z|ch|sh)es$/.test(word)) forms.push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) forms.push(word.slice(0, -1));
  return forms.map((w) => head + w);
}
