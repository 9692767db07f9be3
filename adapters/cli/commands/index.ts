import type { LazyCliCommand } from '../command.js';

/**
 * Every `glossary` subcommand, in the order `glossary help` lists them. Imported on use: `define` must not
 * pay for the store, the scheduler or a platform SDK that `daily` and `discord-register` need.
 */
export const COMMANDS: readonly LazyCliCommand[] = [
  { name: 'define', load: async () => (await import('./define.js')).defineCommand },
  { name: 'resolve', load: async () => (await import('./resolve.js')).resolveCommand },
  { name: 'search', load: async () => (await import('./search.js')).searchCommand },
  { name: 'list', load: async () => (await import('./list.js')).listCommand },
  { name: 'validate', load: async () => (await import('./validate.js')).validateCommand },
  { name: 'daily', load: async () => (await import('./daily.js')).dailyCommand },
  { name: 'stats', load: async () => (await import('./stats.js')).statsCommand },
  { name: 'db', load: async () => (await import('./db.js')).dbCommand },
  { name: 'site', load: async () => (await import('./site.js')).siteCommand },
  { name: 'discord-register', load: async () => (await import('./discord-register.js')).discordRegisterCommand },
];
