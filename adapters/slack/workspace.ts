import type { BotDeps } from '../deps.js';

/** Whether the bot runs as a Slack app installed by OAuth in many workspaces (not one SLACK_BOT_TOKEN). */
export function isOAuthMode(config: BotDeps['config']): boolean {
  return Boolean(config.SLACK_CLIENT_ID && config.SLACK_CLIENT_SECRET && config.SLACK_STATE_SECRET);
}

/** `{ workspace: team id }` in OAuth mode, so subscriptions and stats are kept per workspace; `{}` otherwise. */
export function workspaceOf(deps: BotDeps, teamId: string | null | undefined): { workspace?: string } {
  return isOAuthMode(deps.config) && teamId ? { workspace: teamId } : {};
}
