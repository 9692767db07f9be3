import type { Reply } from '../../src/replies.js';
import { recordLookup } from '../../src/store/feedback.js';
import type { BotDeps } from '../deps.js';
import { summarizeError } from './slack-errors.js';
import { workspaceOf } from './workspace.js';

/** Logs a Slack lookup for `glossary stats` (query and result only, never who asked); a store failure is only logged. */
export async function recordSlackLookup(deps: BotDeps, query: string, reply: Reply, teamId?: string): Promise<void> {
  try {
    await recordLookup(deps.store, 'slack', query, reply, deps.now(), workspaceOf(deps, teamId).workspace);
  } catch (error) {
    deps.logger.warn({ platform: 'slack', error: summarizeError(error) }, 'could not record a lookup');
  }
}
