import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Store } from '../../../src/store/store.js';
import { type DiscordHarness, FAKE_TOKEN, startDiscordHarness } from '../../helpers/discord-bot.js';
import { buttonClick, messageCreate, STANDIN_IDS, slashCommand } from '../../helpers/discord-payloads.js';

const EPHEMERAL = 64;
const define = (value: string) => slashCommand('define', [{ name: 'term', type: 3, value }]);
const callbackOf = (p: { id: string; token: string }) => `/interactions/${p.id}/${p.token}/callback`;

/** The real store, except that votes fail as if the disk were full. */
function failingVotes(store: Store): Store {
  return new Proxy(store, {
    get(target, key) {
      if (key === 'recordVote') return async () => Promise.reject(new Error('SQLITE_FULL: database or disk is full'));
      const value = Reflect.get(target, key);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordHarness({ wrapStore: failingVotes });
});
afterAll(async () => {
  await h.stop();
});

function logsMatching(text: string): Record<string, unknown>[] {
  return h.logs.map((line) => JSON.parse(line) as Record<string, unknown>).filter((l) => l.msg === text);
}

describe('handler failures', () => {
  it('GIVEN the store fails a vote THEN the voter is told privately it was not counted, and the error is logged', async () => {
    const call = await h.interact(buttonClick('g1|vote|rlhf|up'));
    const body = call.body as { type: number; data: { flags: number; content: string } };
    expect(body.data.flags).toBe(EPHEMERAL);
    expect(body.data.content).toMatch(/could not be saved/);
    expect(body.data.content).not.toMatch(/Thanks/);
    const [logged] = await vi.waitFor(() => {
      const found = logsMatching('Could not write to the database; the change was not saved');
      expect(found).toHaveLength(1);
      return found;
    });
    expect(JSON.stringify(logged)).toContain('disk is full');
  });
});

describe('REST errors', () => {
  it('GIVEN Discord answers 500 to a reply THEN it is logged, nothing crashes, and the next command is answered', async () => {
    const failing = define('rlhf');
    h.standin.failRoute('POST', new RegExp(`^/interactions/${failing.id}/`), 500);
    h.standin.dispatch('INTERACTION_CREATE', failing);
    await vi.waitFor(() => expect(logsMatching('discord: could not send the apology')).toHaveLength(1));
    const failed = h.standin.calls.filter((c) => c.path === callbackOf(failing));
    expect(failed.length).toBeGreaterThan(1);
    expect(failed.every((c) => c.status === 500)).toBe(true);

    const next = await h.interact(define('kv cache'));
    expect(next.status).toBe(204);
  });

  it('GIVEN a 500 on a mention reply THEN it is logged and the bot keeps answering mentions', async () => {
    h.standin.failRoute('POST', /^\/channels\/\d+\/messages$/, 500);
    const before = logsMatching('discord: handler failed').length;
    h.standin.dispatch('MESSAGE_CREATE', messageCreate(`<@${STANDIN_IDS.bot}> rlhf`, { mentionsBot: true }));
    await vi.waitFor(() => expect(logsMatching('discord: handler failed').length).toBe(before + 1));
    h.standin.clearFaults();
    const again = messageCreate(`<@${STANDIN_IDS.bot}> rlhf`, { mentionsBot: true });
    h.standin.dispatch('MESSAGE_CREATE', again);
    const ok = await h.standin.waitForCall(
      (c) => (c.body as { message_reference?: { message_id: string } })?.message_reference?.message_id === again.id,
    );
    expect(ok.status).toBe(200);
  });

  it('GIVEN a 429 with retry_after on a mention reply THEN discord.js waits and the reply is delivered', async () => {
    h.standin.rateLimitRoute('POST', /^\/channels\/\d+\/messages$/, 0.1);
    const payload = messageCreate(`<@${STANDIN_IDS.bot}> what is KV cache?`, { mentionsBot: true });
    h.standin.dispatch('MESSAGE_CREATE', payload);
    const isReply = (c: { body: unknown }) =>
      (c.body as { message_reference?: { message_id: string } })?.message_reference?.message_id === payload.id;
    const delivered = await h.standin.waitForCall((c) => isReply(c) && c.status === 200);
    expect(h.standin.calls.filter(isReply).map((c) => c.status)).toEqual([429, 200]);
    expect((delivered.body as { embeds: { title: string }[] }).embeds[0]?.title).toBe('KV cache');
  });

  it('GIVEN a 429 on an interaction callback THEN the answer is retried and delivered', async () => {
    const payload = define('post-training');
    h.standin.rateLimitRoute('POST', new RegExp(`^/interactions/${payload.id}/`), 0.1);
    h.standin.dispatch('INTERACTION_CREATE', payload);
    await h.standin.waitForCall((c) => c.path === callbackOf(payload) && c.status === 204);
    expect(h.standin.calls.filter((c) => c.path === callbackOf(payload)).map((c) => c.status)).toEqual([429, 204]);
  });
});

describe('logs', () => {
  it('GIVEN all of the above THEN no log line holds the bot token, an interaction token or a user id', () => {
    const text = h.logs.join('\n');
    expect(h.logs.length).toBeGreaterThan(2);
    expect(text).not.toContain(FAKE_TOKEN);
    expect(text).not.toMatch(/token-\d+/);
    expect(text).not.toContain(STANDIN_IDS.user);
  });
});
