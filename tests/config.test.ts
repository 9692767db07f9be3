import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { problemsOf } from './helpers/config-problems.js';

describe('loadConfig', () => {
  it('GIVEN no variables THEN the defaults run the console bot', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ TERMS_DIR: 'terms', LOG_LEVEL: 'info', PORT: 3000, DAILY_TZ: 'UTC' });
    expect(config.HEALTH_PORT).toBeUndefined();
    expect(config.SLACK_BOT_TOKEN).toBeUndefined();
  });

  it('GIVEN an unknown time zone THEN the message names the variable, the value and what is wrong', () => {
    expect(problemsOf({ DAILY_TZ: 'Mars/Base' })).toContain('DAILY_TZ: "Mars/Base" is not a time zone');
  });

  it('GIVEN several bad values THEN one message lists every one of them', () => {
    const message = problemsOf({
      DAILY_TZ: 'Mars/Base',
      LOG_LEVEL: 'loud',
      PORT: '99999',
      HEALTH_PORT: 'abc',
      DAILY_CRON: 'every morning',
      SLACK_API_URL: 'not a url',
    });
    expect(message).toMatch(/^Configuration problems:/);
    for (const name of ['DAILY_TZ', 'LOG_LEVEL', 'PORT', 'HEALTH_PORT', 'DAILY_CRON', 'SLACK_API_URL']) {
      expect(message).toContain(`\n  ${name}: `);
    }
    expect(message).toContain('"loud" is not a log level');
    expect(message).toContain('"99999" is not a port number');
  });

  it('GIVEN a bad field AND a missing companion setting THEN both are in the same message', () => {
    const message = problemsOf({ LOG_LEVEL: 'loud', PORT: 'abc', SLACK_BOT_TOKEN: 'xoxb-1-2-3' });
    expect(message).toContain('LOG_LEVEL: "loud" is not a log level');
    expect(message).toContain('PORT: "abc" is not a port number');
    expect(message).toContain('SLACK_SIGNING_SECRET: is required in HTTP mode');
  });

  it('GIVEN a Slack bot token without a signing secret THEN HTTP mode asks for it, Socket Mode does not', () => {
    expect(problemsOf({ SLACK_BOT_TOKEN: 'xoxb-1-2-3' })).toContain('SLACK_SIGNING_SECRET: is required in HTTP mode');
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1-2-3', SLACK_APP_TOKEN: 'xapp-1-2' }).SLACK_APP_TOKEN).toBe('xapp-1-2');
  });

  it('GIVEN a signing secret without a bot token THEN the bot token is asked for', () => {
    expect(problemsOf({ SLACK_SIGNING_SECRET: 'abcdef0123456789' })).toContain(
      'SLACK_BOT_TOKEN: is required to run the Slack bot',
    );
  });

  it('GIVEN a wrong kind of token THEN the message says so without echoing the token', () => {
    const message = problemsOf({ SLACK_BOT_TOKEN: 'xapp-secret-value-123', SLACK_SIGNING_SECRET: 'shh-secret-456' });
    expect(message).toContain('SLACK_BOT_TOKEN: must be a bot token starting with "xoxb-"');
    expect(message).not.toContain('xapp-secret-value-123');
    expect(message).not.toContain('shh-secret-456');
  });

  it('GIVEN empty values copied from the template THEN they mean "use the default"', () => {
    expect(loadConfig({ PORT: '', LOG_LEVEL: '  ', SLACK_COMMAND: '' })).toMatchObject({
      PORT: 3000,
      LOG_LEVEL: 'info',
      SLACK_COMMAND: '/define',
    });
  });

  it('GIVEN HEALTH_PORT and comma-separated channel lists THEN they are parsed', () => {
    const config = loadConfig({ HEALTH_PORT: '8081', DAILY_SLACK_CHANNELS: 'C1, C2,,C3' });
    expect(config.HEALTH_PORT).toBe(8081);
    expect(config.DAILY_SLACK_CHANNELS).toEqual(['C1', 'C2', 'C3']);
  });

  it('GIVEN PUBLIC_URL and STATS_TOKEN THEN the URL gets its trailing slash; bad values are named, tokens never shown', () => {
    const config = loadConfig({ PUBLIC_URL: 'https://glossary.example.com/ai', STATS_TOKEN: 'a'.repeat(16) });
    expect(config.PUBLIC_URL).toBe('https://glossary.example.com/ai/');
    expect(loadConfig({}).PUBLIC_URL).toBeUndefined();
    const message = problemsOf({ PUBLIC_URL: 'glossary.example.com', STATS_TOKEN: 'short secret' });
    expect(message).toContain('PUBLIC_URL: "glossary.example.com" is not an http(s) URL');
    expect(message).toContain('STATS_TOKEN: must be 16 to 200 characters');
    expect(message).not.toContain('short secret');
    expect(problemsOf({ PUBLIC_URL: `https://example.com/${'a'.repeat(400)}` })).toContain(
      'is too long (at most 400 characters)',
    );
  });

  it.each(['0x10', '1e3', ' 0b11 ', '+80', '80.0', '3000abc'])(
    'GIVEN PORT=%j THEN it is refused: only plain decimal numbers are ports',
    (value) => {
      expect(problemsOf({ PORT: value })).toContain(`"${value.trim()}" is not a port number`);
      expect(problemsOf({ HEALTH_PORT: value })).toContain('HEALTH_PORT:');
    },
  );

  it('GIVEN PORT with spaces around a decimal number THEN the number is used', () => {
    expect(loadConfig({ PORT: ' 8080 ' }).PORT).toBe(8080);
  });
});
