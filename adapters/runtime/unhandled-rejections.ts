import type { Logger } from '../../src/logger.js';

/**
 * Logs promise rejections nobody handled instead of letting Node end the process: one bad request inside a
 * library (say, a body Bolt does not expect) must not take every conversation down with it. Errors at start
 * still stop the bot, because this is installed once it is running.
 */
export function logUnhandledRejections(
  logger: Pick<Logger, 'error'>,
  source: { on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown } = process,
): void {
  source.on('unhandledRejection', (reason) => {
    logger.error({ err: reason }, 'Unexpected error in the background (a promise nobody handled); still running');
  });
}
