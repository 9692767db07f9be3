import type { Glossary } from '../glossary/glossary.js';
import type { Difficulty } from '../glossary/schema.js';
import type { Store } from '../store/store.js';
import type { DailyChannel } from './channels.js';
import { listDailyChannels } from './channels.js';
import { planDailyPost } from './run-due.js';
import type { DailySettings } from './schedule.js';
import { scheduledRunOn } from './schedule.js';

export interface DailyPreview extends DailyChannel {
  slug?: string;
  title?: string;
  difficulty?: Difficulty;
  /** True when that day's post was already sent (the slug is what was posted). */
  sent: boolean;
}

/**
 * Which term each channel would get on a local date, given the posts sent so far (days between now and a
 * future date are not simulated). Also says when the schedule posts that day, if at all.
 */
export async function previewDaily(
  store: Store,
  glossary: Glossary,
  settings: DailySettings,
  date: string,
): Promise<{ scheduledAt?: Date; channels: DailyPreview[] }> {
  const channels: DailyPreview[] = [];
  for (const channel of await listDailyChannels(store, settings)) {
    const plan = await planDailyPost(store, glossary, channel, date);
    const term = plan.slug === undefined ? undefined : glossary.get(plan.slug);
    channels.push({
      ...channel,
      sent: plan.sent,
      ...(plan.slug === undefined ? {} : { slug: plan.slug }),
      ...(term ? { title: term.title, difficulty: term.difficulty } : {}),
    });
  }
  const scheduledAt = scheduledRunOn(settings, date);
  return scheduledAt ? { scheduledAt, channels } : { channels };
}
