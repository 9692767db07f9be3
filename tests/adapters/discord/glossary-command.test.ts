import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DiscordHarness, startDiscordHarness } from '../../helpers/discord-bot.js';
import {
  messageCommand,
  type OptionPayload,
  PERMISSIONS,
  type Place,
  STANDIN_IDS,
  slashCommand,
} from '../../helpers/discord-payloads.js';

interface Callback {
  type: number;
  data: {
    content?: string;
    flags?: number;
    embeds?: { title?: string; description?: string; author?: { name: string } }[];
  };
}

const EPHEMERAL = 64;
const sub = (name: string, options: OptionPayload[] = []): OptionPayload => ({ name, type: 1, options });
const daily = (onOff: 'on' | 'off'): OptionPayload => ({ name: 'daily', type: 2, options: [sub(onOff)] });

let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordHarness();
});
afterAll(async () => {
  await h.stop();
});

async function glossary(option: OptionPayload, place?: Place): Promise<Callback> {
  const call = await h.interact(slashCommand('glossary', [option], place));
  return call.body as Callback;
}

describe('/glossary', () => {
  it('GIVEN today THEN the term of the day, in the channel', async () => {
    const body = await glossary(sub('today'));
    expect(body.data.flags ?? 0).toBe(0);
    expect(body.data.embeds?.[0]?.author?.name).toContain('Term of the day');
  });

  it('GIVEN random level:advanced THEN a random advanced term', async () => {
    const body = await glossary(sub('random', [{ name: 'level', type: 3, value: 'advanced' }]));
    expect(body.data.embeds?.[0]?.title).toBe('RLHF');
  });

  it('GIVEN help THEN help, privately', async () => {
    const body = await glossary(sub('help'));
    expect(body.data.flags).toBe(EPHEMERAL);
    expect(body.data.embeds?.[0]?.title).toContain('AI glossary');
  });
});

describe('/glossary daily', () => {
  it('GIVEN a member without Manage Channels THEN a kind refusal and no subscription', async () => {
    const body = await glossary(daily('on'), { in: 'guild', permissions: PERMISSIONS.member });
    expect(body.data.flags).toBe(EPHEMERAL);
    expect(body.data.content).toMatch(/manage channels/i);
    expect(await h.store.listSubscriptions()).toEqual([]);
  });

  it('GIVEN a DM THEN it explains the daily term is for server channels', async () => {
    const body = await glossary(daily('on'), { in: 'dm' });
    expect(body.data.content).toMatch(/server channels/);
    expect(await h.store.listSubscriptions()).toEqual([]);
  });

  it('GIVEN a moderator turning it on, then off THEN the channel subscription follows', async () => {
    const moderator: Place = { in: 'guild', permissions: PERMISSIONS.moderator };
    const on = await glossary(daily('on'), moderator);
    expect(on.data.flags).toBe(EPHEMERAL);
    // The same wording as Slack's `/define daily on`, which also says when the term comes.
    expect(on.data.content).toContain('The term of the day is now on for this channel.');
    expect(await h.store.listSubscriptions()).toMatchObject([
      { platform: 'discord', channelId: STANDIN_IDS.channel, enabled: true },
    ]);
    await glossary(daily('off'), moderator);
    expect(await h.store.listSubscriptions()).toMatchObject([{ channelId: STANDIN_IDS.channel, enabled: false }]);
  });
});

describe('"Explain AI terms" message action', () => {
  it('GIVEN a message naming two terms THEN both are listed with summaries, privately', async () => {
    const call = await h.interact(messageCommand('Explain AI terms', 'We did RLHF on top of our LLM last week.'));
    const body = call.body as Callback;
    expect(body.data.flags).toBe(EPHEMERAL);
    const text = body.data.embeds?.[0]?.description ?? '';
    expect(text).toContain('RLHF');
    expect(text).toContain('Large language model');
    expect(text).toContain('is a test term.');
  });

  it('GIVEN a message without glossary terms THEN a kind note', async () => {
    const call = await h.interact(messageCommand('Explain AI terms', 'Lunch at noon? @everyone'));
    const body = call.body as Callback;
    expect(body.data.flags).toBe(EPHEMERAL);
    expect(body.data.embeds?.[0]?.description).toMatch(/didn't spot any glossary terms/);
  });

  it('GIVEN a command this version does not know THEN a private note instead of a timeout', async () => {
    const call = await h.interact(slashCommand('old-command', []));
    const body = call.body as Callback;
    expect(body.data.flags).toBe(EPHEMERAL);
    expect(body.data.content).toMatch(/older version/);
  });
});
