import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDiscord } from '../../adapters/discord/index.js';
import { loadConfig } from '../../src/config.js';
import type { Glossary } from '../../src/glossary/glossary.js';
import { createLogger } from '../../src/logger.js';
import { openStore } from '../../src/store/open-store.js';
import Database from '../../src/store/sqlite-driver.js';
import type { Store } from '../../src/store/store.js';
import { WritePathStore } from '../../src/store/write-path.js';
import { STANDIN_IDS } from './discord-payloads.js';
import { DiscordStandin, type RecordedCall } from './discord-standin.js';
import { makeGlossary } from './terms.js';

/** A token-shaped fake, so tests can check it never reaches the logs. */
export const FAKE_TOKEN = `MTAwMDAwMDAwMDAwMDAwMDAy.Gstand.${'x'.repeat(38)}`;

export interface DiscordHarness {
  standin: DiscordStandin;
  store: Store;
  /** The temp SQLite file (plus its -wal file next to it). */
  databasePath: string;
  /** Rows of a read-only query on the bot's database, to check what it stored (and what it did not). */
  readRows(sql: string): unknown[];
  /** Every log line the bot wrote (JSON). */
  logs: string[];
  /** Dispatches an INTERACTION_CREATE and resolves with the bot's callback to it. */
  interact(payload: { id: string; token: string }): Promise<RecordedCall>;
  /** Stops the bot, the stand-in and the store, and removes the temp database. */
  stop(): Promise<void>;
}

export interface HarnessOptions {
  glossary?: Glossary;
  /** Wraps the real store, e.g. to make one method fail. */
  wrapStore?: (store: Store) => Store;
  /** Extra settings, e.g. DISCORD_SHARDS or PUBLIC_URL. */
  env?: Record<string, string>;
  /** What the stand-in's `GET /gateway/bot` recommends (for DISCORD_SHARDS=auto). */
  recommendedShards?: number;
}

/** Starts the real Discord adapter against a fresh stand-in, with fixture terms and a temp SQLite store. */
export async function startDiscordHarness(options: HarnessOptions = {}): Promise<DiscordHarness> {
  const glossary = options.glossary ?? makeGlossary();
  const standin = await DiscordStandin.start();
  standin.recommendedShards = options.recommendedShards ?? 1;
  const folder = mkdtempSync(join(tmpdir(), 'glossary-discord-'));
  const databasePath = join(folder, 'test.db');
  const store = await openStore(databasePath, { hashSalt: 'test-salt' });
  const logs: string[] = [];
  const logger = createLogger('info', { write: (line: string) => void logs.push(line) });
  const config = loadConfig({
    DISCORD_TOKEN: FAKE_TOKEN,
    DISCORD_APPLICATION_ID: STANDIN_IDS.application,
    DISCORD_API_URL: standin.apiUrl,
    ...options.env,
  });
  const now = () => new Date('2025-03-04T10:00:00Z');
  // As in production: the write path queues lookups and logs every failed write.
  const botStore = new WritePathStore(options.wrapStore ? options.wrapStore(store) : store, logger);
  const bot = await startDiscord({ config, logger, glossary: () => glossary, store: botStore, now });
  return {
    standin,
    store,
    databasePath,
    readRows(sql) {
      const db = new Database(databasePath, { readonly: true });
      try {
        return db.prepare(sql).all();
      } finally {
        db.close();
      }
    },
    logs,
    interact(payload) {
      standin.dispatch('INTERACTION_CREATE', payload);
      return standin.waitForCall((c) => c.path === `/interactions/${payload.id}/${payload.token}/callback`);
    },
    async stop() {
      await bot.stop();
      await standin.close();
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
