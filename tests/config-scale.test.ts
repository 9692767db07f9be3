import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { problemsOf } from './helpers/config-problems.js';

describe('settings for several machines', () => {
  it('GIVEN a DATABASE_URL that is not PostgreSQL THEN it says what form it takes, without echoing the value', () => {
    const message = problemsOf({ DATABASE_URL: 'mysql://root:hunter2@db/glossary' });
    expect(message).toContain('DATABASE_URL: must be a PostgreSQL URL like postgres://');
    expect(message).not.toContain('hunter2');
  });

  it('GIVEN only part of the OAuth settings THEN it names the missing ones', () => {
    const message = problemsOf({ SLACK_CLIENT_ID: '1.2', SLACK_SIGNING_SECRET: 's' });
    expect(message).toContain('SLACK_CLIENT_SECRET: is required for OAuth installs');
    expect(message).toContain('SLACK_STATE_SECRET: is required for OAuth installs');
  });

  it('GIVEN OAuth settings next to a single-workspace token THEN it asks to choose one', () => {
    const env = {
      SLACK_CLIENT_ID: '1.2',
      SLACK_CLIENT_SECRET: 'c',
      SLACK_STATE_SECRET: 's',
      SLACK_SIGNING_SECRET: 'x',
    };
    expect(loadConfig(env).SLACK_CLIENT_ID).toBe('1.2');
    expect(problemsOf({ ...env, SLACK_BOT_TOKEN: 'xoxb-1' })).toContain('SLACK_BOT_TOKEN: must be unset for OAuth');
  });

  it.each(['auto', '1', '16'])('GIVEN DISCORD_SHARDS=%s THEN it is accepted', (value) => {
    expect(loadConfig({ DISCORD_SHARDS: value }).DISCORD_SHARDS).toBe(value);
  });

  it.each(['0', 'many', '-2'])('GIVEN DISCORD_SHARDS=%s THEN it says what is allowed', (value) => {
    expect(problemsOf({ DISCORD_SHARDS: value })).toContain('must be "auto" or a number of shards');
  });
});
