import { describe, expect, it } from 'vitest';
import { describeError, scrub } from '../../../adapters/discord/log-error.js';
import { FAKE_TOKEN } from '../../helpers/discord-bot.js';

describe('describeError', () => {
  it('GIVEN a REST error with an interaction token in its URL THEN the token is hidden and the route kept', () => {
    const error = Object.assign(new Error('Unknown interaction'), {
      status: 404,
      method: 'POST',
      url: 'https://discord.com/api/v10/interactions/123/aW50ZXJhY3Rpb246c2VjcmV0/callback',
      requestBody: { json: { content: 'what the user typed' } },
    });
    const described = describeError(error);
    expect(described).toMatchObject({
      status: 404,
      method: 'POST',
      route: '/api/v10/interactions/123/[token]/callback',
    });
    expect(JSON.stringify(described)).not.toMatch(/aW50ZXJhY3Rpb246c2VjcmV0|what the user typed/);
  });

  it('GIVEN a message holding a bot token or a webhook URL THEN both are masked', () => {
    expect(scrub(`bad ${FAKE_TOKEN} at /webhooks/1/abc-def/messages/@original`)).toBe(
      'bad [REDACTED] at /webhooks/1/[token]/messages/@original',
    );
  });

  it('GIVEN something that is not an Error THEN its text is kept', () => {
    expect(describeError('plain failure')).toEqual({ message: 'plain failure' });
  });
});
