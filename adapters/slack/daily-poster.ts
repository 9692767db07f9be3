import { webApi } from '@slack/bolt';
import type { Config } from '../../src/config.js';
import type { DailyPoster } from '../../src/daily/poster.js';
import { renderSlack } from '../../src/render/slack.js';
import type { TermReply } from '../../src/replies.js';

/** Posts the term of the day into a Slack channel with `chat.postMessage` (throws when Slack refuses). */
export function createSlackPoster(client: webApi.WebClient, publicUrl?: string): DailyPoster {
  return {
    platform: 'slack',
    async post(channelId: string, reply: TermReply): Promise<void> {
      await client.chat.postMessage({
        channel: channelId,
        ...renderSlack(reply, { publicUrl }),
        unfurl_links: false,
        unfurl_media: false,
      });
    },
  };
}

/** A Slack poster with its own WebClient, for `glossary daily --once` (no Bolt app running). */
export function createSlackPosterFromConfig(config: Config): DailyPoster {
  if (!config.SLACK_BOT_TOKEN) throw new Error('SLACK_BOT_TOKEN is not set');
  // Bounded retries (as in the bot), so an external scheduler's run cannot hang for half an hour on an outage;
  // a post that still fails stays claimed-but-unsent and is retried by the next run.
  const client = new webApi.WebClient(config.SLACK_BOT_TOKEN, {
    retryConfig: webApi.retryPolicies.fiveRetriesInFiveMinutes,
    ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
  });
  return createSlackPoster(client, config.PUBLIC_URL);
}
