import type { ApplicationCommandOptionChoiceData, AutocompleteInteraction, Interaction } from 'discord.js';
import { truncate } from '../../../src/render/truncate.js';
import { COMMAND_NAMES } from '../commands.js';
import type { InteractionHandler } from '../handler.js';

/** Discord's limits for autocomplete: 25 choices, names 1–100 characters, values at most 100. */
const MAX_CHOICES = 25;
const MAX_CHOICE_LENGTH = 100;
/** Longer input is garbage for a term name; only this much is searched. */
const MAX_PARTIAL = 100;

/** Autocomplete for `/define term`: the core's ranked matches (best first), named by title, valued by slug. */
export const defineAutocompleteHandler: InteractionHandler = {
  name: 'define-autocomplete',
  matches: (i: Interaction) => i.isAutocomplete() && i.commandName === COMMAND_NAMES.define,
  async handle(interaction, deps) {
    const autocomplete = interaction as AutocompleteInteraction;
    const partial = String(autocomplete.options.getFocused()).slice(0, MAX_PARTIAL);
    await autocomplete.respond(autocompleteChoices(deps.glossary().index.autocomplete(partial, MAX_CHOICES)));
  },
};

/** Fits refs into Discord's choice limits; a slug too long to be a value is left out rather than cut. */
export function autocompleteChoices(
  refs: readonly { slug: string; title: string }[],
): ApplicationCommandOptionChoiceData[] {
  return refs
    .filter((ref) => ref.slug.length > 0 && ref.slug.length <= MAX_CHOICE_LENGTH)
    .slice(0, MAX_CHOICES)
    .map((ref) => ({ name: truncate(ref.title.trim() || ref.slug, MAX_CHOICE_LENGTH), value: ref.slug }));
}
