import { describe, expect, it } from 'vitest';
import { createPlainLogDestination } from '../../../adapters/console/plain-log.js';
import { createLogger } from '../../../src/logger.js';

describe('console logs in a terminal', () => {
  it('GIVEN warnings and errors THEN they are plain sentences, not JSON, and still scrubbed', () => {
    const written: string[] = [];
    const logger = createLogger(
      'info',
      createPlainLogDestination({ write: (line: string) => written.push(line) > 0 }),
      {
        secrets: ['xoxb-secret-token-value'],
      },
    );
    logger.info('Glossary loaded');
    logger.warn({ dir: 'terms' }, 'terms/odd.yaml: skipped, a folder, not a file');
    logger.error({ err: new Error('disk full with xoxb-secret-token-value') }, 'Could not record a lookup');
    expect(written).toEqual([
      'Glossary loaded\n',
      'Warning: terms/odd.yaml: skipped, a folder, not a file (dir terms)\n',
      'Error: Could not record a lookup (err disk full with [REDACTED])\n',
    ]);
  });
});
