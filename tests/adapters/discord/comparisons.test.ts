import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGlossary } from '../../../src/glossary/load-glossary.js';
import { findDiscordViolations } from '../../../src/render/check-limits.js';
import type { DiscordMessage } from '../../../src/render/discord.js';
import { type DiscordHarness, startDiscordHarness } from '../../helpers/discord-bot.js';
import { buttonClick, messageCreate, STANDIN_IDS, slashCommand } from '../../helpers/discord-payloads.js';

interface Embed {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
}
interface Sent {
  embeds?: Embed[];
  components?: { components: { custom_id: string }[] }[];
  message_reference?: { message_id: string };
  allowed_mentions?: { parse: [] };
}

const shipped = await loadGlossary('terms');
let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordHarness({ glossary: shipped });
});
afterAll(async () => {
  await h.stop();
});

const ids = (message: Sent) => message.components?.flatMap((row) => row.components.map((c) => c.custom_id)) ?? [];
const fieldText = (embed: Embed | undefined) => (embed?.fields ?? []).map((f) => `${f.name} ${f.value}`).join('\n');

describe('GIVEN the real Discord adapter (discord.js) with the shipped glossary', () => {
  it('WHEN /define term:"lora vs fine-tuning" THEN the comparison embed answers, within Discord limits', async () => {
    const call = await h.interact(slashCommand('define', [{ name: 'term', type: 3, value: 'lora vs fine-tuning' }]));
    expect(call.status).toBe(204);
    const data = (call.body as { data: Sent }).data;
    const embed = data.embeds?.[0];
    expect(embed?.title).toBe('LoRA vs Fine-tuning');
    expect(fieldText(embed)).toContain('🔴 Advanced');
    expect(fieldText(embed)).toContain('· LoRA');
    expect(ids(data)).toEqual(
      expect.arrayContaining(['g1|open|lora', 'g1|open|fine-tuning', 'g1|vote|fine-tuning~lora|up']),
    );
    expect(findDiscordViolations({ components: [], ...data } as unknown as DiscordMessage)).toEqual([]);
  });

  it('WHEN the bot is mentioned with "lora vs finetuning?" THEN it replies with the comparison', async () => {
    const payload = messageCreate(`<@${STANDIN_IDS.bot}> lora vs finetuning?`, { mentionsBot: true });
    h.standin.dispatch('MESSAGE_CREATE', payload);
    const call = await h.standin.waitForCall(
      (c) => (c.body as Sent | undefined)?.message_reference?.message_id === payload.id,
    );
    const body = call.body as Sent;
    expect(body.embeds?.[0]?.title).toBe('LoRA vs Fine-tuning');
    expect(body.allowed_mentions).toMatchObject({ parse: [] });
  });

  it('WHEN the comparison is voted helpful THEN one vote is stored under the pair key', async () => {
    const call = await h.interact(buttonClick('g1|vote|fine-tuning~lora|up'));
    expect(call.status).toBe(204);
    const votes = h.readRows("SELECT slug, vote FROM votes WHERE slug = 'fine-tuning~lora'");
    expect(votes).toEqual([{ slug: 'fine-tuning~lora', vote: 'up' }]);
  });
});
