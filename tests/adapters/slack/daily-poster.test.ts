import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackPosterFromConfig } from '../../../adapters/slack/daily-poster.js';
import { termReply } from '../../../src/answer.js';
import { loadConfig } from '../../../src/config.js';
import type { TermReply } from '../../../src/replies.js';
import { type SlackStandIn, startSlackStandIn } from '../../helpers/slack-standin.js';
import { makeGlossary } from '../../helpers/terms.js';
import { BOT_TOKEN, visibleText } from './harness.js';

describe('Slack daily poster', () => {
  let standIn: SlackStandIn;
  const card = termReply(makeGlossary(), 'rlhf', 'overview', { kind: 'daily', date: '2025-03-10' }) as TermReply;
  const poster = () =>
    createSlackPosterFromConfig(
      loadConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: 's', SLACK_API_URL: standIn.apiUrl }),
    );
  beforeAll(async () => {
    standIn = await startSlackStandIn();
  });
  afterAll(async () => {
    await standIn.close();
  });

  it('GIVEN a term of the day THEN it is posted to the channel as a public card', async () => {
    const slack = poster();
    expect(slack.platform).toBe('slack');
    await slack.post('C0DAILY', card);
    const [call] = standIn.callsTo('chat.postMessage');
    expect(call?.body.channel).toBe('C0DAILY');
    expect(call?.token).toBe(BOT_TOKEN);
    expect(visibleText(call?.body ?? {})).toContain('Term of the day');
  });

  it('GIVEN Slack refuses the post THEN post() throws so the scheduler retries later', async () => {
    standIn.failNext('chat.postMessage', { error: 'channel_not_found' });
    await expect(poster().post('C0GONE', card)).rejects.toThrow(/channel_not_found/);
  });
});
