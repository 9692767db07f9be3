import { describe, expect, it } from 'vitest';
import { runDuePosts } from '../../src/daily/run-due.js';
import { todayReply } from '../../src/daily/today.js';
import { openStore } from '../../src/store/open-store.js';
import { makeGlossary } from '../helpers/terms.js';

const glossary = makeGlossary();
const morning = new Date('2026-11-26T08:00:00Z');
const noon = new Date('2026-11-26T12:00:00Z');

describe('todayReply', () => {
  it('GIVEN channels THEN /define today before and after the post shows the term the post carries', async () => {
    const store = await openStore(':memory:');
    const ids = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6'];
    const today = (channelId: string, now: Date) =>
      todayReply({ store, glossary, timeZone: 'UTC', channel: { platform: 'slack', channelId }, now });
    const before = await Promise.all(ids.map((id) => today(id, morning)));
    const posted = new Map<string, string>();
    await runDuePosts({
      store,
      glossary,
      settings: { cron: '0 9 * * *', timeZone: 'UTC', slackChannels: ids, discordChannels: [] },
      posters: [{ platform: 'slack', post: async (id, reply) => void posted.set(id, reply.term.slug) }],
      now: () => noon,
    });
    const after = await Promise.all(ids.map((id) => today(id, noon)));
    await store.close();
    expect(posted.size).toBe(ids.length);
    const slugOf = (reply: Awaited<ReturnType<typeof todayReply>>) => (reply.kind === 'term' ? reply.term.slug : '');
    expect(before.map(slugOf)).toEqual(ids.map((id) => posted.get(id)));
    expect(after.map(slugOf)).toEqual(ids.map((id) => posted.get(id)));
    expect(after[0]).toMatchObject({ kind: 'term', context: { kind: 'daily', date: '2026-11-26' } });
  });

  it('GIVEN no channel THEN it is the glossary-wide term of the day', async () => {
    const store = await openStore(':memory:');
    const reply = await todayReply({ store, glossary, timeZone: 'UTC', now: noon });
    await store.close();
    expect(reply).toMatchObject({ kind: 'term', context: { kind: 'daily', date: '2026-11-26' } });
  });
});
