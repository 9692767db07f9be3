import { describe, expect, it } from 'vitest';
import { compareTerms, firstSentence } from '../src/compare-terms.js';
import { makeTerm } from './helpers/terms.js';

const rows = [
  { aspect: 'Goal', this: 'Adapt cheaply', other: 'Adapt fully' },
  { aspect: 'Data', this: 'Little', other: 'More' },
  { aspect: 'Cost', this: 'Low', other: 'High' },
  { aspect: 'Result', this: 'Adapter', other: 'New model' },
];
const lora = makeTerm('lora', { title: 'LoRA', comparison: { against: 'Fine-tuning', slug: 'fine-tuning', rows } });
const fineTuning = makeTerm('fine-tuning', { title: 'Fine-tuning', explanation: 'It trains more. Then it ships.' });

describe('GIVEN two terms to put side by side', () => {
  it("WHEN the left term's own comparison is against the right THEN its reviewed rows are used as written", () => {
    expect(compareTerms(lora, fineTuning)).toEqual({
      rowsFrom: 'left',
      rows: rows.map((r) => ({ aspect: r.aspect, left: r.this, right: r.other })),
    });
  });

  it("WHEN only the right term's comparison is against the left THEN its rows are swapped to match the sides", () => {
    const result = compareTerms(fineTuning, lora);
    expect(result.rowsFrom).toBe('right');
    expect(result.rows[0]).toEqual({ aspect: 'Goal', left: 'Adapt fully', right: 'Adapt cheaply' });
  });

  it('WHEN neither compares against the other THEN the rows come from both entries, nothing invented', () => {
    const other = makeTerm('kv-cache', { title: 'KV cache', difficulty: 'advanced' });
    const result = compareTerms(fineTuning, other);
    expect(result.rowsFrom).toBe('entries');
    expect(result.rows.map((r) => r.aspect)).toEqual([
      'How it works',
      'What it is for',
      "Where you'll meet it",
      'Category',
      'Difficulty',
    ]);
    expect(result.rows[0]).toEqual({
      aspect: 'How it works',
      left: 'It trains more.',
      right: firstSentence(other.explanation),
    });
    expect(result.rows[1]?.left).toBe(fineTuning.whyItMatters[0]);
    expect(result.rows[4]).toEqual({ aspect: 'Difficulty', left: 'Beginner', right: 'Advanced' });
  });
});
