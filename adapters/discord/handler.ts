import type { Interaction, Message } from 'discord.js';
import type { Request } from '../../src/answer.js';
import type { Reply } from '../../src/replies.js';
import { recordLookup } from '../../src/store/feedback.js';
import type { BotDeps } from '../deps.js';
import { describeError } from './log-error.js';

/** Handles one kind of interaction (a command, autocomplete, buttons); one file per handler under handlers/. */
export interface InteractionHandler {
  /** For logs. */
  name: string;
  matches(interaction: Interaction): boolean;
  handle(interaction: Interaction, deps: BotDeps): Promise<void>;
}

/** Handles messages that reach the bot (mentions and DMs). */
export interface MessageHandler {
  name: string;
  handle(message: Message, deps: BotDeps): Promise<void>;
}

/**
 * Logs a user's lookup for maintainers (source `discord`, never the user id). A store failure is logged
 * and swallowed: the user already has their answer.
 */
export async function logLookup(deps: BotDeps, request: Request, query: string, reply: Reply): Promise<void> {
  if (request.kind !== 'define') return;
  try {
    await recordLookup(deps.store, 'discord', query, reply, deps.now());
  } catch (error) {
    deps.logger.warn({ error: describeError(error) }, 'discord: could not record a lookup');
  }
}
