import { createHash } from 'node:crypto';
import { extractTerm, normalizeText } from '../lookup/normalize.js';
import { comparisonKey } from '../render/ids.js';
import type { NoticeReply, Reply } from '../replies.js';
import type { LookupSource, Platform, Store, VoteValue } from './store.js';

/** Longest query kept in the lookup log; longer ones are cut (they are misses anyway). */
export const MAX_LOGGED_QUERY = 200;

/** Slack (`<@U0123|ana>`) and Discord (`<@123…>`, `<@!123…>`, roles `<@&123…>`) mentions in a query. */
const USER_MENTION = /<@[^>]*>/g;

/** The only form in which a user id is stored: sha256 of salt, platform and id. */
export function hashUserId(salt: string, platform: Platform, userId: string): string {
  return createHash('sha256').update(`${salt}\u0000${platform}\u0000${userId}`).digest('hex');
}

/**
 * Stores a user's *Helpful?* vote on a term or a comparison (key `a~b`; one per user per key; a new click
 * changes it) and thanks them.
 */
export async function recordVote(
  store: Store,
  platform: Platform,
  userId: string,
  slug: string,
  value: VoteValue,
  at: Date = new Date(),
): Promise<NoticeReply> {
  const userHash = hashUserId(store.hashSalt, platform, userId);
  await store.recordVote({ platform, userHash, slug, value, at });
  return {
    kind: 'notice',
    text:
      value === 'up'
        ? 'Thanks for the feedback! Glad it helped.'
        : `Thanks for the feedback! The glossary maintainers will use it to improve ${slug.includes('~') ? 'this comparison' : 'this term'}.`,
  };
}

/**
 * The term a reply showed (a comparison as its vote key, `fine-tuning~lora`), or null when the reader did not
 * get a term (a miss).
 */
export function lookupResult(reply: Reply): string | null {
  if (reply.kind === 'comparison') return comparisonKey(reply.left.slug, reply.right.slug);
  return reply.kind === 'term' ? reply.term.slug : null;
}

/** Logs what someone looked up and what they got (a slug or a miss), for `glossary stats`. Blank queries are skipped. */
export async function recordLookup(
  store: Store,
  source: LookupSource,
  query: string,
  reply: Reply,
  at: Date = new Date(),
): Promise<void> {
  // User ids are stored only as salted hashes, so people mentioned in a question are not kept at all.
  const kept = [...query.replace(USER_MENTION, '@someone').trim()].slice(0, MAX_LOGGED_QUERY).join('');
  const normalizedQuery = extractTerm(kept) || normalizeText(kept);
  if (normalizedQuery === '') return;
  await store.recordLookup({ source, query: kept, normalizedQuery, slug: lookupResult(reply), at });
}
