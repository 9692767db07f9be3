import { answer, type Request } from '../src/answer.js';
import { todayReply } from '../src/daily/today.js';
import type { Reply } from '../src/replies.js';
import type { Platform } from '../src/store/store.js';
import type { BotDeps } from './deps.js';

/**
 * Answers a request made in a chat channel. Same as `answer`, except that "today" is that channel's term of
 * the day (posted or about to be), so `/define today` agrees with the morning post.
 */
export async function answerInChannel(
  deps: BotDeps,
  request: Request,
  channel: { platform: Platform; channelId: string },
): Promise<Reply> {
  if (request.kind !== 'today') return answer(deps.glossary(), request, { now: deps.now });
  return todayReply({
    store: deps.store,
    glossary: deps.glossary(),
    timeZone: deps.config.DAILY_TZ,
    channel,
    now: deps.now(),
  });
}
