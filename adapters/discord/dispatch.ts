import type { Interaction, Message } from 'discord.js';
import { APOLOGY, type Reply } from '../../src/replies.js';
import type { BotDeps } from '../deps.js';
import { INTERACTION_HANDLERS, MESSAGE_HANDLERS } from './handlers/index.js';
import { describeError } from './log-error.js';
import { NO_MENTIONS, toMessageOptions, toPrivateOptions } from './message.js';

const UNKNOWN_COMMAND: Reply = {
  kind: 'notice',
  text: 'This command is from an older version of the glossary bot. Try /define or /glossary help.',
};

/**
 * Runs the handler for an interaction. Any failure is logged (no tokens, no user ids) and answered with a
 * private apology, so no interaction is left to time out; nothing is rethrown.
 */
export async function dispatchInteraction(interaction: Interaction, deps: BotDeps): Promise<void> {
  const handler = INTERACTION_HANDLERS.find((h) => h.matches(interaction));
  try {
    if (handler) await handler.handle(interaction, deps);
    else await answerPrivately(interaction, UNKNOWN_COMMAND);
  } catch (error) {
    deps.logger.error(
      { handler: handler?.name ?? 'none', interactionType: interaction.type, error: describeError(error) },
      'discord: handler failed',
    );
    try {
      await answerPrivately(interaction, APOLOGY);
    } catch (apologyError) {
      deps.logger.warn({ error: describeError(apologyError) }, 'discord: could not send the apology');
    }
  }
}

/** Runs the message handlers; a failure is logged and, where possible, answered with an apology. */
export async function dispatchMessage(message: Message, deps: BotDeps): Promise<void> {
  for (const handler of MESSAGE_HANDLERS) {
    try {
      await handler.handle(message, deps);
    } catch (error) {
      deps.logger.error({ handler: handler.name, error: describeError(error) }, 'discord: handler failed');
      await message
        .reply({ ...toMessageOptions(APOLOGY), allowedMentions: NO_MENTIONS })
        .catch((apologyError: unknown) =>
          deps.logger.warn({ error: describeError(apologyError) }, 'discord: could not send the apology'),
        );
    }
  }
}

/** Answers privately however the interaction still allows: autocomplete gets no choices, others a reply or follow-up. */
async function answerPrivately(interaction: Interaction, reply: Reply): Promise<void> {
  if (interaction.isAutocomplete()) {
    if (!interaction.responded) await interaction.respond([]);
    return;
  }
  if (!interaction.isRepliable()) return;
  if (interaction.replied || interaction.deferred) await interaction.followUp(toPrivateOptions(reply));
  else await interaction.reply(toPrivateOptions(reply));
}
