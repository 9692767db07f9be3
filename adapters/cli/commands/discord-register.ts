import { loadConfig } from '../../../src/config.js';
import { UserError } from '../../../src/errors.js';
import { type CliCommand, UsageError } from '../command.js';

/** `glossary discord-register [--guild <id>]`: registers the Discord commands in one server (instant) or globally. */
export const discordRegisterCommand: CliCommand = {
  name: 'discord-register',
  usage: 'discord-register [--guild <id>]',
  summary: 'Register the Discord commands (in one server at once with --guild, otherwise globally)',
  options: { guild: { type: 'string' } },
  async run(args, ctx) {
    const guildId = args.values.guild as string | undefined;
    if (guildId !== undefined && !/^\d{5,25}$/.test(guildId)) {
      throw new UsageError('--guild must be a numeric server id (Discord: right-click the server → Copy Server ID)');
    }
    const config = loadConfig(ctx.env);
    const token = config.DISCORD_TOKEN;
    const applicationId = config.DISCORD_APPLICATION_ID;
    if (!token || !applicationId) {
      const missing = [!token && 'DISCORD_TOKEN', !applicationId && 'DISCORD_APPLICATION_ID'].filter(Boolean);
      throw new UserError(
        `Set ${missing.join(' and ')} (see .env.example) to register the Discord commands.`,
        'config',
      );
    }
    // Imported here so the other glossary commands never load discord.js.
    const { registerDiscordCommands } = await import('../../discord/register.js');
    const { names } = await registerDiscordCommands({ token, applicationId, guildId, apiUrl: config.DISCORD_API_URL });
    const list = names.map((name) => `"${name}"`).join(', ');
    ctx.stdout(
      guildId
        ? `Registered ${names.length} commands in server ${guildId}: ${list}. They are available there now.`
        : `Registered ${names.length} global commands: ${list}. They can take a few minutes to appear in every server.`,
    );
    return 0;
  },
};
