import { type ButtonInteraction, type Interaction, MessageFlags } from 'discord.js';
import { answer } from '../../../src/answer.js';
import { parseActionId } from '../../../src/render/ids.js';
import type { Reply } from '../../../src/replies.js';
import { recordVote } from '../../../src/store/feedback.js';
import type { InteractionHandler } from '../handler.js';
import { toPrivateOptions, toUpdateOptions } from '../message.js';

const OUTDATED: Reply = {
  kind: 'notice',
  text: 'This button is from an older version of the glossary bot. Use /define to get a fresh card.',
};

/**
 * Card buttons. Sections, related terms and suggestions replace a private card in place; on a card the
 * whole channel sees, they answer the clicker privately so one reader does not change it for everyone.
 * *Helpful?* records a vote and thanks privately. Unknown ids get a short private note.
 */
export const buttonsHandler: InteractionHandler = {
  name: 'buttons',
  matches: (i: Interaction) => i.isButton(),
  async handle(interaction, deps) {
    const button = interaction as ButtonInteraction;
    const action = parseActionId(button.customId);
    if (action?.type === 'vote') {
      const thanks = await recordVote(deps.store, deps.glossary(), {
        platform: 'discord',
        userId: button.user.id,
        slug: action.slug,
        value: action.vote,
        at: deps.now(),
      });
      await button.reply(toPrivateOptions(thanks));
      return;
    }
    if (action?.type !== 'section' && action?.type !== 'open') {
      await button.reply(toPrivateOptions(OUTDATED));
      return;
    }
    const section = action.type === 'section' ? action.section : 'overview';
    const reply = answer(deps.glossary(), { kind: 'open', slug: action.slug, section });
    if (button.message.flags.has(MessageFlags.Ephemeral)) {
      await button.update(toUpdateOptions(reply, deps.config.PUBLIC_URL));
    } else {
      await button.reply(toPrivateOptions(reply, deps.config.PUBLIC_URL));
    }
  },
};
