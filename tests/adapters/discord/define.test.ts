import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type DiscordHarness, startDiscordHarness } from '../../helpers/discord-bot.js';
import { autocomplete, STANDIN_IDS, slashCommand } from '../../helpers/discord-payloads.js';

interface Callback {
  type: number;
  data: {
    content?: string;
    flags?: number;
    embeds?: { title?: string; description?: string }[];
    components?: { components: { custom_id: string }[] }[];
    allowed_mentions?: unknown;
    choices?: { name: string; value: string }[];
  };
}

const EPHEMERAL = 64;
const term = (value: string) => ({ name: 'term', type: 3, value });

let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordHarness();
});
afterAll(async () => {
  await h.stop();
});

async function define(...options: Parameters<typeof slashCommand>[1]): Promise<Callback> {
  const call = await h.interact(slashCommand('define', options));
  expect(call.status).toBe(204);
  return call.body as Callback;
}

async function suggest(value: string): Promise<{ name: string; value: string }[]> {
  const call = await h.interact(autocomplete('define', 'term', value));
  const body = call.body as Callback;
  expect(body.type).toBe(8);
  return body.data.choices ?? [];
}

describe('/define', () => {
  it('GIVEN /define term:rlhf THEN the compact card is posted in the channel with section and vote buttons', async () => {
    const body = await define(term('rlhf'));
    expect(body.type).toBe(4);
    expect(body.data.flags ?? 0).toBe(0);
    expect(body.data.embeds?.[0]?.title).toBe('RLHF');
    expect(body.data.embeds?.[0]?.description).toContain('is a test term.');
    const ids = body.data.components?.flatMap((row) => row.components.map((c) => c.custom_id));
    expect(ids).toEqual(
      expect.arrayContaining(['g1|section|rlhf|examples', 'g1|open|post-training', 'g1|vote|rlhf|up']),
    );
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('GIVEN private:true THEN the answer is ephemeral', async () => {
    const body = await define(term('kv-cache'), { name: 'private', type: 5, value: true });
    expect(body.data.flags).toBe(EPHEMERAL);
    expect(body.data.embeds?.[0]?.title).toBe('KV cache');
  });

  it('GIVEN a section option THEN that section is shown', async () => {
    const body = await define(term('post-training'), { name: 'section', type: 3, value: 'mistakes' });
    expect(body.data.embeds?.[0]?.description).toContain('Myth one.');
  });

  it('GIVEN free text with a section word THEN the section of the resolved term is shown', async () => {
    const body = await define(term('LLM examples'));
    expect(body.data.embeds?.[0]?.title).toBe('Large language model');
    expect(body.data.embeds?.[0]?.description).toContain('First example.');
  });

  it('GIVEN nonsense THEN a kind not-found answer, and the miss is recorded without the user id', async () => {
    const body = await define(term('qwxzv plorp'));
    expect(body.data.embeds?.[0]?.title).toBe('Not in the glossary yet');
    // The lookup is written just after the answer is sent.
    const rows = await vi.waitFor(() => {
      const found = h.readRows('SELECT * FROM lookups') as Record<string, unknown>[];
      expect(found.map((r) => r.query)).toContain('qwxzv plorp');
      return found;
    });
    expect(rows.every((r) => r.source === 'discord')).toBe(true);
    expect(rows.filter((r) => r.slug !== null).map((r) => r.slug)).toEqual(
      expect.arrayContaining(['rlhf', 'kv-cache']),
    );
    expect(JSON.stringify(rows)).not.toContain(STANDIN_IDS.user);
  });

  it('GIVEN hostile input THEN nothing can ping: no mentions allowed and the echoed text is defused', async () => {
    const hostile = '@everyone <@&123456789012345678> <@400000000000000001> @here [x](https://evil.example)';
    const body = await define(term(hostile));
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    const text = JSON.stringify(body.data);
    expect(text).not.toMatch(/@everyone|@here|<@&?\d|https:\/\/evil/);
  });
});

describe('/define autocomplete', () => {
  it('GIVEN a partial name THEN ranked choices named by title with slugs as values', async () => {
    const choices = await suggest('post');
    expect(choices[0]).toEqual({ name: 'Post-training', value: 'post-training' });
  });

  it('GIVEN empty input THEN at most 25 choices, each within the limits', async () => {
    const choices = await suggest('');
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) {
      expect(c.name.length).toBeGreaterThan(0);
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
  });

  it.each([['\u0000\u200b%%%'], ['x'.repeat(500)], ['@everyone'], ['🤖🤖🤖']])(
    'GIVEN garbage %j THEN a valid (possibly empty) list, never an error',
    async (garbage) => {
      const choices = await suggest(garbage);
      expect(Array.isArray(choices)).toBe(true);
      expect(choices.length).toBeLessThanOrEqual(25);
    },
  );

  it('GIVEN a glossary of more than 25 terms THEN exactly 25 choices', async () => {
    const { makeGlossary, makeTerm } = await import('../../helpers/terms.js');
    const many = Array.from({ length: 40 }, (_, i) => makeTerm(`model-${i}`, { title: `Model ${i}` }));
    const big = await startDiscordHarness({ glossary: makeGlossary(many) });
    try {
      const call = await big.interact(autocomplete('define', 'term', 'model'));
      expect((call.body as Callback).data.choices).toHaveLength(25);
    } finally {
      await big.stop();
    }
  });
});

describe('/define with PUBLIC_URL', () => {
  it('GIVEN PUBLIC_URL THEN the card has a link button to the term page', async () => {
    const linked = await startDiscordHarness({ env: { PUBLIC_URL: 'https://glossary.example.com/' } });
    try {
      const call = await linked.interact(slashCommand('define', [term('rlhf')]));
      const rows = (call.body as { data: { components: { components: { style: number; url?: string }[] }[] } }).data
        .components;
      const links = rows.flatMap((row) => row.components).filter((b) => b.style === 5);
      expect(links).toEqual([expect.objectContaining({ url: 'https://glossary.example.com/terms/rlhf/' })]);
    } finally {
      await linked.stop();
    }
  });
});
