import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DiscordHarness, startDiscordHarness } from '../../helpers/discord-bot.js';
import { buttonClick, STANDIN_IDS } from '../../helpers/discord-payloads.js';

interface Callback {
  type: number;
  data: {
    content?: string;
    flags?: number;
    embeds?: { title?: string; description?: string }[];
    components?: unknown[];
    allowed_mentions?: unknown;
  };
}

const UPDATE_MESSAGE = 7;
const CHANNEL_MESSAGE = 4;
const EPHEMERAL = 64;

let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordHarness();
});
afterAll(async () => {
  await h.stop();
});

async function click(customId: string, onPrivateCard = false): Promise<Callback> {
  const payload = buttonClick(customId);
  if (onPrivateCard) (payload as unknown as { message: { flags: number } }).message.flags = EPHEMERAL;
  const call = await h.interact(payload);
  expect(call.status).toBe(204);
  return call.body as Callback;
}

describe('section buttons', () => {
  it('GIVEN a private card THEN the click replaces it in place with the section', async () => {
    const body = await click('g1|section|post-training|examples', true);
    expect(body.type).toBe(UPDATE_MESSAGE);
    expect(body.data.embeds?.[0]?.description).toContain('First example.');
    expect(body.data.content).toBe('');
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('GIVEN a card the whole channel sees THEN the section is shown only to the clicker', async () => {
    const body = await click('g1|section|post-training|glance');
    expect(body.type).toBe(CHANNEL_MESSAGE);
    expect(body.data.flags).toBe(EPHEMERAL);
    expect(JSON.stringify(body.data.embeds)).toContain('Something else');
  });
});

describe('term buttons (related terms and suggestions)', () => {
  it('GIVEN a related-term button THEN that term opens', async () => {
    const body = await click('g1|open|rlhf', true);
    expect(body.type).toBe(UPDATE_MESSAGE);
    expect(body.data.embeds?.[0]?.title).toBe('RLHF');
  });

  it('GIVEN a suggestion on a public not-found answer THEN the term opens privately', async () => {
    const body = await click('g1|open|kv-cache');
    expect(body.type).toBe(CHANNEL_MESSAGE);
    expect(body.data.flags).toBe(EPHEMERAL);
    expect(body.data.embeds?.[0]?.title).toBe('KV cache');
  });

  it('GIVEN a button for a term that no longer exists THEN a kind not-found answer', async () => {
    const body = await click('g1|open|removed-term', true);
    expect(body.data.embeds?.[0]?.title).toBe('Not in the glossary yet');
  });
});

describe('Helpful? buttons', () => {
  it('GIVEN 👍 then 👎 by the same user THEN one vote is kept (the latest), hashed, and thanks are private', async () => {
    const first = await click('g1|vote|rlhf|up');
    expect(first.type).toBe(CHANNEL_MESSAGE);
    expect(first.data.flags).toBe(EPHEMERAL);
    expect(first.data.content).toMatch(/thanks/i);
    const second = await click('g1|vote|rlhf|down');
    expect(second.data.content).toMatch(/thanks/i);

    const votes = h.readRows("SELECT * FROM votes WHERE slug = 'rlhf'") as Record<string, unknown>[];
    expect(votes).toHaveLength(1);
    expect(votes[0]).toMatchObject({ platform: 'discord', vote: 'down' });
    expect(votes[0]?.user_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(votes)).not.toContain(STANDIN_IDS.user);
  });
});

describe('unknown buttons', () => {
  it.each([['g0|section|rlhf|examples'], ['g1|share|rlhf|overview'], ['something-else'], ['g1|vote|rlhf|maybe']])(
    'GIVEN the id %j THEN a short private note that the button is outdated',
    async (id) => {
      const body = await click(id);
      expect(body.type).toBe(CHANNEL_MESSAGE);
      expect(body.data.flags).toBe(EPHEMERAL);
      expect(body.data.content).toMatch(/older version/);
    },
  );
});
