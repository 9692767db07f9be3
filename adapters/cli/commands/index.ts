import type { CliCommand } from '../command.js';
import { validateCommand } from './validate.js';

/** Every `glossary` subcommand, in the order `glossary help` lists them. */
export const COMMANDS: readonly CliCommand[] = [validateCommand];
