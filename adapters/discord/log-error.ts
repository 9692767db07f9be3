import { maskSecrets } from '../../src/logger.js';

/** Interaction and webhook tokens inside REST URLs (`/interactions/{id}/{token}/…`, `/webhooks/{app}/{token}`). */
const URL_TOKENS = /\/(interactions|webhooks)\/(\d+)\/[^/?\s]+/g;

/** Hides credentials in text: bot tokens, and interaction tokens inside REST URLs. */
export function scrub(text: string): string {
  return maskSecrets(text).replace(URL_TOKENS, '/$1/$2/[token]');
}

/**
 * The loggable facts of an error: name, message, HTTP status and route, stack. Never the request body
 * (it echoes what users typed) nor tokens.
 */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: scrub(String(error)) };
  const { status, code, method, url } = error as { status?: unknown; code?: unknown; method?: unknown; url?: unknown };
  return {
    name: error.name,
    message: scrub(error.message),
    ...(status !== undefined ? { status } : {}),
    ...(code !== undefined ? { code } : {}),
    ...(typeof method === 'string' ? { method } : {}),
    ...(typeof url === 'string' && URL.canParse(url) ? { route: scrub(new URL(url).pathname) } : {}),
    ...(error.stack ? { stack: scrub(error.stack) } : {}),
  };
}
