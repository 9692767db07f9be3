import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../src/logger.js';
import { maskSecrets } from '../../src/logger.js';

/** Bolt's log levels in pino's names (Bolt has no trace or fatal). */
const FROM_PINO: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
  fatal: LogLevel.ERROR,
};

/**
 * Bolt and the WebClient log through our pino logger (child `platform: slack`). Their arguments are
 * flattened to one masked string, so an error object cannot carry a request's headers into the log.
 */
export function createBoltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ platform: 'slack', source: 'bolt' });
  const line = (parts: unknown[]) => maskSecrets(omitBodies(parts.map(describePart).join(' ')));
  // Bolt logs several debug lines per request: build the line only when the level is on.
  const at =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...parts: unknown[]) => {
      if (child.isLevelEnabled(level)) child[level](line(parts));
    };
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    // Bolt sets its level from `logLevel`; we never pass one, so the configured LOG_LEVEL stays in charge.
    setLevel: () => {},
    getLevel: () => (child.level === 'silent' ? LogLevel.ERROR : (FROM_PINO[child.level] ?? LogLevel.INFO)),
    setName: () => {},
  };
}

/** The WebClient logs request bodies at debug level; they hold user ids and user text, so only the fact is kept. */
function omitBodies(text: string): string {
  return text.replace(/^(http request body:).*$/s, '$1 [omitted]');
}

function describePart(part: unknown): string {
  if (typeof part === 'string') return part;
  if (part instanceof Error) return `${part.name}: ${part.message}`;
  if (part === null || part === undefined || typeof part !== 'object') return String(part);
  // Objects may hold request bodies (user ids, tokens): log their shape only.
  return `{${Object.keys(part).slice(0, 10).join(', ')}}`;
}
