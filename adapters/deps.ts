import type { Config } from '../src/config.js';
import type { Glossary } from '../src/glossary/glossary.js';
import type { Logger } from '../src/logger.js';
import type { Store } from '../src/store/store.js';

/** What every platform adapter is started with; tests pass fakes and loopback URLs through `config`. */
export interface BotDeps {
  config: Config;
  logger: Logger;
  /** The current glossary (replaced whole when term files are reloaded). */
  glossary: () => Glossary;
  store: Store;
  now: () => Date;
}

/** A started platform adapter. */
export interface RunningBot {
  name: 'slack' | 'discord';
  /** Stops taking new work, finishes what is in flight, disconnects. */
  stop(): Promise<void>;
}
