import { describe, expect, it } from 'vitest';
import { createConsoleBot } from '../../../adapters/console/console-bot.js';
import { runTs } from '../../helpers/run-process.js';
import { makeGlossary } from '../../helpers/terms.js';

describe('console bot', () => {
  const glossary = makeGlossary();
  const bot = () => createConsoleBot({ glossary: () => glossary, now: () => new Date('2026-11-26T09:00:00Z') });

  it('GIVEN /define, a mention and a plain question THEN each shows the term card', () => {
    const b = bot();
    expect(b.handle('/define post-training')).toContain('Post-training');
    expect(b.handle('@glossary what is RLHF?')).toContain('RLHF');
    expect(b.handle('what are LLMs?')).toContain('Large language model');
  });

  it('GIVEN a term THEN a section word opens that section of it', () => {
    const b = bot();
    b.handle('kv cache');
    const examples = b.handle('examples');
    expect(examples).toContain('KV cache');
    expect(examples).toContain('First example.');
    expect(b.handle('/define post-training mistakes')).toContain('Myth one.');
  });

  it('GIVEN help, a blank line or nonsense THEN it answers kindly', () => {
    const b = bot();
    expect(b.handle('help')).toMatch(/define/i);
    expect(b.handle('   ')).toBeUndefined();
    const miss = b.handle('zxqv wplk') ?? '';
    expect(miss).toMatch(/isn.t in the glossary yet/);
  });

  it('GIVEN piped input THEN npm start answers every line and exits at end of input', async () => {
    const result = await runTs('adapters/main.ts', [], {
      input: 'what is RLHF?\nkv cache\nat a glance\nasdfghjkl\n',
      env: { TERMS_DIR: 'terms' },
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Reinforcement learning from human feedback');
    expect(result.stdout).toContain('KV cache');
    expect(result.stdout).toMatch(/at a glance/i);
    expect(result.stdout).toMatch(/isn.t in the glossary yet/);
  });

  it('GIVEN a bad configuration THEN npm start names every problem and exits 1 without a stack trace', async () => {
    const result = await runTs('adapters/main.ts', [], { env: { DAILY_TZ: 'Mars/Base', PORT: 'abc' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('DAILY_TZ: "Mars/Base" is not a time zone');
    expect(result.stderr).toContain('PORT: "abc" is not a port number');
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
