import type { App } from '@slack/bolt';
import { parseCommandText } from '../../../src/answer.js';
import { dailySettingsFrom } from '../../../src/daily/schedule.js';
import { setDailySubscription } from '../../../src/daily/subscriptions.js';
import { renderSlack } from '../../../src/render/slack.js';
import type { Reply } from '../../../src/replies.js';
import { answerInChannel } from '../../answer-in-channel.js';
import type { BotDeps } from '../../deps.js';
import { recordSlackLookup } from '../record-lookup.js';
import { runSafely } from '../run-safely.js';
import { workspaceOf } from '../workspace.js';

/** `/define daily on|off`: subscribes the channel to the term of the day. */
const DAILY_TOGGLE = /^daily\s+(on|off)$/i;

/**
 * `/define <query>` (name from SLACK_COMMAND): acknowledged at once, answered privately with a
 * *Share to channel* button. Also `help`, `today`, `random [level]` and `daily on|off`.
 */
export function register(app: App, deps: BotDeps): void {
  app.command(deps.config.SLACK_COMMAND, async ({ command, ack, respond }) => {
    await ack();
    const reply = (r: Reply) =>
      respond({
        response_type: 'ephemeral',
        ...renderSlack(r, { shareable: true, command: deps.config.SLACK_COMMAND, publicUrl: deps.config.PUBLIC_URL }),
      });
    await runSafely(
      deps.logger,
      'define-command',
      async () => {
        const toggle = DAILY_TOGGLE.exec(command.text.trim());
        if (toggle) {
          const enabled = toggle[1]?.toLowerCase() === 'on';
          const settings = dailySettingsFrom(deps.config);
          await reply(
            await setDailySubscription(
              deps.store,
              settings,
              'slack',
              command.channel_id,
              enabled,
              deps.now(),
              workspaceOf(deps, command.team_id).workspace,
            ),
          );
          return;
        }
        const request = parseCommandText(command.text);
        const answered = await answerInChannel(deps, request, { platform: 'slack', channelId: command.channel_id });
        await reply(answered);
        if (request.kind === 'define') await recordSlackLookup(deps, request.query, answered, command.team_id);
      },
      reply,
    );
  });
}
