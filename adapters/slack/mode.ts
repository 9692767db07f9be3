import type { Config } from '../../src/config.js';

/** Socket Mode when an app-level token is set (no public URL needed), otherwise HTTP mode. */
export type SlackMode = 'socket' | 'http';

/** The mode the configuration selects: `SLACK_APP_TOKEN` means Socket Mode. (No Bolt import: start-up reads it.) */
export function selectSlackMode(config: Config): SlackMode {
  return config.SLACK_APP_TOKEN ? 'socket' : 'http';
}
