import type { App } from '@slack/bolt';
import { parseCommandText } from '../../../src/answer.js';
import { renderSlack } from '../../../src/render/slack.js';
import type { Reply } from '../../../src/replies.js';
import { answerInChannel } from '../../answer-in-channel.js';
import type { BotDeps } from '../../deps.js';
import { recordSlackLookup } from '../record-lookup.js';
import { runSafely } from '../run-safely.js';

/** User and bot mentions (`<@U0BOT>`, `<@U0BOT|glossary>`) are removed before the text is read as a question. */
const USER_MENTION = /<@[UW][A-Z0-9]*(?:\|[^>]*)?>/g;

/** "@Glossary what is RLHF?": answered in a thread under the mention, or in the thread it was made in. */
export function register(app: App, deps: BotDeps): void {
  app.event('app_mention', async ({ event, client, context }) => {
    const where = { channel: event.channel, thread_ts: event.thread_ts ?? event.ts };
    const post = (r: Reply) =>
      client.chat.postMessage({
        ...where,
        ...renderSlack(r, { command: deps.config.SLACK_COMMAND, publicUrl: deps.config.PUBLIC_URL }),
        unfurl_links: false,
        unfurl_media: false,
      });
    const apologize = async (r: Reply) => {
      try {
        await post(r);
      } catch (error) {
        // Posting in the thread is what failed: tell the asker privately instead.
        if (!event.user) throw error;
        await client.chat.postEphemeral({ ...where, user: event.user, ...renderSlack(r) });
      }
    };
    await runSafely(
      deps.logger,
      'app-mention',
      async () => {
        const request = parseCommandText(event.text.replace(USER_MENTION, ' ').trim());
        const reply = await answerInChannel(deps, request, { platform: 'slack', channelId: event.channel });
        await post(reply);
        if (request.kind === 'define') await recordSlackLookup(deps, request.query, reply, context.teamId);
      },
      apologize,
    );
  });
}
