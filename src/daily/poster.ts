import type { TermReply } from '../replies.js';
import type { Platform } from '../store/store.js';

/** What a platform adapter provides to post the term of the day into one of its channels. */
export interface DailyPoster {
  platform: Platform;
  /**
   * Sends the card; throws when the platform refused it (the post is then retried later). `workspace` is the
   * Slack team of an OAuth install, whose token is used.
   */
  post(channelId: string, reply: TermReply, workspace?: string): Promise<void>;
}

/** The logging the daily scheduler needs; a pino logger fits. */
export interface DailyLogger {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

/** A logger that drops everything, for tools that report results themselves. */
export const SILENT_LOGGER: DailyLogger = { info() {}, warn() {}, error() {} };
