import { describe, expect, it } from 'vitest';
import { isChannelAccessError, summarizeError } from '../../../adapters/slack/slack-errors.js';

describe('Slack error summaries', () => {
  it('GIVEN a request error that carries the original request THEN the summary holds no header or token', () => {
    const original = Object.assign(new Error('socket hang up'), {
      config: { headers: { Authorization: 'Bearer xoxb-secret-token-1' } },
    });
    const error = Object.assign(new Error('A request error occurred: socket hang up'), {
      code: 'slack_webapi_request_error',
      original,
    });
    const summary = summarizeError(error);
    expect(summary).toEqual({
      name: 'Error',
      message: 'A request error occurred: socket hang up',
      code: 'slack_webapi_request_error',
    });
    expect(JSON.stringify(summary)).not.toContain('xoxb-');
  });

  it('GIVEN a message that echoes a token THEN the token is masked', () => {
    expect(summarizeError(new Error('bad token xoxb-123-abc')).message).toBe('bad token [REDACTED]');
  });

  it('GIVEN a platform error THEN its Slack error string is kept and channel access problems are recognised', () => {
    const error = Object.assign(new Error('An API error occurred: not_in_channel'), {
      code: 'slack_webapi_platform_error',
      data: { ok: false, error: 'not_in_channel' },
    });
    expect(summarizeError(error).slackError).toBe('not_in_channel');
    expect(isChannelAccessError(error)).toBe(true);
    expect(isChannelAccessError(new Error('boom'))).toBe(false);
  });
});
