import type { NoticeReply } from '../replies.js';
import type { Platform, Store } from '../store/store.js';
import type { DailySettings } from './schedule.js';
import { addDays, dailyDueState, localDate, scheduledRunOn } from './schedule.js';

/** The next scheduled post after `now`, e.g. "Mon 10 Mar, 09:00 (Europe/Berlin)", or undefined if none within a year. */
export function describeNextPost(settings: DailySettings, now: Date): string | undefined {
  const today = localDate(now, settings.timeZone);
  for (let i = 0; i < 366; i++) {
    const run = scheduledRunOn(settings, addDays(today, i));
    if (run && run.getTime() > now.getTime()) {
      const when = new Intl.DateTimeFormat('en-GB', {
        timeZone: settings.timeZone,
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(run);
      return `${when} (${settings.timeZone})`;
    }
  }
  return undefined;
}

/**
 * Turns the term of the day on or off for a channel (`/define daily on|off` on Slack,
 * `/glossary daily on|off` on Discord; the adapter checks who may do it) and says what happens next.
 */
export async function setDailySubscription(
  store: Store,
  settings: DailySettings,
  platform: Platform,
  channelId: string,
  enabled: boolean,
  now: Date = new Date(),
  workspace = '',
): Promise<NoticeReply> {
  try {
    await store.setSubscription(platform, channelId, enabled, now, workspace);
  } catch {
    // The store's write path has logged why; the user must not be told it changed.
    return {
      kind: 'notice',
      text: 'Sorry, the setting could not be saved just now, so nothing changed. Please try again in a few minutes.',
    };
  }
  if (!enabled) {
    return {
      kind: 'notice',
      text: 'The term of the day is now off for this channel. Turn it back on with "daily on".',
    };
  }
  // Past today's time with nothing posted here yet, the next check (every few minutes) posts today's term.
  const today = dailyDueState(settings, now);
  if (today.due) {
    const posts = await store.listDailyPosts({ platform, channelId });
    if (!posts.some((p) => p.localDate === today.localDate && p.status === 'sent')) {
      return {
        kind: 'notice',
        text: "The term of the day is now on for this channel. Today's term follows within a few minutes.",
      };
    }
  }
  const next = describeNextPost(settings, now);
  return {
    kind: 'notice',
    text: `The term of the day is now on for this channel.${next ? ` Next one: ${next}.` : ''}`,
  };
}
