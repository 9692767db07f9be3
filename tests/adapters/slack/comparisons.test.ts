import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGlossary } from '../../../src/glossary/load-glossary.js';
import { findSlackViolations } from '../../../src/render/check-limits.js';
import type { SlackMessage } from '../../../src/render/slack.js';
import {
  buttonClick,
  buttonIds,
  commandFields,
  mentionEvent,
  nextCall,
  type SlackHarness,
  startHarness,
  visibleText,
} from './harness.js';

const shipped = await loadGlossary('terms');

describe('GIVEN the real Slack adapter (Bolt) with the shipped glossary', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startHarness({ glossary: () => shipped });
  });
  afterAll(async () => {
    await h.stop();
  });

  async function define(text: string, name: string) {
    const answer = await h.send.command(commandFields(h, text, name));
    expect(answer.status).toBe(200);
    const [posted] = await h.standIn.waitFor('response_url', { path: name });
    return posted?.body ?? {};
  }

  it('WHEN /define lora vs fine-tuning THEN the private answer is the side-by-side card within Slack limits', async () => {
    const posted = await define('lora vs fine-tuning', 'compare');
    expect(posted.response_type).toBe('ephemeral');
    const text = visibleText(posted);
    expect(text).toContain('LoRA vs Fine-tuning');
    expect(text).toContain('Advanced');
    expect(text).toContain('Beginner');
    expect(text).toContain('freezing its original weights');
    expect(buttonIds(posted)).toEqual(
      expect.arrayContaining(['g1|open|lora', 'g1|open|fine-tuning', 'g1|vote|fine-tuning~lora|up']),
    );
    expect(findSlackViolations(posted as unknown as SlackMessage)).toEqual([]);
  });

  it('WHEN someone mentions the bot with "what\'s the difference between RAG and fine tuning?" THEN the thread gets the comparison', async () => {
    const call = await nextCall(h, 'chat.postMessage', () =>
      h.send.event(mentionEvent("<@U0BOT> what's the difference between RAG and fine tuning?")),
    );
    expect(visibleText(call.body)).toContain('Retrieval-augmented generation vs Fine-tuning');
  });

  it('WHEN the comparison is voted helpful THEN the vote is stored under the pair and stats list it', async () => {
    const thanks = await nextCall(
      h,
      'response_url',
      () => h.send.interaction(buttonClick(h, 'g1|vote|fine-tuning~lora|up', { ephemeral: true, name: 'vote-pair' })),
      'vote-pair',
    );
    expect(visibleText(thanks.body)).toMatch(/Thanks/);
    const stats = await h.store.usageStats(new Date(0), 10);
    expect(stats.helpfulness).toContainEqual({ slug: 'fine-tuning~lora', up: 1, down: 0 });
  });

  it('WHEN a newcomer describes a term without naming it THEN the card says what it thinks they mean', async () => {
    const posted = await define('what is it called when a model makes things up', 'describe');
    expect(visibleText(posted)).toContain('I think you mean *Hallucination*');
  });

  it('WHEN the lookups are recorded THEN a comparison counts as a hit under its pair key', async () => {
    const stats = await h.store.usageStats(new Date(0), 10);
    expect(stats.topTerms).toContainEqual({ slug: 'fine-tuning~lora', count: expect.any(Number) });
  });
});
