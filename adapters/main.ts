import { existsSync } from 'node:fs';
import { UserError } from '../src/errors.js';
import { exitOnSignals } from './runtime/shutdown.js';
import { startBot } from './runtime/start-bot.js';
import { logUnhandledRejections } from './runtime/unhandled-rejections.js';

/**
 * `npm start` / `node dist/adapters/main.js`: Slack and/or Discord when their credentials are set, otherwise
 * the console chat. Exits 0 after a clean shutdown (SIGTERM, SIGINT, or the end of console input).
 */
async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const app = await startBot({ env: process.env, io: { input: process.stdin, output: process.stdout } });
  exitOnSignals(app.stop, { logger: app.logger });
  logUnhandledRejections(app.logger);
  const clean = await app.stopped;
  process.exit(clean ? 0 : 1);
}

main().catch((error: unknown) => {
  if (error instanceof UserError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Unexpected error while starting: ${error instanceof Error ? error.stack : String(error)}\n`);
  }
  process.exit(1);
});
