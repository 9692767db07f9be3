import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonIds, messageShortcut, nextCall, type SlackHarness, startHarness, visibleText } from './harness.js';

describe('Slack "Explain AI terms" shortcut', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  const explain = (text: string) =>
    nextCall(h, 'response_url', () => h.send.interaction(messageShortcut(h, text)), 'shortcut');

  it('GIVEN a message naming terms THEN the clicker privately gets each term with its summary', async () => {
    const call = await explain('We tuned the LLM with RLHF after pre-training; the KV cache keeps it fast.');
    expect(call.body.response_type).toBe('ephemeral');
    const text = visibleText(call.body);
    for (const summary of ['Rlhf is a test term.', 'Pre Training is a test term.', 'Kv Cache is a test term.']) {
      expect(text).toContain(summary);
    }
    expect(buttonIds(call.body)).toContain('g1|open|rlhf');
  });

  it('GIVEN a message without glossary terms THEN the answer says none were found', async () => {
    const call = await explain('Lunch at noon? <!here>');
    expect(visibleText(call.body)).toMatch(/No glossary terms/);
    expect(JSON.stringify(call.body)).not.toContain('<!here>');
  });
});
