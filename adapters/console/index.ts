import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Glossary } from '../../src/glossary/glossary.js';
import { type ConsoleBotOptions, createConsoleBot } from './console-bot.js';
import { wrapText } from './wrap.js';

export interface ConsoleIo {
  input: Readable & { isTTY?: boolean };
  output: Writable & { columns?: number };
}

const WELCOME = (count: number) =>
  [
    `📚 AI Glossary — ${count} terms. Ask me anything, e.g. "what is RLHF?" or "/define kv cache".`,
    'After a term, type a section ("examples", "at a glance", …). "help" for more, Ctrl+D or "quit" to leave.',
    'This is the console chat: set SLACK_BOT_TOKEN or DISCORD_TOKEN in .env to run the Slack or Discord bot',
    '(see README.md); "npx glossary help" lists the command-line tools.',
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
    // In a terminal, wrap at words rather than letting the terminal cut words in half.
    const shown = interactive && reply !== undefined ? wrapText(reply, Math.min(io.output.columns ?? 80, 100)) : reply;
    if (shown !== undefined) io.output.write(`${shown}\n\n`);
    if (interactive) lines.prompt();
  }
  lines.close();
}
