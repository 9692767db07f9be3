import { maskSecrets } from '../../src/logger.js';

/** What is safe to log about a failure: its name, code, Slack's error string and a masked message. */
export interface ErrorSummary {
  name: string;
  message: string;
  code?: string;
  slackError?: string;
  status?: number;
}

/**
 * Summarises any thrown value for the log. The raw error is never logged: WebClient errors can hold the
 * original HTTP request, Authorization header included.
 */
export function summarizeError(error: unknown): ErrorSummary {
  if (!(error instanceof Error)) return { name: 'NonError', message: maskSecrets(String(error)).slice(0, 300) };
  const fields = error as Error & { code?: unknown; data?: { error?: unknown }; statusCode?: unknown };
  const summary: ErrorSummary = { name: error.name, message: maskSecrets(error.message).slice(0, 300) };
  if (typeof fields.code === 'string') summary.code = fields.code;
  if (typeof fields.data?.error === 'string') summary.slackError = fields.data.error;
  if (typeof fields.statusCode === 'number') summary.status = fields.statusCode;
  return summary;
}

/** Slack's answers that mean "the bot may not post here" rather than "something broke". */
const NO_ACCESS = new Set(['not_in_channel', 'channel_not_found', 'is_archived', 'restricted_action']);

/** Whether a WebClient error says the bot cannot post in the channel (so the user can be told what to do). */
export function isChannelAccessError(error: unknown): boolean {
  const slackError = summarizeError(error).slackError;
  return slackError !== undefined && NO_ACCESS.has(slackError);
}
