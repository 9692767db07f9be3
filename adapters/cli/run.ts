import { parseArgs } from 'node:util';
import { UserError } from '../../src/errors.js';
import type { CliCommand, CliContext, LazyCliCommand } from './command.js';
import { UsageError } from './command.js';
import { COMMANDS } from './commands/index.js';

function helpText(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((c) => c.usage.length));
  return [
    'Usage: glossary <command> [options]',
    '',
    ...commands.map((c) => `  glossary ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'Terms are read from TERMS_DIR (default ./terms).',
  ].join('\n');
}

type CommandEntry = CliCommand | LazyCliCommand;

const loadCommand = (entry: CommandEntry): Promise<CliCommand> =>
  'load' in entry ? entry.load() : Promise.resolve(entry);

/** Runs the CLI with the given arguments; returns the exit code instead of exiting. */
export async function runCli(
  argv: readonly string[],
  ctx: CliContext,
  commands: readonly CommandEntry[] = COMMANDS,
): Promise<number> {
  const [name, ...rest] = argv;
  const help = async () => helpText(await Promise.all(commands.map(loadCommand)));
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    ctx.stdout(await help());
    return name === undefined ? 2 : 0;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    ctx.stderr(`Unknown command "${name}".\n\n${await help()}`);
    return 2;
  }
  const command = await loadCommand(entry);
  try {
    const { values, positionals } = parseArgs({
      args: [...rest],
      options: command.options ?? {},
      allowPositionals: true,
      strict: true,
    });
    return await command.run({ values, positionals }, ctx);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      ctx.stderr(`${(error as Error).message}\nUsage: glossary ${command.usage}`);
      return 2;
    }
    if (error instanceof UserError) {
      ctx.stderr(error.message);
      return 1;
    }
    throw error;
  }
}
