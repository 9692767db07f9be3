import { errorMessage } from '../../src/errors.js';
import type { Logger } from '../../src/logger.js';

/** How long shutdown waits for work in flight before giving up on it. */
export const SHUTDOWN_TIMEOUT_MS = 10_000;

/** After the deadline, each remaining stage (closing servers and the store) still gets this long. */
const LATE_STAGE_MS = 1_000;

/** One thing to stop: a name for the logs and what stops it. */
export interface StopStep {
  name: string;
  stop(): Promise<void> | void;
}

export interface StopOptions {
  logger: Pick<Logger, 'info' | 'warn' | 'error'>;
  timeoutMs?: number;
}

/** Resolves true when `work` settles within `ms`, false when the time ran out first. */
async function within(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([work.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Stops everything in stages: the steps of one stage together, the stages in order (first the work, then the
 * servers, then the store). The first stages share one deadline; once it has passed, later stages still run,
 * briefly, so the store is closed. Returns true when everything stopped in time and without error.
 */
export async function stopInStages(stages: readonly (readonly StopStep[])[], options: StopOptions): Promise<boolean> {
  const deadline = Date.now() + (options.timeoutMs ?? SHUTDOWN_TIMEOUT_MS);
  let clean = true;
  for (const stage of stages) {
    const pending = new Set(stage.map((step) => step.name));
    const runs = stage.map(async (step) => {
      try {
        await step.stop();
      } catch (error) {
        clean = false;
        options.logger.error({ step: step.name, error: errorMessage(error) }, 'Could not stop cleanly');
      } finally {
        pending.delete(step.name);
      }
    });
    const left = deadline - Date.now();
    const inTime = await within(Promise.all(runs), left > 0 ? left : LATE_STAGE_MS);
    if (!inTime) {
      clean = false;
      options.logger.error({ waitingFor: [...pending] }, 'Gave up waiting for work in flight');
    }
  }
  return clean;
}

export interface SignalOptions {
  logger: Pick<Logger, 'info' | 'warn'>;
  exit?: (code: number) => void;
  /** Where signals come from; tests pass an EventEmitter. */
  source?: { on(signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown };
}

/**
 * On SIGTERM or SIGINT: stops (see `stopInStages`) and exits 0, or 1 when something did not stop cleanly.
 * A second signal exits at once, for an operator who does not want to wait.
 */
export function exitOnSignals(stop: (reason: string) => Promise<boolean>, options: SignalOptions): void {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const source = options.source ?? process;
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      options.logger.warn({ signal }, 'Second signal: exiting without waiting');
      exit(1);
      return;
    }
    stopping = true;
    options.logger.info({ signal }, 'Shutting down: finishing work in flight');
    void stop(signal).then(
      (clean) => exit(clean ? 0 : 1),
      () => exit(1),
    );
  };
  source.on('SIGTERM', onSignal);
  source.on('SIGINT', onSignal);
}
