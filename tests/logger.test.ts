import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';

const BOT_TOKEN = 'xoxb-1111-2222-abcdefghijkl';
const APP_TOKEN = 'xapp-1-A0APP-3333-abcdef0123';
const DISCORD_TOKEN = 'MTAxMjM0NTY3ODkwMTIzNDU2.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456';
const SIGNING_SECRET = '8f742231b10e8888abc8f742231b10e8';
const SLACK_USER = 'U0123ABCDE';
const DISCORD_USER = '123456789012345678';
const SECRETS = [BOT_TOKEN, APP_TOKEN, DISCORD_TOKEN, SIGNING_SECRET, SLACK_USER, DISCORD_USER];

/** A logger writing JSON lines into an array, configured as `main` configures it. */
function capture(level = 'trace') {
  const lines: string[] = [];
  const logger = createLogger(
    level,
    { write: (line: string) => void lines.push(line) },
    {
      secrets: [BOT_TOKEN, APP_TOKEN, DISCORD_TOKEN, SIGNING_SECRET],
    },
  );
  return { logger, output: () => lines.join('') };
}

function expectNoSecrets(output: string): void {
  for (const secret of SECRETS) expect(output).not.toContain(secret);
}

describe('createLogger', () => {
  it('GIVEN credentials in fields at any depth THEN none of them is written', () => {
    const { logger, output } = capture();
    logger.info(
      {
        config: { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, DISCORD_TOKEN, PORT: 3000 },
        request: { headers: { authorization: `Bearer ${BOT_TOKEN}`, 'x-slack-signature': 'v0=abc' } },
        body: { event: { payload: { appToken: APP_TOKEN } } },
      },
      'starting',
    );
    expectNoSecrets(output());
    expect(output()).toContain('"PORT":3000');
    expect(output()).toContain('[REDACTED]');
  });

  it('GIVEN user ids in fields THEN they are censored, while channel ids stay', () => {
    const { logger, output } = capture();
    logger.info({ body: { user: { id: SLACK_USER }, event: { user: SLACK_USER, channel: 'C0GENERAL' } } }, 'event');
    logger.info({ interaction: { user_id: DISCORD_USER, author: { id: DISCORD_USER } } }, 'interaction');
    expectNoSecrets(output());
    expect(output()).toContain('C0GENERAL');
  });

  it('GIVEN secrets and user ids inside messages THEN the message is masked', () => {
    const { logger, output } = capture();
    logger.warn(`auth failed for ${BOT_TOKEN} and ${APP_TOKEN} (discord ${DISCORD_TOKEN})`);
    logger.warn(`bad signature with secret ${SIGNING_SECRET}`);
    logger.info(`asked by <@${SLACK_USER}|asker>, <@${DISCORD_USER}> and ${SLACK_USER}`);
    expectNoSecrets(output());
    expect(output()).toContain('auth failed for [REDACTED]');
  });

  it('GIVEN an error whose message, stack and properties hold secrets THEN the logged error has none', () => {
    const { logger, output } = capture();
    const error = Object.assign(new Error(`request with token ${BOT_TOKEN} failed`), {
      data: { request: { headers: { Authorization: `Bearer ${DISCORD_TOKEN}` } }, user: SLACK_USER },
    });
    logger.error({ err: error }, 'call failed');
    logger.error({ error: new Error(`signing secret ${SIGNING_SECRET} rejected`) }, 'other key');
    expectNoSecrets(output());
    expect(output()).toContain('request with token [REDACTED] failed');
    expect(output()).toContain('signing secret [REDACTED] rejected');
  });

  it('GIVEN a child logger bound to secrets THEN its lines do not carry them', () => {
    const { logger, output } = capture();
    logger.child({ token: BOT_TOKEN, userId: SLACK_USER, platform: 'slack' }).info('child line');
    expectNoSecrets(output());
    expect(output()).toContain('"platform":"slack"');
  });

  it('GIVEN LOG_LEVEL warn THEN info lines are dropped and warnings are written as JSON', () => {
    const { logger, output } = capture('warn');
    logger.info('hidden detail');
    logger.warn({ terms: 3 }, 'visible warning');
    expect(output()).not.toContain('hidden detail');
    const line = JSON.parse(output().trim()) as { level: number; msg: string; terms: number };
    expect(line).toMatchObject({ level: 40, msg: 'visible warning', terms: 3 });
  });
});
