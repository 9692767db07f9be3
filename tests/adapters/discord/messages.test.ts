import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DiscordHarness, startDiscordHarness } from '../../helpers/discord-bot.js';
import { BOT_USER, messageCreate, messagePayload, STANDIN_IDS } from '../../helpers/discord-payloads.js';
import type { RecordedCall } from '../../helpers/discord-standin.js';

interface SentMessage {
  content?: string;
  embeds?: { title?: string; description?: string }[];
  message_reference?: { message_id: string };
  allowed_mentions?: unknown;
}

let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordHarness();
});
afterAll(async () => {
  await h.stop();
});

/** Dispatches a MESSAGE_CREATE and resolves with the bot's reply to it. */
async function send(payload: Record<string, unknown>): Promise<{ call: RecordedCall; body: SentMessage }> {
  h.standin.dispatch('MESSAGE_CREATE', payload);
  const call = await h.standin.waitForCall(
    (c) => (c.body as SentMessage | undefined)?.message_reference?.message_id === payload.id,
  );
  return { call, body: call.body as SentMessage };
}

const mention = `<@${STANDIN_IDS.bot}>`;

describe('mentions in a server channel', () => {
  it('GIVEN "@Glossary what is RLHF?" THEN it replies to that message with the card, pinging nobody', async () => {
    const { call, body } = await send(messageCreate(`${mention} what is RLHF?`, { mentionsBot: true }));
    expect(call.method).toBe('POST');
    expect(call.path).toBe(`/channels/${STANDIN_IDS.channel}/messages`);
    expect(body.embeds?.[0]?.title).toBe('RLHF');
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('GIVEN a mention with no question THEN help', async () => {
    const { body } = await send(messageCreate(`${mention} `, { mentionsBot: true }));
    expect(body.embeds?.[0]?.title).toContain('AI glossary');
  });

  it('GIVEN "@Glossary, kv cache examples" THEN the mention and punctuation are stripped and the section shown', async () => {
    const { body } = await send(messageCreate(`${mention}, kv cache examples`, { mentionsBot: true }));
    expect(body.embeds?.[0]?.title).toBe('KV cache');
    expect(body.embeds?.[0]?.description).toContain('First example.');
  });

  it('GIVEN hostile text in a mention THEN the reply cannot ping and echoes nothing live', async () => {
    const hostile = `${mention} @everyone @here <@${STANDIN_IDS.user}> <@&123456789012345678> https://evil.example`;
    const { body } = await send(messageCreate(hostile, { mentionsBot: true }));
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(JSON.stringify(body)).not.toMatch(/@everyone|@here|<@&?\d|https:\/\/evil/);
  });

  it('GIVEN messages not meant for the bot THEN it stays quiet', async () => {
    const ignored = [
      messageCreate('what is RLHF?'),
      messageCreate(`${mention} what is RLHF?`, {
        mentionsBot: true,
        author: { ...BOT_USER, id: '100000000000000009' },
      }),
      messageCreate('@everyone what is RLHF?', { place: { in: 'guild' } }),
    ];
    for (const payload of ignored) h.standin.dispatch('MESSAGE_CREATE', payload);
    // A message that is answered, sent last: once its reply arrives the earlier ones have been handled.
    const marker = messageCreate(`${mention} rlhf`, { mentionsBot: true });
    await send(marker);
    const replied = h.standin.calls.map((c) => (c.body as SentMessage | undefined)?.message_reference?.message_id);
    for (const payload of ignored) expect(replied).not.toContain(payload.id);
  });
});

describe('replies to the bot', () => {
  it('GIVEN a plain reply to one of its cards ("thanks!") THEN it stays quiet and records no miss', async () => {
    const card = messagePayload('', { author: BOT_USER, channel_id: STANDIN_IDS.channel });
    // A reply pings the replied-to author by default, so Discord lists the bot in `mentions`.
    const reply: Record<string, unknown> = {
      ...messageCreate('thanks!', { mentionsBot: true }),
      type: 19,
      message_reference: { message_id: card.id, channel_id: STANDIN_IDS.channel, guild_id: STANDIN_IDS.guild },
      referenced_message: card,
    };
    h.standin.dispatch('MESSAGE_CREATE', reply);
    await send(messageCreate(`${mention} rlhf`, { mentionsBot: true }));
    const replied = h.standin.calls.map((c) => (c.body as SentMessage | undefined)?.message_reference?.message_id);
    expect(replied).not.toContain(reply.id);
    expect(h.readRows("SELECT * FROM lookups WHERE query = 'thanks!'")).toEqual([]);
  });

  it('GIVEN a reply that also mentions the bot THEN it answers', async () => {
    const card = messagePayload('', { author: BOT_USER, channel_id: STANDIN_IDS.channel });
    const reply: Record<string, unknown> = {
      ...messageCreate(`${mention} kv cache`, { mentionsBot: true }),
      type: 19,
      message_reference: { message_id: card.id, channel_id: STANDIN_IDS.channel, guild_id: STANDIN_IDS.guild },
      referenced_message: card,
    };
    const { body } = await send(reply);
    expect(body.embeds?.[0]?.title).toBe('KV cache');
  });
});

describe('direct messages', () => {
  it('GIVEN a DM without any mention THEN it replies in the DM channel', async () => {
    const { call, body } = await send(messageCreate('post training', { place: { in: 'dm' } }));
    expect(call.path).toBe(`/channels/${STANDIN_IDS.dmChannel}/messages`);
    expect(body.embeds?.[0]?.title).toBe('Post-training');
  });

  it('GIVEN a DM saying "help" THEN help', async () => {
    const { body } = await send(messageCreate('help', { place: { in: 'dm' } }));
    expect(body.embeds?.[0]?.title).toContain('AI glossary');
  });
});
