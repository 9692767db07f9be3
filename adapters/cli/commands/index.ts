import type { CliCommand } from '../command.js';
import { dailyCommand } from './daily.js';
import { dbCommand } from './db.js';
import { defineCommand } from './define.js';
import { discordRegisterCommand } from './discord-register.js';
import { listCommand } from './list.js';
import { resolveCommand } from './resolve.js';
import { searchCommand } from './search.js';
import { siteCommand } from './site.js';
import { statsCommand } from './stats.js';
import { validateCommand } from './validate.js';

/** Every `glossary` subcommand, in the order `glossary help` lists them. */
export const COMMANDS: readonly CliCommand[] = [
  defineCommand,
  resolveCommand,
  searchCommand,
  listCommand,
  validateCommand,
  dailyCommand,
  statsCommand,
  dbCommand,
  siteCommand,
  discordRegisterCommand,
];
