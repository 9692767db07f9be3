import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * Field names whose values never reach the logs: credentials and raw user ids.
 * Handlers should not log them at all; this is the safety net if one slips through.
 */
export const REDACTED_PATHS = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'secret',
  'authorization',
  'headers.authorization',
  'headers["x-slack-signature"]',
  'user',
  'userId',
  'user_id',
  '*.token',
  '*.botToken',
  '*.appToken',
  '*.signingSecret',
  '*.secret',
  '*.authorization',
  '*.user',
  '*.userId',
  '*.user_id',
  'config.SLACK_BOT_TOKEN',
  'config.SLACK_SIGNING_SECRET',
  'config.SLACK_APP_TOKEN',
  'config.DISCORD_TOKEN',
  'config.HASH_SALT',
];

/** Token-shaped strings (Slack bot and app tokens, Discord bot tokens) masked inside any logged message. */
const TOKEN_PATTERN = /\b(?:xox[abposr]-[\w-]+|xapp-[\w-]+|[MN][\w-]{23,25}\.[\w-]{6}\.[\w-]{27,38})\b/g;

/** Masks anything that looks like a credential in free text (error messages can echo request bodies). */
export function maskSecrets(text: string): string {
  return text.replace(TOKEN_PATTERN, '[REDACTED]');
}

/** A JSON logger (pretty when writing to a terminal) with credentials and user ids redacted. */
export function createLogger(level = 'info', destination?: DestinationStream): Logger {
  const options = {
    level,
    redact: { paths: REDACTED_PATHS, censor: '[REDACTED]' },
    hooks: {
      logMethod(this: Logger, args: Parameters<Logger['info']>, method: Logger['info']) {
        const masked = args.map((a) => (typeof a === 'string' ? maskSecrets(a) : a)) as Parameters<Logger['info']>;
        return method.apply(this, masked);
      },
    },
    serializers: {
      err: (err: unknown) => {
        const s = pino.stdSerializers.err(err as Error);
        return { ...s, message: maskSecrets(s.message), stack: s.stack && maskSecrets(s.stack) };
      },
    },
  };
  if (destination) return pino(options, destination);
  if (process.stdout.isTTY) {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { colorize: true, destination: 2 } } });
  }
  return pino(options, pino.destination(2));
}
