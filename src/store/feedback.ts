import { createHash } from 'node:crypto';
import type { Glossary } from '../glossary/glossary.js';
import { extractTerm, normalizeText } from '../lookup/normalize.js';
import { comparisonKey } from '../render/ids.js';
import type { NoticeReply, Reply } from '../replies.js';
import type { LookupSource, Store, VoteSource, VoteValue } from './store.js';

/** Longest query kept in the lookup log; longer ones are cut (they are misses anyway). */
export const MAX_LOGGED_QUERY = 200;

/** Slack (`<@U0123|ana>`) and Discord (`<@123…>`, `<@!123…>`, roles `<@&123…>`) mentions in a query. */
const USER_MENTION = /<@[^>]*>/g;

/** The only form in which a user id is stored: sha256 of salt, platform and id. */
export function hashUserId(salt: string, platform: VoteSource, userId: string): string {
  return createHash('sha256').update(`${salt}\u0000${platform}\u0000${userId}`).digest('hex');
}

/** One click on a *Helpful?* button. */
export interface VoteClick {
  platform: VoteSource;
  /** The platform user id; only its salted hash is stored. */
  userId: string;
  slug: string;
  value: VoteValue;
  at?: Date;
  /** Slack team id in OAuth mode. */
  workspace?: string;
}

/** Said when the database did not take the vote: the user must not believe it counted. */
export const VOTE_NOT_SAVED: NoticeReply = {
  kind: 'notice',
  text: 'Sorry, your vote could not be saved just now, so it was not counted. Please try again in a few minutes.',
};

/**
 * Stores a user's *Helpful?* vote on a term or a comparison (key `a~b`, see `comparisonKey`; one per user per
 * key; a new click changes it) and thanks them. A vote naming a term the glossary does not have (removed since,
 * or a forged button) is refused; a vote the
 * database did not take is not confirmed (the store's write path has logged why).
 */
export async function recordVote(store: Store, glossary: Glossary, click: VoteClick): Promise<NoticeReply> {
  if (!click.slug.split('~').every((slug) => glossary.get(slug))) {
    return {
      kind: 'notice',
      text: 'That term is no longer in the glossary, so the vote was not recorded. Look it up again for a fresh card.',
    };
  }
  const userHash = hashUserId(store.hashSalt, click.platform, click.userId);
  try {
    await store.recordVote({
      platform: click.platform,
      userHash,
      slug: click.slug,
      value: click.value,
      at: click.at ?? new Date(),
      ...(click.workspace ? { workspace: click.workspace } : {}),
    });
  } catch {
    return VOTE_NOT_SAVED;
  }
  return {
    kind: 'notice',
    text:
      click.value === 'up'
        ? 'Thanks for the feedback! Glad it helped.'
        : `Thanks for the feedback! The glossary maintainers will use it to improve ${click.slug.includes('~') ? 'this comparison' : 'this term'}.`,
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
  workspace = '',
): Promise<void> {
  // User ids are stored only as salted hashes, so people mentioned in a question are not kept at all.
  const kept = [...query.replace(USER_MENTION, '@someone').trim()].slice(0, MAX_LOGGED_QUERY).join('');
  const normalizedQuery = extractTerm(kept) || normalizeText(kept);
  if (normalizedQuery === '') return;
  const record = { source, query: kept, normalizedQuery, slug: lookupResult(reply), at };
  await store.recordLookup(workspace ? { ...record, workspace } : record);
}
