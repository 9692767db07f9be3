import { Cron } from 'croner';
import { errorMessage } from '../errors.js';
import type { Glossary } from '../glossary/glossary.js';
import type { Store } from '../store/store.js';
import type { DailyLogger, DailyPoster } from './poster.js';
import type { DailyRun } from './run-due.js';
import { runDuePosts } from './run-due.js';
import type { DailySettings } from './schedule.js';

/** Starts calling `tick` at the right moments; returns a function that stops it. */
export type Wake = (tick: () => void) => () => void;

/** How often to look again for due posts between cron ticks (retries of failed or crashed sends). */
export const DEFAULT_RETRY_EVERY_MS = 5 * 60_000;

export interface DailySchedulerOptions {
  store: Store;
  /** A getter, so a reloaded glossary is used from the next run on. */
  glossary: () => Glossary;
  posters: readonly DailyPoster[];
  settings: DailySettings;
  logger: DailyLogger;
  clock?: () => Date;
  /** Wake-ups; default: croner on DAILY_CRON in DAILY_TZ plus a retry check every few minutes. */
  wake?: Wake;
  retryEveryMs?: number;
  staleAfterMs?: number;
  maxAttempts?: number;
}

/** The default wake-ups: each cron tick, and a periodic check for retries and catch-up. */
export function cronWake(settings: DailySettings, retryEveryMs = DEFAULT_RETRY_EVERY_MS): Wake {
  return (tick) => {
    const job = new Cron(settings.cron, { timezone: settings.timeZone, protect: true }, tick);
    const timer = setInterval(tick, retryEveryMs);
    timer.unref();
    return () => {
      job.stop();
      clearInterval(timer);
    };
  };
}

/**
 * Posts the term of the day on schedule: once at start (catch-up after downtime, same local day only),
 * on every cron tick, and periodically to retry failed sends. Runs never overlap within one process;
 * the store's claims keep several processes from posting twice.
 */
export class DailyScheduler {
  private stopWake: (() => void) | undefined;
  private inFlight: Promise<DailyRun | undefined> | undefined;
  private again = false;

  constructor(private readonly options: DailySchedulerOptions) {}

  /** Starts the wake-ups and runs once now; resolves when that first run is done. */
  async start(): Promise<void> {
    if (this.stopWake) return;
    const wake = this.options.wake ?? cronWake(this.options.settings, this.options.retryEveryMs);
    this.stopWake = wake(() => void this.runNow());
    await this.runNow();
  }

  /** Stops the wake-ups and waits for a run in progress. */
  async stop(): Promise<void> {
    this.stopWake?.();
    this.stopWake = undefined;
    this.again = false;
    await this.inFlight;
  }

  /** Runs due posts now, or joins the run in progress (and runs once more after it). Never throws. */
  runNow(): Promise<DailyRun | undefined> {
    if (this.inFlight) {
      this.again = true;
      return this.inFlight;
    }
    this.inFlight = this.loop().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  private async loop(): Promise<DailyRun | undefined> {
    let run: DailyRun | undefined;
    do {
      this.again = false;
      run = await this.runOnce();
    } while (this.again);
    return run;
  }

  private async runOnce(): Promise<DailyRun | undefined> {
    const { store, posters, settings, logger } = this.options;
    try {
      return await runDuePosts({
        store,
        glossary: this.options.glossary(),
        posters,
        settings,
        now: this.options.clock ?? (() => new Date()),
        logger,
        staleAfterMs: this.options.staleAfterMs,
        maxAttempts: this.options.maxAttempts,
      });
    } catch (error) {
      logger.error({ error: errorMessage(error) }, 'Daily run failed; will try again at the next check');
      return undefined;
    }
  }
}
