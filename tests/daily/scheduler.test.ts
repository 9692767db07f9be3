import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Wake } from '../../src/daily/scheduler.js';
import { cronWake, DailyScheduler } from '../../src/daily/scheduler.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import type { SentPost } from '../helpers/daily-fakes.js';
import {
  makeClock,
  makeFakePoster,
  makeLeveledGlossary,
  makeLogger,
  makeSettings,
  makeTempDir,
} from '../helpers/daily-fakes.js';

let temp: ReturnType<typeof makeTempDir>;
let store: Store;
let sent: SentPost[];
beforeEach(async () => {
  temp = makeTempDir();
  store = await openStore(temp.dbPath);
  sent = [];
});
afterEach(async () => {
  vi.useRealTimers();
  await store.close();
  temp.cleanup();
});

/** A wake-up the test fires by hand. */
function manualWake(): Wake & { fire(): void; stopped: boolean } {
  let tick: (() => void) | undefined;
  const wake = Object.assign(
    (t: () => void) => {
      tick = t;
      return () => {
        wake.stopped = true;
      };
    },
    { fire: () => tick?.(), stopped: false },
  );
  return wake;
}

function makeScheduler(start: string, wake: Wake) {
  const clock = makeClock(start);
  const poster = makeFakePoster('slack', sent);
  const logger = makeLogger();
  const scheduler = new DailyScheduler({
    store,
    glossary: () => makeLeveledGlossary({ beginner: 3, advanced: 2 }),
    posters: [poster],
    settings: makeSettings({ slackChannels: ['C1', 'C2'] }),
    logger,
    clock: clock.now,
    wake,
  });
  return { clock, poster, logger, scheduler };
}

describe('DailyScheduler', () => {
  it('GIVEN it starts after today’s time THEN it catches up at once; later ticks post nothing more', async () => {
    const wake = manualWake();
    const { clock, scheduler } = makeScheduler('2025-03-10T11:00:00Z', wake);
    await scheduler.start();
    expect(sent.map((p) => p.channelId)).toEqual(['C1', 'C2']);
    clock.advance(60_000);
    wake.fire();
    await scheduler.runNow();
    expect(sent).toHaveLength(2);
    await scheduler.stop();
    expect(wake.stopped).toBe(true);
  });

  it('GIVEN it starts before today’s time THEN the tick at 09:00 posts', async () => {
    const wake = manualWake();
    const { clock, scheduler } = makeScheduler('2025-03-10T07:00:00Z', wake);
    await scheduler.start();
    expect(sent).toEqual([]);
    clock.set('2025-03-10T09:00:00Z');
    wake.fire();
    await scheduler.stop();
    expect(sent.map((p) => p.date)).toEqual(['2025-03-10', '2025-03-10']);
  });

  it('GIVEN ticks arriving while a run is in progress THEN runs do not overlap and nothing is posted twice', async () => {
    const wake = manualWake();
    const { scheduler } = makeScheduler('2025-03-10T09:00:00Z', wake);
    const started = scheduler.start();
    wake.fire();
    wake.fire();
    await started;
    await scheduler.stop();
    expect(sent).toHaveLength(2);
  });

  it('GIVEN a send failure THEN the next check retries it and the error is logged, not thrown', async () => {
    const wake = manualWake();
    const { clock, poster, logger, scheduler } = makeScheduler('2025-03-10T09:00:00Z', wake);
    poster.failNext(1);
    await scheduler.start();
    expect(sent.map((p) => p.channelId)).toEqual(['C2']);
    expect(logger.lines.some((l) => l.level === 'warn')).toBe(true);
    clock.advance(5 * 60_000);
    await scheduler.runNow();
    expect(sent.map((p) => p.channelId).sort()).toEqual(['C1', 'C2']);
    await scheduler.stop();
  });

  it('GIVEN the store fails THEN the run logs an error and the scheduler keeps going', async () => {
    const wake = manualWake();
    const { logger, scheduler } = makeScheduler('2025-03-10T09:00:00Z', wake);
    await store.close();
    await scheduler.start();
    expect(logger.lines.some((l) => l.level === 'error')).toBe(true);
    await scheduler.stop();
    store = await openStore(temp.dbPath);
  });

  it('GIVEN the default cron wake-up in Berlin THEN it ticks at 09:00 local time and on the retry interval', async () => {
    vi.useFakeTimers({ now: new Date('2025-03-10T07:59:00Z') });
    const ticks: string[] = [];
    const stop = cronWake(
      makeSettings({ timeZone: 'Europe/Berlin', cron: '0 9 * * 1-5' }),
      30 * 60_000,
    )(() => ticks.push(new Date().toISOString()));
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    expect(ticks).toEqual(['2025-03-10T08:00:00.000Z']);
    await vi.advanceTimersByTimeAsync(30 * 60_000);
    expect(ticks).toHaveLength(2);
    stop();
    await vi.advanceTimersByTimeAsync(24 * 60 * 60_000);
    expect(ticks).toHaveLength(2);
  });
});
