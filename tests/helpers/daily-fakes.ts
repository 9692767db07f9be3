import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DailyLogger, DailyPoster } from '../../src/daily/poster.js';
import type { DailySettings } from '../../src/daily/schedule.js';
import { Glossary } from '../../src/glossary/glossary.js';
import type { Difficulty } from '../../src/glossary/schema.js';
import type { TermReply } from '../../src/replies.js';
import type { Platform } from '../../src/store/store.js';
import { makeTerm } from './terms.js';

/** A fresh temporary folder for database files; `cleanup()` removes it. */
export function makeTempDir(): { dir: string; dbPath: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'glossary-store-'));
  return { dir, dbPath: path.join(dir, 'glossary.db'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A clock tests move by hand. */
export function makeClock(start: string | Date): {
  now: () => Date;
  set(at: string | Date): void;
  advance(ms: number): void;
} {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    set: (at) => {
      current = new Date(at).getTime();
    },
    advance: (ms) => {
      current += ms;
    },
  };
}

export interface SentPost {
  platform: Platform;
  channelId: string;
  slug: string;
  date: string;
}

/** A poster that records what it was asked to post; `failNext(n)` makes the next n posts throw. */
export function makeFakePoster(
  platform: Platform,
  sent: SentPost[] = [],
): DailyPoster & {
  sent: SentPost[];
  failNext(times: number, message?: string): void;
} {
  let failures = 0;
  let failure = 'platform said no';
  return {
    platform,
    sent,
    failNext(times, message = 'platform said no') {
      failures = times;
      failure = message;
    },
    async post(channelId: string, reply: TermReply) {
      if (failures > 0) {
        failures--;
        throw new Error(failure);
      }
      const date = reply.context.kind === 'daily' ? reply.context.date : '';
      sent.push({ platform, channelId, slug: reply.term.slug, date });
    },
  };
}

/** A logger that keeps messages, to assert on warnings. */
export function makeLogger(): DailyLogger & { lines: { level: string; message: string }[] } {
  const lines: { level: string; message: string }[] = [];
  return {
    lines,
    info: (_f, message) => lines.push({ level: 'info', message }),
    warn: (_f, message) => lines.push({ level: 'warn', message }),
    error: (_f, message) => lines.push({ level: 'error', message }),
  };
}

/** Daily settings with the defaults (09:00 on weekdays, UTC) and no channels unless given. */
export function makeSettings(overrides: Partial<DailySettings> = {}): DailySettings {
  return { cron: '0 9 * * 1-5', timeZone: 'UTC', slackChannels: [], discordChannels: [], ...overrides };
}

/** A glossary of `count` terms per difficulty, slugs like `beginner-3`. */
export function makeLeveledGlossary(counts: Partial<Record<Difficulty, number>>): Glossary {
  const terms = Object.entries(counts).flatMap(([difficulty, count]) =>
    Array.from({ length: count ?? 0 }, (_, i) =>
      makeTerm(`${difficulty}-${i + 1}`, { difficulty: difficulty as Difficulty }),
    ),
  );
  return new Glossary(terms);
}
