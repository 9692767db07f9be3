import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { logUnhandledRejections } from '../../adapters/runtime/unhandled-rejections.js';
import { createLogger } from '../../src/logger.js';

describe('logUnhandledRejections', () => {
  it('GIVEN a rejection nobody handles THEN it is logged as an error (scrubbed) and the process keeps running', () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => void lines.push(line) }, {});
    const source = new EventEmitter();
    logUnhandledRejections(logger, source);
    source.emit('unhandledRejection', new TypeError("Cannot read properties of null (reading 'ssl_check') xoxb-1-2-3"));
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0] ?? '{}');
    expect(entry).toMatchObject({ level: 50, msg: expect.stringContaining('still running') });
    expect(entry.err.message).toContain("reading 'ssl_check'");
    expect(lines[0]).not.toContain('xoxb-1-2-3');
  });
});
