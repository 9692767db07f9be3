import type { App } from '@slack/bolt';
import { answer } from '../../../src/answer.js';
import { renderSlack } from '../../../src/render/slack.js';
import type { Reply } from '../../../src/replies.js';
import type { BotDeps } from '../../deps.js';
import { runSafely } from '../run-safely.js';

/** The message shortcut's callback id (in manifest.yaml). */
export const EXPLAIN_CALLBACK_ID = 'explain_terms';

/** "Explain AI terms" on any message: lists the glossary terms it mentions, privately, to whoever asked. */
export function register(app: App, deps: BotDeps): void {
  app.shortcut({ type: 'message_action', callback_id: EXPLAIN_CALLBACK_ID }, async ({ ack, shortcut, respond }) => {
    await ack();
    const tellPrivately = (r: Reply) =>
      respond({
        response_type: 'ephemeral',
        replace_original: false,
        ...renderSlack(r, { command: deps.config.SLACK_COMMAND }),
      });
    await runSafely(
      deps.logger,
      'explain-shortcut',
      async () => {
        const text = shortcut.message.text ?? '';
        await tellPrivately(answer(deps.glossary(), { kind: 'mentions', text }, { now: deps.now }));
      },
      tellPrivately,
    );
  });
}
