import type { App } from '@slack/bolt';
import { answer } from '../../../src/answer.js';
import { localDate } from '../../../src/daily/schedule.js';
import { renderSlack } from '../../../src/render/slack.js';
import type { CardContext, Reply } from '../../../src/replies.js';
import type { BotDeps } from '../../deps.js';
import { actionIdPattern, readAction } from '../action-ids.js';
import { runSafely } from '../run-safely.js';

/**
 * Section buttons, related terms and suggestions: the card opens in place. A private (ephemeral) answer is
 * replaced through `respond`; a public card is edited with `chat.update`, keeping its "shared by" line.
 */
export function register(app: App, deps: BotDeps): void {
  app.action(
    { type: 'block_actions', action_id: actionIdPattern(['section', 'open']) },
    async ({ ack, body, action, respond, client }) => {
      await ack();
      const command = deps.config.SLACK_COMMAND;
      const target = readAction(deps, action.action_id, ['section', 'open']);
      if (!target) return;
      const tellPrivately = (r: Reply) =>
        respond({ response_type: 'ephemeral', replace_original: false, ...renderSlack(r) });
      await runSafely(
        deps.logger,
        'open-button',
        async () => {
          const section = target.type === 'section' ? target.section : 'overview';
          const isPublic = body.container?.is_ephemeral !== true && body.message !== undefined;
          const kept = isPublic && body.message ? readCardContext(body.message, deps.config.DAILY_TZ) : undefined;
          // A related term opened from the morning post is not the term of the day.
          const context = kept?.kind === 'daily' && target.type !== 'section' ? undefined : kept;
          const reply = answer(deps.glossary(), { kind: 'open', slug: target.slug, section, context });
          const channel = body.channel?.id ?? String(body.container?.channel_id ?? '');
          if (isPublic && body.message) {
            await client.chat.update({
              channel,
              ts: body.message.ts,
              ...renderSlack(reply, { command, publicUrl: deps.config.PUBLIC_URL }),
            });
          } else {
            await respond({
              response_type: 'ephemeral',
              replace_original: true,
              ...renderSlack(reply, { shareable: true, command, publicUrl: deps.config.PUBLIC_URL }),
            });
          }
        },
        tellPrivately,
      );
    },
  );
}

/**
 * The "Shared by <@U…>" line of a shared card, or the kicker of the term of the day (dated by the post), so
 * navigating a public card keeps what it was.
 */
function readCardContext(message: { blocks?: unknown; ts: string }, timeZone: string): CardContext | undefined {
  const { blocks } = message;
  if (!Array.isArray(blocks)) return undefined;
  for (const block of blocks as { type?: string; elements?: { text?: unknown }[] }[]) {
    if (block.type !== 'context') continue;
    const text = block.elements?.[0]?.text;
    const match = typeof text === 'string' ? /^Shared by <@([UW][A-Z0-9]+)>$/.exec(text) : null;
    if (match?.[1]) return { kind: 'shared', by: match[1] };
    if (text === '📅 Term of the day') {
      return { kind: 'daily', date: localDate(new Date(Number(message.ts) * 1000), timeZone) };
    }
  }
  return undefined;
}
