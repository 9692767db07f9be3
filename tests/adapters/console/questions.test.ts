import { describe, expect, it } from 'vitest';
import { createConsoleBot } from '../../../adapters/console/console-bot.js';
import { loadGlossary } from '../../../src/glossary/load-glossary.js';
import { runTs } from '../../helpers/run-process.js';

const shipped = await loadGlossary('terms');
const bot = () => createConsoleBot({ glossary: () => shipped });

describe('GIVEN the console chat with the shipped glossary', () => {
  it.each([
    'lora vs fine-tuning',
    '/define lora vs fine-tuning',
    '@glossary whats the difference between lora and fine tuning',
  ])('WHEN %j is typed THEN the comparison card answers', (line) => {
    const reply = bot().handle(line) ?? '';
    expect(reply).toContain('LoRA vs Fine-tuning');
    expect(reply).toContain('Advanced');
    expect(reply).toContain('open lora · open fine-tuning');
  });

  it('WHEN only one side exists THEN that term answers and says which side was not found', () => {
    const reply = bot().handle('softmax vs sigmoid') ?? '';
    expect(reply).toContain('Softmax');
    expect(reply).toContain("“sigmoid” isn't in the glossary yet");
  });

  it('WHEN a term is described without its name THEN the card says what it thinks is meant', () => {
    expect(bot().handle('what is it called when a model makes things up')).toContain('I think you mean Hallucination');
  });

  it('WHEN npm start is piped the three questions of the issue THEN the answers are a card, no card, and a plain miss', async () => {
    const result = await runTs('adapters/main.ts', [], {
      input: 'lora vs fine-tuning\nFLOPs\nasdkjhasd\n',
      env: { TERMS_DIR: 'terms' },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('LoRA vs Fine-tuning');
    expect(result.stdout).toContain("“asdkjhasd” isn't in the glossary yet");
    expect(result.stdout).not.toContain('These are the closest terms I have');
  });
});
