import { answer, termReply } from '../answer.js';
import type { Glossary } from '../glossary/glossary.js';
import type { Reply } from '../replies.js';
import type { Store } from '../store/store.js';
import type { DailyChannel } from './channels.js';
import { planDailyPost } from './run-due.js';
import { localDate } from './schedule.js';

/**
 * "Today's term" as a channel sees it: the term posted there today, or the one its rotation will post,
 * so `/define today` and the morning post agree. Without a channel (a DM) it is the glossary-wide pick.
 */
export async function todayReply(options: {
  store: Store;
  glossary: Glossary;
  timeZone: string;
  channel?: DailyChannel;
  now: Date;
}): Promise<Reply> {
  const { store, glossary, channel, now } = options;
  if (channel) {
    const date = localDate(now, options.timeZone);
    const plan = await planDailyPost(store, glossary, channel, date);
    const reply = plan.slug && termReply(glossary, plan.slug, 'overview', { kind: 'daily', date });
    if (reply) return reply;
  }
  return answer(glossary, { kind: 'today' }, { now: () => now });
}
