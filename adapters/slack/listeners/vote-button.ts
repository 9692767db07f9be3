import type { App } from '@slack/bolt';
import { renderSlack } from '../../../src/render/slack.js';
import type { Reply } from '../../../src/replies.js';
import { recordVote } from '../../../src/store/feedback.js';
import type { BotDeps } from '../../deps.js';
import { actionIdPattern, readAction } from '../action-ids.js';
import { runSafely } from '../run-safely.js';
import { workspaceOf } from '../workspace.js';

/** *Helpful?* buttons: stores the vote (under a salted hash of the user id) and thanks the voter privately. */
export function register(app: App, deps: BotDeps): void {
  app.action(
    { type: 'block_actions', action_id: actionIdPattern(['vote']) },
    async ({ ack, body, action, respond }) => {
      await ack();
      const target = readAction(deps, action.action_id, ['vote']);
      if (!target) return;
      const tellPrivately = (r: Reply) =>
        respond({ response_type: 'ephemeral', replace_original: false, ...renderSlack(r) });
      await runSafely(
        deps.logger,
        'vote-button',
        async () => {
          const thanks = await recordVote(deps.store, deps.glossary(), {
            platform: 'slack',
            userId: body.user.id,
            slug: target.slug,
            value: target.vote,
            at: deps.now(),
            ...workspaceOf(deps, body.team?.id),
          });
          await tellPrivately(thanks);
        },
        tellPrivately,
      );
    },
  );
}
