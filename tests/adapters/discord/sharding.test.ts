import { afterEach, describe, expect, it } from 'vitest';
import { type DiscordHarness, startDiscordHarness } from '../../helpers/discord-bot.js';
import { slashCommand } from '../../helpers/discord-payloads.js';

let h: DiscordHarness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

/** The `shard` field of every IDENTIFY the bot sent: one per gateway connection. */
function identifiedShards(harness: DiscordHarness): unknown[] {
  return harness.standin.gatewayFrames.filter((f) => f.op === 2).map((f) => (f.d as { shard?: unknown }).shard);
}

const define = slashCommand('define', [{ name: 'term', type: 3, value: 'rlhf' }]);

describe('DISCORD_SHARDS', () => {
  it('GIVEN DISCORD_SHARDS=2 THEN the bot opens two shards and still answers commands', async () => {
    h = await startDiscordHarness({ env: { DISCORD_SHARDS: '2' } });
    expect(identifiedShards(h).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    const answer = await h.interact(define);
    expect(JSON.stringify(answer.body)).toContain('Rlhf is a test term.');
  });

  it('GIVEN DISCORD_SHARDS=auto THEN it opens as many shards as Discord recommends', async () => {
    h = await startDiscordHarness({ env: { DISCORD_SHARDS: 'auto' }, recommendedShards: 3 });
    expect(identifiedShards(h)).toHaveLength(3);
    expect((await h.interact(define)).status).toBe(204);
  });

  it('GIVEN no DISCORD_SHARDS THEN one connection, as before', async () => {
    h = await startDiscordHarness();
    expect(identifiedShards(h)).toEqual([[0, 1]]);
  });
});
