import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const RECORDER = path.join(import.meta.dirname, 'fixtures', 'record-imports.mjs');
const dir = mkdtempSync(path.join(tmpdir(), 'glossary-imports-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Packages that only the bot's platform side and the store need: a one-shot lookup must not pay for them. */
const HEAVY = ['@slack/bolt', '@slack/web-api', 'discord.js', '@discordjs/rest', 'sqlite-driver', 'pino', 'croner'];

/**
 * The npm packages one `glossary …` run imports, plus `sqlite-driver` when the store's driver module loaded: it
 * picks the better-sqlite3 build with `require`, which the import recorder does not see.
 */
async function packagesImportedBy(args: string[], env: Record<string, string> = {}): Promise<Set<string>> {
  const log = path.join(dir, `${args[0]}.log`);
  await run(process.execPath, ['--import', RECORDER, '--import', 'tsx', 'adapters/cli/main.ts', ...args], {
    env: { ...process.env, RECORD_IMPORTS: log, TERMS_DIR: 'terms', ...env },
  }).catch((error: { code?: number }) => {
    if (typeof error.code !== 'number') throw error; // a non-zero exit (e.g. missing credentials) is fine here
  });
  const urls = readFileSync(log, 'utf8').split('\n');
  const packages = urls.map((url) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1]);
  const driver = urls.some((url) => url.includes('/src/store/sqlite-driver.')) ? ['sqlite-driver'] : [];
  return new Set([...packages.filter((p) => p !== undefined), ...driver]);
}

describe('one-shot glossary commands', () => {
  it.each([['define', 'rlhf'], ['resolve'], ['search', 'atten'], ['list']])(
    'GIVEN glossary %s THEN no platform SDK, store or logger is loaded',
    async (...args) => {
      const loaded = await packagesImportedBy(args);
      expect(loaded.has('fuse.js')).toBe(true);
      expect(HEAVY.filter((name) => loaded.has(name))).toEqual([]);
    },
  );

  it('GIVEN glossary daily THEN the store and the scheduler are loaded (so the check above can see them)', async () => {
    const loaded = await packagesImportedBy(['daily', '--preview'], {
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: 'test-secret',
      DATABASE_PATH: path.join(dir, 'glossary.db'),
    });
    expect(loaded.has('sqlite-driver')).toBe(true);
    expect(loaded.has('croner')).toBe(true);
  });
});
