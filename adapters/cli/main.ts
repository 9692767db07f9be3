import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { runCli } from './run.js';

// The same settings as `npm start`, so `glossary daily --once` and `stats` use the bot's database and tokens.
if (existsSync('.env')) process.loadEnvFile('.env');

/** Entry of the `glossary` command (see bin/glossary.js). */
const code = await runCli(process.argv.slice(2), {
  env: process.env,
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  stdinLines: () => createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY }),
}).catch((error: unknown) => {
  process.stderr.write(
    `Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  return 70;
});
process.exitCode = code;
