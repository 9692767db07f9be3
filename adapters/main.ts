import { existsSync } from 'node:fs';
import { loadConfig } from '../src/config.js';
import { UserError } from '../src/errors.js';
import { loadGlossary } from '../src/glossary/load-glossary.js';
import { createLogger } from '../src/logger.js';
import { runConsole } from './console/index.js';

/** `npm start`: Slack and/or Discord when their credentials are set, otherwise the console chat. */
async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = loadConfig(process.env);
  const logger = createLogger(config.LOG_LEVEL);
  const glossary = await loadGlossary(config.TERMS_DIR);
  logger.info({ terms: glossary.size, hash: glossary.contentHash.slice(0, 12) }, 'glossary loaded');
  await runConsole({ input: process.stdin, output: process.stdout }, () => glossary);
}

main().catch((error: unknown) => {
  if (error instanceof UserError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Unexpected error while starting: ${error instanceof Error ? error.stack : String(error)}\n`);
  }
  process.exitCode = 1;
});
