import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';

export type { Logger } from 'pino';

const CENSOR = '[REDACTED]';

/**
 * Field names whose values never reach the logs, at any depth: credentials and user identities.
 * Handlers should not log them at all; this is the safety net if one slips through.
 */
export const SENSITIVE_KEY =
  /token|secret|password|passwd|authorization|cookie|signature|salt|^(users?|user_?id|user_?name|author|member|userHash)$/i;

/** Token-shaped strings (Slack bot and app tokens, Discord bot tokens) masked inside any logged message. */
const TOKEN_PATTERN = /\b(?:xox[abposr]-[\w-]+|xapp-[\w-]+|[MN][\w-]{23,25}\.[\w-]{6}\.[\w-]{27,38})\b/g;

/** Slack (`<@U0123ABCD>`, `<@U0123|name>`) and Discord (`<@123…>`, `<@!123…>`) user mentions in free text. */
const MENTION_PATTERN = /<@!?[UW]?[A-Z0-9]+(?:\|[^>]*)?>/g;

/** Bare Slack user ids (`U` or `W` and at least six letters or digits, one of them a digit). */
const SLACK_USER_ID = /\b[UW](?=[A-Z]*\d)[A-Z0-9]{6,11}\b/g;

/** Masks anything that looks like a credential in free text (error messages can echo request bodies). */
export function maskSecrets(text: string): string {
  return text.replace(TOKEN_PATTERN, CENSOR);
}

/** Masks credentials and user ids in free text, plus the literal values of the configured secrets. */
function createMasker(secrets: readonly (string | undefined)[]): (text: string) => string {
  // Short values would mask ordinary words; real secrets are long.
  const known = secrets.filter((s): s is string => typeof s === 'string' && s.length >= 8);
  return (text) => {
    let masked = maskSecrets(text).replace(MENTION_PATTERN, '<@[user]>').replace(SLACK_USER_ID, '[user]');
    for (const secret of known) masked = masked.split(secret).join(CENSOR);
    return masked;
  };
}

/** Copies a value with sensitive fields censored and every string masked; errors become plain objects. */
function scrub(value: unknown, mask: (text: string) => string, depth = 0): unknown {
  if (typeof value === 'string') return mask(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth > 8) return '[…]';
  if (Array.isArray(value)) return value.map((item) => scrub(item, mask, depth + 1));
  // Errors are serialized first (their message and properties are not enumerable as such); other class
  // instances (dates, buffers) pass as they are.
  if (value instanceof Error) return scrubFields(pino.stdSerializers.err(value), mask, depth);
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null ? scrubFields(value, mask, depth) : value;
}

function scrubFields(fields: object, mask: (text: string) => string, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(fields)) {
    out[key] = SENSITIVE_KEY.test(key) ? CENSOR : scrub(item, mask, depth + 1);
  }
  return out;
}

/** Makes every child logger clean its bindings too (pino does not pass child bindings through `formatters`). */
function guardChildren(logger: Logger, clean: (fields: Record<string, unknown>) => Record<string, unknown>): Logger {
  type ChildOf = (bindings: Record<string, unknown>, options?: object) => Logger;
  const child = logger.child.bind(logger) as unknown as ChildOf;
  const guarded: ChildOf = (bindings, options) => guardChildren(child(clean(bindings), options), clean);
  logger.child = guarded as unknown as Logger['child'];
  return logger;
}

/** What to hide beyond the built-in patterns. */
export interface LogPrivacy {
  /** Configured secret values (tokens, signing secret, salt): masked wherever they appear. */
  secrets?: readonly (string | undefined)[];
}

/**
 * A JSON logger (pretty when writing to a terminal) on stderr, with credentials and user ids removed from
 * fields at any depth, from messages and from errors.
 */
export function createLogger(level = 'info', destination?: DestinationStream, privacy: LogPrivacy = {}): Logger {
  const mask = createMasker(privacy.secrets ?? []);
  const clean = (fields: Record<string, unknown>) => scrub(fields, mask) as Record<string, unknown>;
  const options: LoggerOptions = {
    level,
    formatters: { log: clean, bindings: clean },
    hooks: {
      logMethod(args, method) {
        const masked = args.map((a) => (typeof a === 'string' ? mask(a) : a)) as typeof args;
        return method.apply(this, masked);
      },
    },
    serializers: { err: (err: unknown) => scrub(err instanceof Error ? pino.stdSerializers.err(err) : err, mask) },
  };
  if (destination) return guardChildren(pino(options, destination), clean);
  if (process.stderr.isTTY) {
    const transport = { target: 'pino-pretty', options: { colorize: true, destination: 2 } };
    return guardChildren(pino({ ...options, transport }), clean);
  }
  return guardChildren(pino(options, pino.destination({ dest: 2, sync: true })), clean);
}
