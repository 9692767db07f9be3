import { type Action, ID_VERSION, parseActionId } from '../../src/render/ids.js';
import type { BotDeps } from '../deps.js';

/** Matches the button ids of the given action types (parsing happens in the listener). */
export function actionIdPattern(types: readonly Action['type'][]): RegExp {
  return new RegExp(`^${ID_VERSION}\\|(?:${types.join('|')})\\|`);
}

/** Matches every button id that no typed listener handles: other versions, other apps, link buttons. */
export const STALE_ACTION_ID = new RegExp(`^(?!${ID_VERSION}\\|(?:section|open|share|vote)\\|)`);

/** Parses a button id of one of `types`; logs and returns undefined for anything else (an old or forged id). */
export function readAction<T extends Action['type']>(
  deps: BotDeps,
  actionId: string,
  types: readonly T[],
): Extract<Action, { type: T }> | undefined {
  const action = parseActionId(actionId);
  if (action && (types as readonly string[]).includes(action.type)) return action as Extract<Action, { type: T }>;
  deps.logger.debug({ platform: 'slack', actionId: actionId.slice(0, 100) }, 'ignored an unknown button id');
  return undefined;
}
