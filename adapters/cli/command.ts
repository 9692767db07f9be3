import type { ParseArgsConfig } from 'node:util';
import { glossaryCacheDir } from '../../src/glossary/glossary-cache.js';
import type { LoadGlossaryOptions } from '../../src/glossary/load-glossary.js';

/** What a command may touch: injected so tests run commands in-process. */
export interface CliContext {
  env: Readonly<Record<string, string | undefined>>;
  stdout(line: string): void;
  stderr(line: string): void;
  /** Lines of standard input, read lazily (for `resolve`). */
  stdinLines(): AsyncIterable<string>;
}

export interface ParsedArgs {
  positionals: string[];
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
}

/** One `glossary <name>` subcommand; add a file under commands/ and one line in commands/index.ts. */
export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  options?: ParseArgsConfig['options'];
  run(args: ParsedArgs, ctx: CliContext): Promise<number>;
}

/** A command whose module is imported only when it runs (or for help), so each command loads only what it needs. */
export interface LazyCliCommand {
  name: string;
  load(): Promise<CliCommand>;
}

/** Thrown for a bad invocation; the CLI prints the message and usage, and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** TERMS_DIR as the bot reads it: trimmed, and the default `terms` when unset or left empty. */
export function termsDirFrom(env: CliContext['env']): string {
  return env.TERMS_DIR?.trim() || 'terms';
}

/** How the commands load the glossary: the bot's cache, and skipped term-folder entries told on stderr. */
export function glossaryOptionsFrom(ctx: CliContext): LoadGlossaryOptions {
  const cacheDir = glossaryCacheDir(ctx.env);
  return { ...(cacheDir ? { cacheDir } : {}), onSkipped: (line) => ctx.stderr(line) };
}
