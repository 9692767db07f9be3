import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BOT_SCOPES } from '../../../adapters/slack/create-app.js';
import { EXPLAIN_CALLBACK_ID } from '../../../adapters/slack/listeners/explain-shortcut.js';
import { ConfigSchema } from '../../../src/config.js';

interface Manifest {
  display_information: { name: string };
  features: {
    bot_user: { display_name: string };
    slash_commands: { command: string; description: string; usage_hint?: string }[];
    shortcuts: { type: string; callback_id: string; name: string }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[] };
    interactivity: { is_enabled: boolean };
    socket_mode_enabled: boolean;
  };
}

const manifest = parse(readFileSync('adapters/slack/manifest.yaml', 'utf8')) as Manifest;

describe('Slack app manifest', () => {
  it('GIVEN the manifest THEN its command and shortcut are the ones the bot listens for', () => {
    const defaultCommand = ConfigSchema.parse({}).SLACK_COMMAND;
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([defaultCommand]);
    expect(manifest.features.shortcuts).toEqual([
      expect.objectContaining({ type: 'message', callback_id: EXPLAIN_CALLBACK_ID, name: 'Explain AI terms' }),
    ]);
  });

  it('GIVEN the manifest THEN it asks for exactly the scopes, events and settings the bot needs', () => {
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual(
      ['app_mentions:read', 'chat:write', 'chat:write.public', 'commands'].sort(),
    );
    // An OAuth install asks for the same scopes as the manifest.
    expect([...BOT_SCOPES].sort()).toEqual([...manifest.oauth_config.scopes.bot].sort());
    expect(manifest.settings.event_subscriptions.bot_events).toEqual([
      'app_mention',
      'app_uninstalled',
      'tokens_revoked',
    ]);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });

  it("GIVEN the manifest THEN it stays within Slack's length limits", () => {
    expect(manifest.display_information.name.length).toBeLessThanOrEqual(35);
    expect(manifest.features.bot_user.display_name.length).toBeLessThanOrEqual(80);
    for (const command of manifest.features.slash_commands) expect(command.command.length).toBeLessThanOrEqual(32);
  });
});
