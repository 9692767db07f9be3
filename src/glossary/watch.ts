import { errorMessage } from '../errors.js';
import { Glossary } from './glossary.js';
import { fingerprintOf, listTermFiles } from './list-term-files.js';
import { loadedFingerprint } from './load-glossary.js';
import { formatProblem } from './problems.js';
import { validateTermsDir } from './validate.js';

/** How often the terms directory is looked at; an edit is picked up one to two intervals later. */
export const DEFAULT_POLL_MS = 1_000;

/** At most this many problems of a rejected edit are logged one per line; the rest are counted. */
const MAX_LOGGED_PROBLEMS = 50;

/** The logging the watcher needs; a pino logger fits. */
export interface WatchLogger {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

export interface WatchOptions {
  dir: string;
  /** The glossary loaded at start, served until an edit passes validation. */
  initial: Glossary;
  logger: WatchLogger;
  pollMs?: number;
  now?: () => Date;
}

/** What the health report shows about the served glossary. */
export interface GlossaryStatus {
  loadedAt: Date;
  /** The last edit that failed validation, when it is still on disk (the last good glossary is served). */
  rejected?: { at: Date; problems: number };
}

/** What a check of the directory found. */
export type CheckOutcome = 'unchanged' | 'reloaded' | 'rejected';

export interface GlossaryWatcher {
  /** The glossary to answer with: the newest version of the files that passed validation. */
  current(): Glossary;
  status(): GlossaryStatus;
  /** Validates the directory now, without waiting for the files to settle (for tests and tools). */
  reload(): Promise<CheckOutcome>;
  /** Stops polling and waits for a check in progress. */
  stop(): Promise<void>;
}

/**
 * Serves the glossary and picks up edits to TERMS_DIR without a restart. Polls (names, sizes, mtimes)
 * instead of using fs.watch, whose events are lost on Docker Desktop bind mounts, network file systems and
 * Kubernetes ConfigMap volumes; a check is a few hundred `stat` calls. A change is validated once the files
 * have stopped changing for one interval, so a half-saved file is not reported. An edit that fails
 * validation is logged problem by problem and the last good glossary stays in service.
 */
export function watchGlossary(options: WatchOptions): GlossaryWatcher {
  const { dir, logger } = options;
  const now = options.now ?? (() => new Date());
  let glossary = options.initial;
  let status: GlossaryStatus = { loadedAt: now() };
  // The files the initial glossary was read from, when known: only a later change is validated again. Unknown
  // otherwise: the first settled look validates once, catching edits made while the bot was starting.
  let seen: string | undefined = loadedFingerprint(glossary);
  let validated: string | undefined = seen;
  let unreadable = false;
  let running: Promise<unknown> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const reload = async (): Promise<CheckOutcome> => {
    let result: Awaited<ReturnType<typeof validateTermsDir>>;
    try {
      // The same checks as at start: the render check is for CI (renderers enforce limits) and blocks answering.
      result = await validateTermsDir(dir, { renders: false });
    } catch (error) {
      logger.error(
        { dir, error: errorMessage(error) },
        'Cannot read the terms directory; still serving the last good glossary',
      );
      status = { ...status, rejected: { at: now(), problems: 1 } };
      return 'rejected';
    }
    for (const s of result.skipped) logger.warn({ dir }, `${s.file}: skipped, ${s.reason}`);
    const problems = result.problems.map(formatProblem);
    if (problems.length === 0 && result.terms.length === 0) problems.push(`${dir}: no term files (*.yaml) found`);
    if (problems.length > 0) {
      logger.error(
        { dir, problems: problems.length },
        'Term files changed but do not pass validation; still serving the last good glossary',
      );
      for (const line of problems.slice(0, MAX_LOGGED_PROBLEMS)) logger.warn({ dir }, line);
      if (problems.length > MAX_LOGGED_PROBLEMS) {
        logger.warn({ dir }, `… and ${problems.length - MAX_LOGGED_PROBLEMS} more problems`);
      }
      status = { ...status, rejected: { at: now(), problems: problems.length } };
      return 'rejected';
    }
    status = { loadedAt: status.loadedAt };
    if (result.contentHash === glossary.contentHash) return 'unchanged';
    glossary = new Glossary(result.terms, result.contentHash);
    status = { loadedAt: now() };
    logger.info({ terms: glossary.size, hash: glossary.contentHash.slice(0, 12) }, 'Glossary reloaded');
    return 'reloaded';
  };

  const check = async (): Promise<void> => {
    let print: string;
    try {
      print = await fingerprint(dir);
    } catch (error) {
      if (!unreadable) logger.warn({ dir, error: errorMessage(error) }, 'Cannot look at the terms directory');
      unreadable = true;
      return;
    }
    unreadable = false;
    if (print !== seen) {
      seen = print; // still changing: wait for it to settle
      return;
    }
    if (print === validated) return;
    validated = print;
    // Whatever goes wrong in a reload, the last good glossary keeps answering and the process keeps running.
    await reload().catch((error: unknown) => {
      logger.error(
        { dir, error: errorMessage(error) },
        'Could not reload the glossary; still serving the last good one',
      );
    });
  };

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = check().finally(schedule);
    }, options.pollMs ?? DEFAULT_POLL_MS);
    timer.unref();
  };
  running = check().finally(schedule);

  return {
    current: () => glossary,
    status: () => status,
    reload,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

/** Names, sizes and modification times of the term files: cheap to compute, changes with every save. */
async function fingerprint(dir: string): Promise<string> {
  return fingerprintOf(await listTermFiles(dir));
}
