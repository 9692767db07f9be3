import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buttonIds,
  CHANNEL,
  commandFields,
  mentionEvent,
  nextCall,
  type SlackHarness,
  startHarness,
  visibleText,
} from './harness.js';

describe('Slack /define', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  /** Sends `/define <text>` and returns what was posted to its response_url. */
  async function define(text: string, name: string) {
    const answer = await h.send.command(commandFields(h, text, name));
    expect(answer.status).toBe(200);
    const [posted] = await h.standIn.waitFor('response_url', { path: name });
    return { ack: answer, posted: posted?.body ?? {} };
  }

  it('GIVEN /define rlhf THEN it acks empty at once and answers privately with the card and a Share button', async () => {
    const { ack, posted } = await define('rlhf', 'rlhf');
    expect(ack.body).toBe('');
    expect(posted.response_type).toBe('ephemeral');
    expect(visibleText(posted)).toContain('RLHF');
    expect(buttonIds(posted)).toContain('g1|share|rlhf|overview');
    expect(buttonIds(posted)).toContain('g1|section|rlhf|examples');
  });

  it('GIVEN /define with a section word THEN that section opens', async () => {
    const { posted } = await define('kv cache examples', 'kv-examples');
    expect(buttonIds(posted)).toContain('g1|share|kv-cache|examples');
    expect(visibleText(posted)).toContain('First example.');
  });

  it.each([
    ['', 'empty'],
    ['help', 'help'],
  ])('GIVEN /define %j THEN the help answers', async (text, name) => {
    const { posted } = await define(text, `help-${name}`);
    expect(posted.response_type).toBe('ephemeral');
    expect(visibleText(posted)).toMatch(/AI glossary/);
    expect(visibleText(posted)).toContain('5');
  });

  it("GIVEN /define today THEN today's term answers as the term of the day", async () => {
    const { posted } = await define('today', 'today');
    expect(visibleText(posted)).toContain('Term of the day');
  });

  it('GIVEN /define random advanced THEN the only advanced term answers', async () => {
    const { posted } = await define('random advanced', 'random');
    expect(visibleText(posted)).toContain('Random term');
    expect(buttonIds(posted)).toContain('g1|share|rlhf|overview');
  });

  it('GIVEN a typo THEN suggestions come back with buttons to open them', async () => {
    const { posted } = await define('pre-trainnig', 'typo');
    const ids = buttonIds(posted);
    expect(ids.some((id) => id.startsWith('g1|open|'))).toBe(true);
  });

  it('GIVEN /define daily on and off THEN the channel subscription is stored and confirmed', async () => {
    const on = await define('daily on', 'daily-on');
    expect(visibleText(on.posted)).toMatch(/now on for this channel/);
    expect(await h.store.listSubscriptions()).toEqual([expect.objectContaining({ channelId: CHANNEL, enabled: true })]);
    const off = await define('daily off', 'daily-off');
    expect(visibleText(off.posted)).toMatch(/now off/);
    expect(await h.store.listSubscriptions()).toEqual([
      expect.objectContaining({ channelId: CHANNEL, enabled: false }),
    ]);
  });

  it('GIVEN hostile input THEN the echo is inert: no channel pings, user mentions or links', async () => {
    const { posted } = await define('<!channel> <!here> <@U0VICTIM> <https://evil.example|click> *bold*', 'hostile');
    const raw = JSON.stringify(posted);
    for (const token of ['<!channel>', '<!here>', '<@U0VICTIM>', '<https://evil.example']) {
      expect(raw).not.toContain(token);
    }
    expect(posted.link_names).toBeUndefined();
    expect(visibleText(posted)).toContain('&lt;!channel&gt;');
  });

  it('GIVEN lookups THEN they are recorded for stats, without any user id', async () => {
    const stats = await h.store.usageStats(new Date(0), 10);
    expect(stats.topTerms).toContainEqual({ slug: 'rlhf', count: 1 });
    expect(stats.lookups).toBeGreaterThanOrEqual(3);
    expect(h.logs.length).toBeGreaterThan(0);
    expect(h.logs.join('\n')).not.toContain('U0ASKER');
  });
});

describe('Slack with SLACK_COMMAND renamed', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startHarness({ env: { SLACK_COMMAND: '/glossary' } });
  });
  afterAll(async () => {
    await h.stop();
  });

  it.each([
    ['help', 'help'],
    ['an empty query', ''],
  ])('GIVEN /glossary %s THEN the help names /glossary, never /define (which may be another app)', async (_, text) => {
    const answer = await h.send.command(commandFields(h, text, `renamed-${text}`, '/glossary'));
    expect(answer.status).toBe(200);
    const [posted] = await h.standIn.waitFor('response_url', { path: `renamed-${text}` });
    const shown = visibleText(posted?.body ?? {});
    expect(shown).toContain('`/glossary &lt;term&gt;`');
    expect(shown).not.toContain('/define');
  });

  it('GIVEN a bare mention THEN the help names /glossary too', async () => {
    const call = await nextCall(h, 'chat.postMessage', () => h.send.event(mentionEvent('<@U0BOT>')));
    expect(visibleText(call.body)).toContain('`/glossary today`');
    expect(visibleText(call.body)).not.toContain('/define');
  });
});
