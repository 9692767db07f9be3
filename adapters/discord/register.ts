import { DiscordAPIError, Routes } from 'discord.js';
import { UserError } from '../../src/errors.js';
import { createDiscordRest } from './client.js';
import { DISCORD_COMMANDS } from './commands.js';

export interface RegisterOptions {
  token: string;
  applicationId: string;
  /** Register in one server (instant, for development); globally when omitted. */
  guildId?: string;
  apiUrl?: string;
}

/**
 * Replaces the application's command set with ours (PUT, so running it again changes nothing).
 * Discord's refusals become a UserError saying what to check.
 */
export async function registerDiscordCommands(options: RegisterOptions): Promise<{ names: string[] }> {
  const rest = createDiscordRest(options.token, options.apiUrl);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  try {
    const saved = (await rest.put(route, { body: DISCORD_COMMANDS })) as { name: string }[];
    return { names: saved.map((command) => command.name) };
  } catch (error) {
    throw registrationError(error, options);
  }
}

function registrationError(error: unknown, options: RegisterOptions): Error {
  if (!(error instanceof DiscordAPIError)) {
    const reason = error instanceof Error ? error.message : String(error);
    return new UserError(
      `Could not reach Discord (${reason}). Check the network or DISCORD_API_URL.`,
      'discord_register',
      {
        cause: error,
      },
    );
  }
  const hint =
    error.status === 401
      ? 'Discord rejected DISCORD_TOKEN: copy the bot token again from the Developer Portal (Bot → Reset Token).'
      : error.status === 403 || error.status === 404
        ? options.guildId
          ? `Check DISCORD_APPLICATION_ID, and that the bot was invited to server ${options.guildId} with the applications.commands scope.`
          : 'Check that DISCORD_APPLICATION_ID belongs to the application of DISCORD_TOKEN.'
        : 'Try again in a moment.';
  return new UserError(
    `Discord refused the commands (HTTP ${error.status}: ${error.message}). ${hint}`,
    'discord_register',
    {
      cause: error,
    },
  );
}
