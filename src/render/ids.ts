import { MAX_SLUG_LENGTH, SLUG_PATTERN } from '../glossary/term-rules.js';
import { isSection, type Section } from '../replies.js';

/**
 * Version prefix of every button id; bump it when the format changes so old buttons are ignored, not misread.
 * Adding what an id may carry is not a change: comparison votes (`g1|vote|fine-tuning~lora|up`) came later under
 * `g1`, and every older `g1` id still reads the same.
 */
export const ID_VERSION = 'g1';

/** Longest id any platform takes (Discord's `custom_id`; Slack allows 255). */
const MAX_ID_LENGTH = 100;
/** Joins the two slugs of a comparison's vote key. */
const PAIR = '~';

export { MAX_SLUG_LENGTH };

/** What a button asks for; everything needed to answer is in the id, so any process can answer a click. */
export type Action =
  | { type: 'section'; slug: string; section: Section }
  | { type: 'open'; slug: string }
  /** `slug` is a term's slug, or a comparison's key from `comparisonKey`. */
  | { type: 'vote'; slug: string; vote: 'up' | 'down' }
  | { type: 'share'; slug: string; section: Section }
  /** A link button (Slack still sends a click for it, which is only acknowledged). */
  | { type: 'link'; slug: string };

/** Whether a slug can be carried in a button id. */
export function isIdSlug(slug: string): boolean {
  return slug.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(slug);
}

/**
 * The key votes on a comparison are stored under: both slugs sorted and joined by `~`, so "LoRA vs fine-tuning"
 * and "fine-tuning vs LoRA" share one vote per person, and `glossary stats` lists it as `fine-tuning~lora`.
 */
export function comparisonKey(a: string, b: string): string {
  return [a, b].sort().join(PAIR);
}

/** Whether a vote key is a term slug or a comparison key of two slugs. */
function isVoteKey(key: string): boolean {
  const parts = key.split(PAIR);
  return parts.length <= 2 && parts.every(isIdSlug);
}

/** The button id for an action, e.g. `g1|section|post-training|examples`; undefined when the slug cannot fit. */
export function formatActionId(action: Action): string | undefined {
  if (action.type === 'vote') {
    const id = `${ID_VERSION}|vote|${action.slug}|${action.vote}`;
    return isVoteKey(action.slug) && id.length <= MAX_ID_LENGTH ? id : undefined;
  }
  if (!isIdSlug(action.slug)) return undefined;
  switch (action.type) {
    case 'section':
      return `${ID_VERSION}|section|${action.slug}|${action.section}`;
    case 'open':
      return `${ID_VERSION}|open|${action.slug}`;
    case 'share':
      return `${ID_VERSION}|share|${action.slug}|${action.section}`;
    case 'link':
      return `${ID_VERSION}|link|${action.slug}`;
  }
}

/** Reads a button id back; undefined for anything unknown, malformed or from another version. */
export function parseActionId(id: string): Action | undefined {
  const [version, type, slug, extra, ...rest] = id.split('|');
  if (version !== ID_VERSION || slug === undefined || rest.length > 0) return undefined;
  if (type === 'vote')
    return isVoteKey(slug) && (extra === 'up' || extra === 'down') ? { type, slug, vote: extra } : undefined;
  if (!isIdSlug(slug)) return undefined;
  switch (type) {
    case 'open':
    case 'link':
      return extra === undefined ? { type, slug } : undefined;
    case 'section':
    case 'share':
      return extra !== undefined && isSection(extra) ? { type, slug, section: extra } : undefined;
    default:
      return undefined;
  }
}
