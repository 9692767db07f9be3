import type { App } from '@slack/bolt';
import { termReply } from '../../../src/answer.js';
import { renderSlack } from '../../../src/render/slack.js';
import type { Reply } from '../../../src/replies.js';
import type { BotDeps } from '../../deps.js';
import { actionIdPattern, readAction } from '../action-ids.js';
import { runSafely } from '../run-safely.js';

/** *Share to channel*: posts the card the user is looking at publicly, attributed to them. */
export function register(app: App, deps: BotDeps): void {
  app.action(
    { type: 'block_actions', action_id: actionIdPattern(['share']) },
    async ({ ack, body, action, respond, client }) => {
      await ack();
      const target = readAction(deps, action.action_id, ['share']);
      if (!target) return;
      const tellPrivately = (r: Reply) =>
        respond({ response_type: 'ephemeral', replace_original: false, ...renderSlack(r) });
      await runSafely(
        deps.logger,
        'share-button',
        async () => {
          const shared = termReply(deps.glossary(), target.slug, target.section, { kind: 'shared', by: body.user.id });
          if (!shared) {
            await tellPrivately({
              kind: 'notice',
              text: 'That term is no longer in the glossary, so it was not shared.',
            });
            return;
          }
          const channel = body.channel?.id ?? String(body.container?.channel_id ?? '');
          await client.chat.postMessage({
            channel,
            ...renderSlack(shared, { command: deps.config.SLACK_COMMAND, publicUrl: deps.config.PUBLIC_URL }),
            unfurl_links: false,
            unfurl_media: false,
          });
        },
        tellPrivately,
      );
    },
  );
}
