import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../adapters/console/wrap.js';

describe('wrapText', () => {
  it('GIVEN a long line THEN it breaks between words, never inside one', () => {
    const text = 'The KV cache stores the attention keys and values of earlier tokens so nothing is recomputed.';
    const wrapped = wrapText(text, 30).split('\n');
    expect(wrapped.every((l) => l.length <= 30)).toBe(true);
    expect(wrapped.join(' ')).toBe(text);
  });

  it('GIVEN a bullet THEN continuation lines hang under its text', () => {
    const wrapped = wrapText('• A chatbot writing a long reply computes keys once and reuses them.', 30);
    expect(
      wrapped
        .split('\n')
        .slice(1)
        .every((l) => l.startsWith('  ') && !l.startsWith('   ')),
    ).toBe(true);
  });

  it('GIVEN short lines or a word longer than the width THEN nothing is lost', () => {
    expect(wrapText('short\nlines', 40)).toBe('short\nlines');
    expect(wrapText(`${'x'.repeat(50)} y`, 30)).toBe(`${'x'.repeat(50)}\ny`);
  });
});
