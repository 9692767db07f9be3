import type { App } from '@slack/bolt';
import type { BotDeps } from '../../deps.js';
import * as appError from './app-error.js';
import * as appMention from './app-mention.js';
import * as defineCommand from './define-command.js';
import * as explainShortcut from './explain-shortcut.js';
import * as openButton from './open-button.js';
import * as shareButton from './share-button.js';
import * as staleButton from './stale-button.js';
import * as uninstall from './uninstall.js';
import * as voteButton from './vote-button.js';

/** A Slack listener module: one file, one `register`. */
export interface SlackListener {
  register(app: App, deps: BotDeps): void;
}

/** Every listener; a new one is a new file plus one line here. */
export const LISTENERS: readonly SlackListener[] = [
  appError,
  defineCommand,
  appMention,
  openButton,
  shareButton,
  voteButton,
  staleButton,
  explainShortcut,
  uninstall,
];

/** Registers every listener on the app. */
export function registerListeners(app: App, deps: BotDeps): void {
  for (const listener of LISTENERS) listener.register(app, deps);
}
