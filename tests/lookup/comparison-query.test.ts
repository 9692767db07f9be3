import { describe, expect, it } from 'vitest';
import { parseComparison } from '../../src/lookup/comparison-query.js';

describe('GIVEN the shapes people use to compare two things', () => {
  it.each([
    ['lora vs fine-tuning', 'lora', 'fine tuning', 'strong'],
    ['LoRA vs. fine-tuning', 'lora', 'fine tuning', 'strong'],
    ['LoRA versus fine-tuning', 'lora', 'fine tuning', 'strong'],
    ['LoRA or fine-tuning?', 'lora', 'fine tuning', 'weak'],
    ['difference between LoRA and fine-tuning', 'lora', 'fine tuning', 'strong'],
    ["what's the difference between LoRA and fine-tuning?", 'lora', 'fine tuning', 'strong'],
    ['LoRA compared to fine-tuning', 'lora', 'fine tuning', 'strong'],
    ['LoRA compared with fine-tuning', 'lora', 'fine tuning', 'strong'],
    ['how is LoRA different from fine-tuning', 'lora', 'fine tuning', 'strong'],
    ['how does a CNN differ from a transformer?', 'cnn', 'transformer', 'strong'],
    ['compare LoRA and fine-tuning', 'lora', 'fine tuning', 'strong'],
    ['is LoRA better than fine-tuning', 'lora', 'fine tuning', 'strong'],
    ['LoRA and fine-tuning difference', 'lora', 'fine tuning', 'strong'],
    ['<@U0BOT> is jailbreaking the same as prompt injection?', 'jailbreaking', 'prompt injection', 'weak'],
  ])('WHEN %j is asked THEN the sides are %j and %j (%s)', (query, left, right, strength) => {
    expect(parseComparison(query)).toEqual({ left, right, strength });
  });

  it.each(['lora', 'what is a kv cache', 'llama v2', 'post-training', ''])(
    'WHEN %j is asked THEN it is not a comparison',
    (query) => {
      expect(parseComparison(query)).toBeUndefined();
    },
  );
});
