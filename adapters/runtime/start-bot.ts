import type { DestinationStream } from 'pino';
import type { Request } from '../../src/answer.js';
import { type Config, loadConfig } from '../../src/config.js';
import type { DailyPoster } from '../../src/daily/poster.js';
import { dailySettingsFrom } from '../../src/daily/schedule.js';
import { DailyScheduler } from '../../src/daily/scheduler.js';
import { UserError } from '../../src/errors.js';
import { glossaryCacheDir } from '../../src/glossary/glossary-cache.js';
import { loadGlossary } from '../../src/glossary/load-glossary.js';
import { watchGlossary } from '../../src/glossary/watch.js';
import { checkHealth } from '../../src/health.js';
import { createLogger, type Logger } from '../../src/logger.js';
import type { Reply } from '../../src/replies.js';
import { recordLookup } from '../../src/store/feedback.js';
import { openStore } from '../../src/store/open-store.js';
import { warmUp } from '../../src/warm-up.js';
import { type ConsoleIo, runConsole } from '../console/index.js';
import { createPlainLogDestination } from '../console/plain-log.js';
import { createPosters } from '../daily-posters.js';
import type { BotDeps, RunningBot } from '../deps.js';
import { selectSlackMode } from '../slack/mode.js';
import { createHealthRoutes, startHealthServer } from './health-server.js';
import { type StopStep, stopInStages } from './shutdown.js';

export interface StartOptions {
  env: Readonly<Record<string, string | undefined>>;
  /** The console chat's input and output, used when no platform credentials are set. */
  io: ConsoleIo;
  /** Where logs go (default: stderr). */
  logDestination?: DestinationStream;
  /** How often TERMS_DIR is looked at for edits. */
  pollMs?: number;
  shutdownTimeoutMs?: number;
  /** Skip the warm-up before ready (benchmarks compare cold starts with it); default: warm up. */
  warmUp?: boolean;
}

/** The running bot, whatever runs it: Slack, Discord, both, or the console chat. */
export interface RunningApp {
  /** What is running: `slack`, `discord`, or `console`. */
  running: string[];
  /** The bot's logger (credentials and user ids removed). */
  logger: Logger;
  /** Where /healthz and /readyz answer: HEALTH_PORT's server, else Slack's PORT in HTTP mode. */
  healthPort?: number;
  /** Stops taking new work, finishes what is in flight (bounded), disconnects, closes the store. */
  stop(reason: string): Promise<boolean>;
  /** Settles with `stop`'s result, whatever stopped the bot (a signal, or the end of console input). */
  stopped: Promise<boolean>;
}

/**
 * Starts everything `npm start` runs: config, logger, glossary (hot-reloaded), store, the platforms whose
 * credentials are set (else the console chat), the daily scheduler, and the health endpoints.
 */
export async function startBot(options: StartOptions): Promise<RunningApp> {
  const config = loadConfig(options.env);
  const secrets = [config.SLACK_BOT_TOKEN, config.SLACK_SIGNING_SECRET, config.SLACK_APP_TOKEN, config.DISCORD_TOKEN];
  // The console chat is for a person at a terminal: info logs would interleave with the answers, so it logs
  // warnings and errors only unless LOG_LEVEL asks for more.
  const consoleOnly = !config.SLACK_BOT_TOKEN && !config.DISCORD_TOKEN;
  const level = consoleOnly && !options.env.LOG_LEVEL?.trim() ? 'warn' : config.LOG_LEVEL;
  // In a terminal the console chat logs plain sentences, not JSON (which stays for files, pipes and platforms).
  const plain = consoleOnly && options.io.input.isTTY === true && !options.logDestination;
  const destination = plain ? createPlainLogDestination(process.stderr) : options.logDestination;
  const logger = createLogger(level, destination, { secrets: [...secrets, config.HASH_SALT] });
  const startedAt = new Date();
  const cacheDir = glossaryCacheDir(options.env);
  const initial = await loadGlossary(config.TERMS_DIR, {
    ...(cacheDir ? { cacheDir } : {}),
    onSkipped: (line) => logger.warn({ dir: config.TERMS_DIR }, line),
  });
  logger.info({ terms: initial.size, hash: initial.contentHash.slice(0, 12) }, 'Glossary loaded');
  if (options.warmUp !== false) logger.debug({ ms: Math.round(warmUp(initial)) }, 'Answering path warmed up');
  // Platform SDKs are imported only when their platform runs (the console chat starts fast), and before the store
  // opens: on Node 24, better-sqlite3 12 aborts the process when a statement it dropped is garbage-collected
  // during a large module load (WiseLibs/better-sqlite3#1515; fixed in 13, which needs Node 22).
  const slackModule = config.SLACK_BOT_TOKEN ? await import('../slack/index.js') : undefined;
  const discordModule = config.DISCORD_TOKEN ? await import('../discord/index.js') : undefined;
  const store = await openStore(config.DATABASE_PATH, { hashSalt: config.HASH_SALT });

  // Filled in as things start, so a failure half-way still stops what did start.
  const work: StopStep[] = [];
  const servers: StopStep[] = [];
  let storeOpen = true;
  const closeStore: StopStep = {
    name: 'store',
    stop: async () => {
      storeOpen = false;
      await store.close();
    },
  };
  let ready = false;
  let stopping: Promise<boolean> | undefined;
  let settle: (clean: boolean) => void = () => {};
  const stopped = new Promise<boolean>((resolve) => {
    settle = resolve;
  });
  const stop = (reason: string): Promise<boolean> => {
    stopping ??= (async () => {
      ready = false;
      const began = Date.now();
      logger.info({ reason }, 'Stopping');
      const clean = await stopInStages([work, servers, [closeStore]], { logger, timeoutMs: options.shutdownTimeoutMs });
      logger.info({ clean, ms: Date.now() - began }, 'Stopped');
      settle(clean);
      return clean;
    })();
    return stopping;
  };

  try {
    const watcher = watchGlossary({ dir: config.TERMS_DIR, initial, logger, pollMs: options.pollMs });
    work.push({ name: 'glossary watcher', stop: () => watcher.stop() });
    const routes = createHealthRoutes({
      ready: () => ready,
      report: () =>
        checkHealth({
          glossary: watcher.current,
          glossaryStatus: watcher.status,
          storePath: config.DATABASE_PATH,
          storeOpen: () => storeOpen,
          startedAt,
        }),
    });
    const deps: BotDeps = { config, logger, glossary: watcher.current, store, now: () => new Date() };

    const bots: RunningBot[] = [];
    const slackHttp = config.SLACK_BOT_TOKEN !== undefined && selectSlackMode(config) === 'http';
    let healthPort: number | undefined;
    if (slackModule) {
      const slackBot = await slackModule
        .startSlack(deps, slackHttp ? { customRoutes: routes } : {})
        .catch((error: unknown) => {
          throw portTaken(error, 'PORT', config.PORT) ?? error;
        });
      bots.push(slackBot);
      if (slackHttp) healthPort = slackBot.port;
    }
    if (discordModule) bots.push(await discordModule.startDiscord(deps));
    for (const bot of bots) work.push({ name: bot.name, stop: () => bot.stop() });

    if (config.HEALTH_PORT !== undefined && !(slackHttp && config.HEALTH_PORT === config.PORT)) {
      const server = await startHealthServer(config.HEALTH_PORT, routes).catch((error: unknown) => {
        throw new UserError(
          `Cannot serve health checks on HEALTH_PORT ${config.HEALTH_PORT} (${(error as NodeJS.ErrnoException).code ?? error}). Choose another port.`,
          'health_port',
          { cause: error },
        );
      });
      servers.push({ name: 'health server', stop: () => server.close() });
      healthPort = server.port;
      logger.info({ port: healthPort }, 'Health checks on /healthz and /readyz');
    }

    if (bots.length > 0) {
      const scheduler = new DailyScheduler({
        store,
        glossary: watcher.current,
        posters: await collectPosters(bots, config),
        settings: dailySettingsFrom(config),
        logger,
      });
      work.push({ name: 'daily scheduler', stop: () => scheduler.stop() });
      void scheduler.start();
    } else {
      // Without a terminal (a container, a service) a console chat is most likely a missing token: say so.
      const note = 'No SLACK_BOT_TOKEN or DISCORD_TOKEN set: running the console chat on standard input';
      if (options.io.input.isTTY) logger.info(note);
      else logger.warn(note);
      const recordConsoleLookup = (request: Request, reply: Reply) => {
        if (request.kind !== 'define') return;
        recordLookup(store, 'console', request.query, reply).catch((error: unknown) =>
          logger.warn({ err: error }, 'Could not record a lookup'),
        );
      };
      void runConsole(options.io, watcher.current, recordConsoleLookup).then(
        () => stop('end of input'),
        (error: unknown) => {
          logger.error({ err: error }, 'Console chat failed');
          return stop('console failed');
        },
      );
    }
    ready = true;
    const running = bots.length > 0 ? bots.map((b) => b.name) : ['console'];
    logger.info({ running, healthPort }, 'Ready');
    return { running, logger, ...(healthPort !== undefined ? { healthPort } : {}), stop, stopped };
  } catch (error) {
    await stop('failed to start');
    throw error;
  }
}

/** Daily posters: a running bot's own (the Slack app's client), then `createPosters` for the other platforms. */
async function collectPosters(bots: readonly RunningBot[], config: Config): Promise<DailyPoster[]> {
  const own = bots.flatMap((bot) => ('poster' in bot ? [bot.poster as DailyPoster] : []));
  const configured = await createPosters(config);
  return [...own, ...configured.filter((poster) => !own.some((p) => p.platform === poster.platform))];
}

/** A clear UserError when `error` says the port is taken (a stack trace would not tell what to change). */
function portTaken(error: unknown, name: string, port: number | undefined): UserError | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code !== 'EADDRINUSE' && code !== 'EACCES') return undefined;
  const why =
    code === 'EADDRINUSE' ? 'is already in use (another program, or another copy of the bot)' : 'needs more privileges';
  return new UserError(
    `Cannot listen on ${name} ${port} (${code}): the port ${why}. Set ${name} to a free port, e.g. ${name}=${(port ?? 3000) === 3000 ? 3001 : 3000}, or stop what is using it.`,
    'port_taken',
    { cause: error },
  );
}
