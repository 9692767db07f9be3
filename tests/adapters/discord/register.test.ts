import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CliContext } from '../../../adapters/cli/command.js';
import { runCli } from '../../../adapters/cli/run.js';
import { DISCORD_COMMANDS } from '../../../adapters/discord/commands.js';
import { FAKE_TOKEN } from '../../helpers/discord-bot.js';
import { STANDIN_IDS } from '../../helpers/discord-payloads.js';
import { DiscordStandin } from '../../helpers/discord-standin.js';

let standin: DiscordStandin;
beforeAll(async () => {
  standin = await DiscordStandin.start();
});
afterAll(async () => {
  await standin.close();
});
beforeEach(() => {
  standin.calls.length = 0;
  standin.clearFaults();
});

const APP = STANDIN_IDS.application;
const GUILD = STANDIN_IDS.guild;

async function register(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CliContext = {
    env: { DISCORD_TOKEN: FAKE_TOKEN, DISCORD_APPLICATION_ID: APP, DISCORD_API_URL: standin.apiUrl, ...env },
    stdout: (line) => void out.push(line),
    stderr: (line) => void err.push(line),
    stdinLines: async function* () {},
  };
  const code = await runCli(['discord-register', ...args], ctx);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('glossary discord-register', () => {
  it('GIVEN --guild THEN the whole command set is PUT to that server, as the bot', async () => {
    const result = await register(['--guild', GUILD]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`in server ${GUILD}`);
    expect(result.stdout).toContain('"Explain AI terms"');
    expect(standin.calls).toHaveLength(1);
    const [call] = standin.calls;
    expect(call).toMatchObject({ method: 'PUT', path: `/applications/${APP}/guilds/${GUILD}/commands` });
    expect(call?.authorization).toBe(`Bot ${FAKE_TOKEN}`);
    expect(call?.body).toEqual(DISCORD_COMMANDS);
  });

  it('GIVEN no --guild THEN the commands are registered globally', async () => {
    const result = await register([]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/global commands/);
    expect(standin.calls.map((c) => `${c.method} ${c.path}`)).toEqual([`PUT /applications/${APP}/commands`]);
  });

  it('GIVEN it runs twice THEN both runs send the same set (PUT replaces, so nothing is duplicated)', async () => {
    await register(['--guild', GUILD]);
    await register(['--guild', GUILD]);
    const [first, second] = standin.calls;
    expect(first?.method).toBe('PUT');
    expect(second?.body).toEqual(first?.body);
  });

  it('GIVEN no token THEN it says what to set and calls nothing', async () => {
    const result = await register([], { DISCORD_TOKEN: '' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Set DISCORD_TOKEN/);
    expect(standin.calls).toHaveLength(0);
  });

  it('GIVEN a malformed --guild THEN a usage error', async () => {
    const result = await register(['--guild', 'my-server']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/numeric server id/);
  });

  it('GIVEN Discord rejects the token THEN a clear message, without the token', async () => {
    standin.failRoute('PUT', /commands$/, 401);
    const result = await register(['--guild', GUILD]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/HTTP 401.*Reset Token/);
    expect(result.stderr).not.toContain(FAKE_TOKEN);
  });
});

describe('the command set', () => {
  it('GIVEN Discord limits THEN every name, description and choice list fits', () => {
    const names = DISCORD_COMMANDS.map((c) => c.name);
    expect(names).toEqual(['define', 'glossary', 'Explain AI terms']);
    const check = (options: readonly Record<string, unknown>[] | undefined) => {
      for (const o of options ?? []) {
        expect(o.name).toMatch(/^[a-z0-9_-]{1,32}$/);
        expect(String(o.description).length).toBeLessThanOrEqual(100);
        expect(((o.choices as unknown[]) ?? []).length).toBeLessThanOrEqual(25);
        if (o.autocomplete) expect(o.choices).toBeUndefined();
        check(o.options as Record<string, unknown>[] | undefined);
      }
    };
    for (const command of DISCORD_COMMANDS) {
      expect(command.name.length).toBeLessThanOrEqual(32);
      if ('description' in command) expect(String(command.description).length).toBeLessThanOrEqual(100);
      if ('options' in command) check(command.options as unknown as Record<string, unknown>[]);
    }
  });
});
