import { termReply } from '../answer.js';
import { errorMessage } from '../errors.js';
import type { Glossary } from '../glossary/glossary.js';
import type { Store } from '../store/store.js';
import type { DailyChannel } from './channels.js';
import { listDailyChannels } from './channels.js';
import { chooseDailyTerm } from './choose-term.js';
import type { DailyLogger, DailyPoster } from './poster.js';
import { SILENT_LOGGER } from './poster.js';
import type { DailySettings } from './schedule.js';
import { dailyDueState } from './schedule.js';

/** A claim this old without a send is taken as a crash and retried. */
export const DEFAULT_STALE_AFTER_MS = 10 * 60_000;
/** Send attempts per channel per day before giving up until tomorrow. */
export const DEFAULT_MAX_ATTEMPTS = 5;

export interface DailyRunOptions {
  store: Store;
  glossary: Glossary;
  posters: readonly DailyPoster[];
  settings: DailySettings;
  now: () => Date;
  logger?: DailyLogger;
  staleAfterMs?: number;
  maxAttempts?: number;
}

export type DailyResult = 'sent' | 'failed' | 'already-sent' | 'in-progress' | 'gave-up' | 'no-poster' | 'no-terms';

export interface DailyOutcome extends DailyChannel {
  localDate: string;
  slug?: string;
  result: DailyResult;
  error?: string;
}

export interface DailyRun {
  localDate: string;
  scheduledAt?: Date;
  /** False before today's scheduled time, or on a day the schedule skips. */
  due: boolean;
  outcomes: DailyOutcome[];
}

/** The term a channel gets (or got) on a local date: the sent one, or the next in its rotation. */
export async function planDailyPost(
  store: Store,
  glossary: Glossary,
  channel: DailyChannel,
  date: string,
): Promise<{ slug?: string; sent: boolean }> {
  const posts = await store.listDailyPosts({ platform: channel.platform, channelId: channel.channelId });
  const sent = posts.find((p) => p.localDate === date && p.status === 'sent');
  if (sent) return { slug: sent.slug, sent: true };
  const history = posts.filter((p) => p.status === 'sent' && p.localDate < date).map((p) => p.slug);
  const slug = chooseDailyTerm(glossary, `${channel.platform}:${channel.channelId}`, history);
  return slug === undefined ? { sent: false } : { slug, sent: false };
}

/**
 * Posts the term of the day to every channel that is due (today's scheduled time has passed, nothing sent
 * today). Each post is claimed in the store first, so it is sent once even with several processes.
 */
export async function runDuePosts(options: DailyRunOptions): Promise<DailyRun> {
  const { store, settings } = options;
  const logger = options.logger ?? SILENT_LOGGER;
  const state = dailyDueState(settings, options.now());
  if (!state.due) return { ...state, outcomes: [] };
  const outcomes: DailyOutcome[] = [];
  for (const channel of await listDailyChannels(store, settings)) {
    const outcome = await postToChannel(options, logger, channel, state.localDate);
    outcomes.push(outcome);
  }
  return { ...state, outcomes };
}

async function postToChannel(
  options: DailyRunOptions,
  logger: DailyLogger,
  channel: DailyChannel,
  localDate: string,
): Promise<DailyOutcome> {
  const { store, glossary } = options;
  const { workspace, ...where } = channel;
  const base = { ...where, localDate };
  const poster = options.posters.find((p) => p.platform === channel.platform);
  if (!poster) {
    logger.warn(base, 'No poster for this platform; is the adapter configured?');
    return { ...base, result: 'no-poster' };
  }
  const plan = await planDailyPost(store, glossary, where, localDate);
  if (plan.sent) return { ...base, slug: plan.slug, result: 'already-sent' };
  if (plan.slug === undefined) return { ...base, result: 'no-terms' };
  const claim = await store.claimDailyPost({
    ...base,
    slug: plan.slug,
    now: options.now(),
    staleAfterMs: options.staleAfterMs ?? DEFAULT_STALE_AFTER_MS,
    maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
  });
  if (claim.outcome === 'sent') return { ...base, slug: claim.slug, result: 'already-sent' };
  if (claim.outcome === 'in-progress') return { ...base, slug: claim.slug, result: 'in-progress' };
  if (claim.outcome === 'gave-up') return { ...base, slug: claim.slug, result: 'gave-up' };
  const slug = claim.slug;
  try {
    const reply = termReply(glossary, slug, 'overview', { kind: 'daily', date: localDate });
    if (!reply) throw new Error(`term "${slug}" is not in the glossary`);
    await poster.post(channel.channelId, reply, workspace);
  } catch (error) {
    const message = errorMessage(error);
    await store.markDailyPostFailed(base, claim.attempt, message);
    logger.warn({ ...base, slug, attempt: claim.attempt, error: message }, 'Daily post failed; will retry');
    return { ...base, slug, result: 'failed', error: message };
  }
  if (!(await store.markDailyPostSent(base, claim.attempt, options.now()))) {
    logger.error({ ...base, slug }, 'Daily post sent, but its claim was taken over while sending');
  }
  logger.info({ ...base, slug }, 'Posted the term of the day');
  return { ...base, slug, result: 'sent' };
}
