import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import type { DailyPoster } from '../../src/daily/poster.js';
import { runDuePosts } from '../../src/daily/run-due.js';
import { openStore } from '../../src/store/open-store.js';
import { makeLeveledGlossary, makeSettings, makeTempDir } from '../helpers/daily-fakes.js';

const run = promisify(execFile);
const CHILD = path.join(import.meta.dirname, 'fixtures', 'race-child.ts');
const CHANNELS = Array.from({ length: 8 }, (_, i) => `C${i}`);
let temp = makeTempDir();
afterEach(() => {
  temp.cleanup();
  temp = makeTempDir();
});

describe('several processes sharing one database', () => {
  it('GIVEN two processes running the daily posts at the same moment THEN each channel gets exactly one post', async () => {
    const log = path.join(temp.dir, 'posts.log');
    // Create and migrate the file first, as a deployment would, then race the two processes.
    await (await openStore(temp.dbPath)).close();
    const args = [CHILD, temp.dbPath, log, '2', CHANNELS.join(',')];
    const results = await Promise.all([
      run(process.execPath, ['--import', 'tsx', ...args]),
      run(process.execPath, ['--import', 'tsx', ...args]),
    ]);
    const posts = readFileSync(log, 'utf8').trim().split('\n');
    const channels = posts.map((line) => line.split(' ')[1]).sort();
    expect(channels).toEqual([...CHANNELS.map((c) => `discord:${c}`), ...CHANNELS.map((c) => `slack:${c}`)].sort());
    const outcomes = results.flatMap((r) => JSON.parse(r.stdout) as string[]);
    expect(outcomes.filter((o) => o === 'sent')).toHaveLength(16);
    expect(outcomes.filter((o) => o !== 'sent').every((o) => o === 'in-progress' || o === 'already-sent')).toBe(true);
  });

  it('GIVEN two connections in one process posting concurrently THEN each channel gets exactly one post', async () => {
    const posted: string[] = [];
    const poster: DailyPoster = {
      platform: 'slack',
      async post(channelId) {
        await sleep(5);
        posted.push(channelId);
      },
    };
    const stores = [await openStore(temp.dbPath), await openStore(temp.dbPath)];
    const runFor = (store: (typeof stores)[number]) =>
      runDuePosts({
        store,
        glossary: makeLeveledGlossary({ beginner: 3 }),
        posters: [poster],
        settings: makeSettings({ slackChannels: CHANNELS }),
        now: () => new Date('2025-03-10T10:00:00Z'),
      });
    await Promise.all(stores.map(runFor));
    await Promise.all(stores.map((s) => s.close()));
    expect(posted.sort()).toEqual(CHANNELS);
    expect(existsSync(temp.dbPath)).toBe(true);
  });
});
