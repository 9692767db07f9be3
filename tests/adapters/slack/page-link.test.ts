import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonClick, commandFields, type SlackHarness, startHarness } from './harness.js';

describe('Slack cards with PUBLIC_URL', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startHarness({ env: { PUBLIC_URL: 'https://glossary.example.com' } });
  });
  afterAll(async () => {
    await h.stop();
  });

  it('GIVEN /define rlhf THEN the card links to the term page', async () => {
    await h.send.command(commandFields(h, 'rlhf', 'link-define'));
    const [posted] = await h.standIn.waitFor('response_url', { path: 'link-define' });
    const buttons = ((posted?.body.blocks ?? []) as { elements?: { url?: string; text: { text: string } }[] }[])
      .flatMap((block) => block.elements ?? [])
      .filter((e) => e.url);
    expect(buttons).toEqual([
      expect.objectContaining({
        url: 'https://glossary.example.com/terms/rlhf/',
        text: expect.objectContaining({ text: 'Open full entry' }),
      }),
    ]);
  });

  it('GIVEN a click on the link button THEN Slack gets its ack and nothing is posted', async () => {
    const before = h.standIn.calls.length;
    const res = await h.send.interaction(buttonClick(h, 'g1|link|rlhf', { ephemeral: true, name: 'link-click' }));
    expect(res.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(h.standIn.calls.length).toBe(before);
  });
});
