import type { InteractionHandler, MessageHandler } from '../handler.js';
import { buttonsHandler } from './buttons.js';
import { defineHandler } from './define.js';
import { defineAutocompleteHandler } from './define-autocomplete.js';
import { explainHandler } from './explain.js';
import { glossaryHandler } from './glossary.js';
import { mentionHandler } from './mention.js';

/** Every interaction handler; the first that matches an interaction answers it. */
export const INTERACTION_HANDLERS: readonly InteractionHandler[] = [
  defineHandler,
  defineAutocompleteHandler,
  glossaryHandler,
  buttonsHandler,
  explainHandler,
];

/** Every handler of incoming messages. */
export const MESSAGE_HANDLERS: readonly MessageHandler[] = [mentionHandler];
