import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../adapters/web/rate-limit.js';

describe('RateLimiter', () => {
  it('GIVEN an address over its limit THEN it is refused until the window ends; others are not affected', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 60_000, () => now);
    expect([limiter.allow('a'), limiter.allow('a'), limiter.allow('a')]).toEqual([true, true, false]);
    expect(limiter.allow('b')).toBe(true);
    now = 60_000;
    expect(limiter.allow('a')).toBe(true);
  });
});
