import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Glossary } from '../../src/glossary/glossary.js';
import { type ConsoleBotOptions, createConsoleBot } from './console-bot.js';

export interface ConsoleIo {
  input: Readable & { isTTY?: boolean };
  output: Writable;
}

const WELCOME = (count: number) =>
  [
    `📚 AI Glossary — ${count} terms. Ask me anything, e.g. "what is RLHF?" or "/define kv cache".`,
    'Type "help" for more, a section name ("examples", "at a glance", …) after a term, or Ctrl+D to leave.',
    '',
  ].join('\n');

/**
 * Runs the console chat until end of input. In a terminal it greets and prompts; when piped it
 * just answers each line, so it can be scripted.
 */
export async function runConsole(
  io: ConsoleIo,
  glossary: () => Glossary,
  onReply?: ConsoleBotOptions['onReply'],
): Promise<void> {
  const interactive = io.input.isTTY === true;
  const bot = createConsoleBot({ glossary, onReply });
  const lines = createInterface({
    input: io.input,
    output: interactive ? io.output : undefined,
    terminal: interactive,
  });
  if (interactive) {
    io.output.write(WELCOME(glossary().size));
    lines.setPrompt('you › ');
    lines.prompt();
  }
  for await (const line of lines) {
    if (interactive && /^(quit|exit)$/i.test(line.trim())) break;
    const reply = bot.handle(line);
    if (reply !== undefined) io.output.write(`${reply}\n\n`);
    if (interactive) lines.prompt();
  }
  lines.close();
}
