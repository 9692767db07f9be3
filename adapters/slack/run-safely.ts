import type { Logger } from '../../src/logger.js';
import { APOLOGY, type NoticeReply, type Reply } from '../../src/replies.js';
import { isChannelAccessError, summarizeError } from './slack-errors.js';

/** What the user sees when Slack refuses a post because the bot is not allowed in the channel. */
export const NO_ACCESS: NoticeReply = {
  kind: 'notice',
  text: "I can't post in this channel. Invite me first (type /invite and pick me), then try again.",
};

/**
 * Runs the work of one listener. Any failure is logged (a summary: no tokens, no user ids) and the user is
 * told through `apologize`; nothing is thrown, so a failing Slack API can never crash the process.
 */
export async function runSafely(
  logger: Logger,
  listener: string,
  work: () => Promise<void>,
  apologize: (reply: Reply) => Promise<unknown>,
): Promise<void> {
  try {
    await work();
  } catch (error) {
    logger.error({ platform: 'slack', listener, error: summarizeError(error) }, 'Slack listener failed');
    try {
      await apologize(isChannelAccessError(error) ? NO_ACCESS : APOLOGY);
    } catch (again) {
      logger.warn({ platform: 'slack', listener, error: summarizeError(again) }, 'could not tell the user');
    }
  }
}
