import { MAX_SLUG_LENGTH, SLUG_PATTERN } from '../glossary/term-rules.js';
import { isSection, type Section } from '../replies.js';

/** Version prefix of every button id; bump it when the format changes so old buttons are ignored, not misread. */
export const ID_VERSION = 'g1';

export { MAX_SLUG_LENGTH };

/** What a button asks for; everything needed to answer is in the id, so any process can answer a click. */
export type Action =
  | { type: 'section'; slug: string; section: Section }
  | { type: 'open'; slug: string }
  | { type: 'vote'; slug: string; vote: 'up' | 'down' }
  | { type: 'share'; slug: string; section: Section }
  /** A link button (Slack still sends a click for it, which is only acknowledged). */
  | { type: 'link'; slug: string };

/** Whether a slug can be carried in a button id. */
export function isIdSlug(slug: string): boolean {
  return slug.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(slug);
}

/** The button id for an action, e.g. `g1|section|post-training|examples`; undefined when the slug cannot fit. */
export function formatActionId(action: Action): string | undefined {
  if (!isIdSlug(action.slug)) return undefined;
  switch (action.type) {
    case 'section':
      return `${ID_VERSION}|section|${action.slug}|${action.section}`;
    case 'open':
      return `${ID_VERSION}|open|${action.slug}`;
    case 'vote':
      return `${ID_VERSION}|vote|${action.slug}|${action.vote}`;
    case 'share':
      return `${ID_VERSION}|share|${action.slug}|${action.section}`;
    case 'link':
      return `${ID_VERSION}|link|${action.slug}`;
  }
}

/** Reads a button id back; undefined for anything unknown, malformed or from another version. */
export function parseActionId(id: string): Action | undefined {
  const [version, type, slug, extra, ...rest] = id.split('|');
  if (version !== ID_VERSION || slug === undefined || !isIdSlug(slug) || rest.length > 0) return undefined;
  switch (type) {
    case 'open':
    case 'link':
      return extra === undefined ? { type, slug } : undefined;
    case 'section':
    case 'share':
      return extra !== undefined && isSection(extra) ? { type, slug, section: extra } : undefined;
    case 'vote':
      return extra === 'up' || extra === 'down' ? { type, slug, vote: extra } : undefined;
    default:
      return undefined;
  }
}
