import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../../adapters/cli/run.js';
import { answer } from '../../../../src/answer.js';
import { recordLookup, recordVote } from '../../../../src/store/feedback.js';
import { makeGlossary } from '../../../helpers/terms.js';
import {
  createPostgresSchema,
  createSqliteFile,
  type TestDatabase,
  testDatabaseUrl,
} from '../../../helpers/test-databases.js';

const url = testDatabaseUrl();
const AT = new Date('2025-03-10T09:00:00Z');

async function glossaryCli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    env: {},
    stdout: (line) => void out.push(line),
    stderr: (line) => void err.push(line),
    stdinLines: async function* () {},
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('glossary db copy: arguments', () => {
  it('GIVEN a --to that is not a PostgreSQL URL THEN it says what --to must be', async () => {
    const result = await glossaryCli(['db', 'copy', '--from', 'sqlite:x.db', '--to', 'mysql://h/db']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('--to must be a PostgreSQL URL');
  });

  it('GIVEN a SQLite file that does not exist THEN it says so', async () => {
    const result = await glossaryCli([
      'db',
      'copy',
      '--from',
      'sqlite:/nonexistent/glossary.db',
      '--to',
      'postgres://h/db',
    ]);
    expect(result).toMatchObject({ code: 1, err: expect.stringContaining('no SQLite database') });
  });
});

describe.skipIf(!url)('glossary db copy', () => {
  let sqlite: TestDatabase;
  let postgres: TestDatabase;
  beforeEach(async () => {
    sqlite = await createSqliteFile();
    postgres = await createPostgresSchema(url ?? '');
  });
  afterEach(async () => {
    await sqlite.cleanup();
    await postgres.cleanup();
  });

  it('GIVEN a SQLite database in use THEN everything is copied, the salt too, so stats and later votes agree', async () => {
    const glossary = makeGlossary();
    const source = await sqlite.open();
    await recordLookup(source, 'slack', 'rlhf', answer(glossary, { kind: 'define', query: 'rlhf' }), AT);
    await recordLookup(source, 'discord', 'mamba', answer(glossary, { kind: 'define', query: 'mamba' }), AT);
    await recordVote(source, glossary, { platform: 'slack', userId: 'U1', slug: 'rlhf', value: 'down', at: AT });
    await source.setSubscription('slack', 'C1', true, AT);
    const key = { platform: 'slack' as const, channelId: 'C1', localDate: '2025-03-10' };
    await source.claimDailyPost({ ...key, slug: 'rlhf', now: AT, staleAfterMs: 1, maxAttempts: 3 });
    await source.markDailyPostSent(key, 1, AT);
    await source.saveInstallation({ key: 'T:T0ONE', teamId: 'T0ONE', data: '{"x":1}', at: AT });
    const before = await source.usageStats(new Date(0), 10);
    await source.close();

    const result = await glossaryCli(['db', 'copy', '--from', `sqlite:${sqlite.target}`, '--to', postgres.target]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/lookups\s+2 row/);
    expect(result.out).not.toContain('search_path');

    const copied = await postgres.open();
    expect(await copied.usageStats(new Date(0), 10)).toEqual(before);
    expect(await copied.listSubscriptions()).toMatchObject([{ channelId: 'C1', enabled: true }]);
    expect(await copied.findInstallation('T:T0ONE')).toBe('{"x":1}');
    // The same user voting again changes their vote instead of adding one: the salt came along.
    await recordVote(copied, glossary, { platform: 'slack', userId: 'U1', slug: 'rlhf', value: 'up', at: AT });
    expect((await copied.usageStats(new Date(0), 10)).helpfulness).toEqual([{ slug: 'rlhf', up: 1, down: 0 }]);
    await copied.close();

    const again = await glossaryCli(['db', 'copy', '--from', `sqlite:${sqlite.target}`, '--to', postgres.target]);
    expect(again).toMatchObject({ code: 1, err: expect.stringContaining('already holds data') });
  });
});
