import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDiscordPoster } from '../../../adapters/discord/daily-poster.js';
import { termReply } from '../../../src/answer.js';
import type { TermReply } from '../../../src/replies.js';
import { FAKE_TOKEN } from '../../helpers/discord-bot.js';
import { DiscordStandin } from '../../helpers/discord-standin.js';
import { makeGlossary } from '../../helpers/terms.js';

let standin: DiscordStandin;
beforeAll(async () => {
  standin = await DiscordStandin.start();
});
afterAll(async () => {
  await standin.close();
});

const card = termReply(makeGlossary(), 'rlhf', 'overview', { kind: 'daily', date: '2025-03-04' }) as TermReply;

it('GIVEN a channel THEN the term of the day is POSTed there as the bot, pinging nobody', async () => {
  const poster = createDiscordPoster({ token: FAKE_TOKEN, apiUrl: `${standin.apiUrl}/` });
  expect(poster.platform).toBe('discord');
  await poster.post('300000000000000077', card);
  const call = await standin.waitForCall((c) => c.path === '/channels/300000000000000077/messages');
  expect(call.authorization).toBe(`Bot ${FAKE_TOKEN}`);
  const body = call.body as { embeds: { title: string; author?: { name: string } }[]; allowed_mentions: unknown };
  expect(body.embeds[0]).toMatchObject({ title: 'RLHF', author: { name: '📅 Term of the day' } });
  expect(body.allowed_mentions).toEqual({ parse: [] });
});

it('GIVEN a 429 with retry_after THEN the post waits and succeeds', async () => {
  standin.rateLimitRoute('POST', /^\/channels\/300000000000000078\/messages$/, 0.1);
  await createDiscordPoster({ token: FAKE_TOKEN, apiUrl: standin.apiUrl }).post('300000000000000078', card);
  const statuses = standin.calls.filter((c) => c.path === '/channels/300000000000000078/messages').map((c) => c.status);
  expect(statuses).toEqual([429, 200]);
});

it('GIVEN Discord refuses (403) THEN post rejects, so the scheduler retries later', async () => {
  standin.failRoute('POST', /^\/channels\/300000000000000079\/messages$/, 403);
  const poster = createDiscordPoster({ token: FAKE_TOKEN, apiUrl: standin.apiUrl });
  await expect(poster.post('300000000000000079', card)).rejects.toThrow();
});
