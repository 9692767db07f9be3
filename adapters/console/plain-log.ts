import type { Writable } from 'node:stream';
import type { DestinationStream } from 'pino';

const LEVEL_WORDS: Record<number, string> = {
  10: 'trace',
  20: 'debug',
  30: '',
  40: 'Warning',
  50: 'Error',
  60: 'Error',
};

/** Fields pino adds to every line; the rest are shown after the message. */
const STANDARD_FIELDS = new Set(['level', 'time', 'pid', 'hostname', 'msg']);

/**
 * A log destination for a person at a terminal: each (already scrubbed) JSON line becomes one plain sentence,
 * such as `Warning: terms/x.yaml: skipped, a folder, not a file`. Used by the console chat in a terminal;
 * files, pipes and platform runs keep JSON.
 */
export function createPlainLogDestination(output: Pick<Writable, 'write'>): DestinationStream {
  return {
    write(line: string) {
      let entry: Record<string, unknown>;
      try {
        entry = JSON.parse(line);
      } catch {
        output.write(line);
        return;
      }
      const word = LEVEL_WORDS[Number(entry.level)] ?? '';
      const details = Object.entries(entry)
        .filter(([key, value]) => !STANDARD_FIELDS.has(key) && value !== undefined)
        .map(([key, value]) => `${key} ${describe(value)}`);
      const message = String(entry.msg ?? '');
      const extra = details.length > 0 ? ` (${details.join(', ')})` : '';
      output.write(`${word ? `${word}: ` : ''}${message}${extra}\n`);
    },
  };
}

/** A field's value in words: strings as they are, errors by their message, anything else as JSON. */
function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  const message = (value as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : JSON.stringify(value);
}
