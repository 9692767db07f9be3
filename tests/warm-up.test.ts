import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { startBot } from '../adapters/runtime/start-bot.js';
import { loadGlossary } from '../src/glossary/load-glossary.js';
import { warmUp } from '../src/warm-up.js';
import { writeLinkedTermsDir } from './helpers/linked-terms.js';

describe('warmUp', () => {
  it('GIVEN the shipped glossary THEN every kind of request is answered and rendered without error', async () => {
    const glossary = await loadGlossary('terms');
    expect(warmUp(glossary)).toBeGreaterThan(0);
  });

  it('GIVEN the bot starting THEN it warms up before it reports ready', async () => {
    const lines: string[] = [];
    const dataDir = mkdtempSync(path.join(tmpdir(), 'glossary-warm-'));
    const app = await startBot({
      env: { TERMS_DIR: writeLinkedTermsDir(), DATABASE_PATH: path.join(dataDir, 'glossary.db'), LOG_LEVEL: 'debug' },
      io: { input: new PassThrough(), output: new PassThrough() },
      logDestination: { write: (line: string) => void lines.push(JSON.parse(line).msg) },
    });
    await app.stop('test over');
    const warmed = lines.indexOf('Answering path warmed up');
    expect(warmed).toBeGreaterThan(-1);
    expect(warmed).toBeLessThan(lines.indexOf('Ready'));
  });
});
