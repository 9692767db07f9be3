import { MAX_QUERY_LENGTH, normalizeText } from './normalize.js';

/** The two sides of a comparison question, as typed (normalized), left first. */
export interface ComparisonQuery {
  left: string;
  right: string;
  /**
   * `strong` shapes ("vs", "difference between", "compare") are comparisons whatever the sides are; `weak` ones
   * ("X or Y", "is X the same as Y") only when both sides name terms, since "or" also appears inside questions.
   */
  strength: 'strong' | 'weak';
}

const LEAD = String.raw`(?:(?:so|ok|hey|hi|please|pls|quick question|question)\s+)*`;
const ASK = String.raw`(?:(?:can you|could you|please)\s+)?(?:(?:tell me|explain|show me|what s|whats|what is|what are|whats the|what s the|what is the|what are the)\s+)?`;

/** Shapes of a comparison, tried in order on the normalized text; the first that matches wins. */
const SHAPES: { pattern: RegExp; strength: ComparisonQuery['strength'] }[] = [
  {
    pattern: new RegExp(
      `^${LEAD}${ASK}(?:the\\s+)?(?:main\\s+|real\\s+|key\\s+)?differences?\\s+between\\s+(.+?)\\s+(?:and|vs|versus)\\s+(.+)$`,
    ),
    strength: 'strong',
  },
  {
    pattern: new RegExp(`^${LEAD}${ASK}(?:the\\s+)?differences?\\s+(.+?)\\s+(?:vs|versus)\\s+(.+)$`),
    strength: 'strong',
  },
  {
    pattern: new RegExp(
      `^${LEAD}(?:can you\\s+|could you\\s+|please\\s+)?compare\\s+(.+?)\\s+(?:and|with|to|vs|versus)\\s+(.+)$`,
    ),
    strength: 'strong',
  },
  {
    pattern: new RegExp(
      `^${LEAD}how\\s+(?:is|are|does|do)\\s+(.+?)\\s+(?:different\\s+(?:from|than|to)|differ\\s+from|compare\\s+(?:to|with|against))\\s+(.+)$`,
    ),
    strength: 'strong',
  },
  { pattern: new RegExp(`^${LEAD}(?:is|are)\\s+(.+?)\\s+better\\s+than\\s+(.+)$`), strength: 'strong' },
  {
    pattern: new RegExp(
      `^${LEAD}(?:is|are)\\s+(.+?)\\s+(?:the\\s+same\\s+(?:thing\\s+)?as|different\\s+from)\\s+(.+)$`,
    ),
    strength: 'weak',
  },
  {
    pattern: new RegExp(`^${LEAD}(.+?)\\s+(?:and|vs|versus)\\s+(.+?)\\s+(?:differences?|compared|comparison)$`),
    strength: 'strong',
  },
  { pattern: new RegExp(`^${LEAD}${ASK}(.+?)\\s+(?:vs|versus)\\s+(.+)$`), strength: 'strong' },
  { pattern: new RegExp(`^${LEAD}${ASK}(.+?)\\s+compared\\s+(?:to|with)\\s+(.+)$`), strength: 'strong' },
  { pattern: new RegExp(`^${LEAD}${ASK}(?:should i use\\s+)?(.+?)\\s+or\\s+(.+)$`), strength: 'weak' },
];

/** Words around a side that are not part of the name: "a CNN", "the KV cache", "LoRA exactly". */
const SIDE_NOISE = /^(?:a|an|the|using|use)\s+|\s+(?:exactly|really|actually|in ai|in ml|approach|approaches)$/;

/**
 * Reads "X vs Y", "difference between X and Y", "how is X different from Y", "compare X and Y",
 * "X or Y?" and similar; undefined for anything else. Chat mentions (`<@U1>`, `@Glossary`) are ignored.
 */
export function parseComparison(text: string): ComparisonQuery | undefined {
  if (text.length > MAX_QUERY_LENGTH) return undefined;
  const key = normalizeText(text.replace(/<[@#!][^>]*>/g, ' ').replace(/^\s*@\S+/, ' '));
  if (!/\b(?:vs|versus|or|differ\w*|compare\w*|better|same)\b/.test(key)) return undefined;
  for (const { pattern, strength } of SHAPES) {
    const match = pattern.exec(key);
    if (!match) continue;
    const left = cleanSide(match[1] ?? '');
    const right = cleanSide(match[2] ?? '');
    if (left && right) return { left, right, strength };
  }
  return undefined;
}

function cleanSide(side: string): string {
  let text = side.trim();
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(SIDE_NOISE, '').trim();
  }
  return text;
}

/**
 * "supervised and unsupervised learning": when the left side names nothing on its own, it may share the right
 * side's last words. Returns the left side with them, longest first.
 */
export function distributeTail(left: string, right: string): string[] {
  const words = right.split(' ');
  const out: string[] = [];
  for (let n = Math.min(2, words.length - 1); n >= 1; n--) out.push(`${left} ${words.slice(-n).join(' ')}`);
  return out;
}
