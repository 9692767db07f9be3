import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPutAPIApplicationCommandsJSONBody,
} from 'discord.js';
import { DIFFICULTIES } from '../../src/glossary/schema.js';
import { SECTION_LABELS, SECTIONS } from '../../src/replies.js';

/** Names of the registered commands, shared by the definitions and the handlers. */
export const COMMAND_NAMES = {
  define: 'define',
  glossary: 'glossary',
  explain: 'Explain AI terms',
} as const;

/** Where the commands can be used: servers that installed the bot, and DMs with it. */
const WHERE = {
  integration_types: [ApplicationIntegrationType.GuildInstall],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
};

const capitalize = (s: string) => `${s[0]?.toUpperCase()}${s.slice(1)}`;

/** The whole command set, as `PUT /applications/{app}/commands` takes it (one place, used by the bot and the CLI). */
export const DISCORD_COMMANDS: RESTPutAPIApplicationCommandsJSONBody = [
  {
    name: COMMAND_NAMES.define,
    type: ApplicationCommandType.ChatInput,
    description: 'Explain an AI term from the glossary',
    ...WHERE,
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'term',
        description: 'The term to explain, e.g. RLHF or post-training',
        required: true,
        autocomplete: true,
        max_length: 100,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: 'section',
        description: 'Which part to show (default: the overview)',
        choices: SECTIONS.map((section) => ({ name: SECTION_LABELS[section], value: section })),
      },
      {
        type: ApplicationCommandOptionType.Boolean,
        name: 'private',
        description: 'Only you see the answer',
      },
    ],
  },
  {
    name: COMMAND_NAMES.glossary,
    type: ApplicationCommandType.ChatInput,
    description: 'AI glossary: term of the day, a random term, help, daily posts',
    ...WHERE,
    options: [
      { type: ApplicationCommandOptionType.Subcommand, name: 'today', description: "Show today's term of the day" },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'random',
        description: 'Show a random term',
        options: [
          {
            type: ApplicationCommandOptionType.String,
            name: 'level',
            description: 'Only terms of this difficulty',
            choices: DIFFICULTIES.map((level) => ({ name: capitalize(level), value: level })),
          },
        ],
      },
      { type: ApplicationCommandOptionType.Subcommand, name: 'help', description: 'How to use the glossary' },
      {
        type: ApplicationCommandOptionType.SubcommandGroup,
        name: 'daily',
        description: 'Term of the day in this channel (needs Manage Channels)',
        options: [
          { type: ApplicationCommandOptionType.Subcommand, name: 'on', description: 'Post the term of the day here' },
          { type: ApplicationCommandOptionType.Subcommand, name: 'off', description: 'Stop the term of the day here' },
        ],
      },
    ],
  },
  { name: COMMAND_NAMES.explain, type: ApplicationCommandType.Message, ...WHERE },
];
