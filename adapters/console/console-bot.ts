import { answer, parseCommandText, type Request } from '../../src/answer.js';
import type { Glossary } from '../../src/glossary/glossary.js';
import { renderText } from '../../src/render/text.js';
import { isSection, type Reply, type Section } from '../../src/replies.js';

/** Words that open a section of the term shown last, like pressing its button. */
const SECTION_SHORTCUTS: Record<string, Section> = {
  overview: 'overview',
  back: 'overview',
  examples: 'examples',
  'at a glance': 'glance',
  glance: 'glance',
  compare: 'glance',
  why: 'why',
  'why it matters': 'why',
  where: 'where',
  "where it's used": 'where',
  mistakes: 'mistakes',
  'common mistakes': 'mistakes',
  say: 'say',
  'how to say it': 'say',
  next: 'next',
  'learn next': 'next',
  related: 'next',
};

export interface ConsoleBotOptions {
  glossary: () => Glossary;
  now?: () => Date;
  random?: () => number;
  /** Called for every lookup, e.g. to record it in the store. */
  onReply?: (request: Request, reply: Reply) => void;
}

/**
 * The console chat: `/define <term>`, `@glossary <question>`, plain questions, `help`, `today`, `random`,
 * and section words (`examples`, `at a glance`, …) that open a section of the term shown last.
 */
export function createConsoleBot(options: ConsoleBotOptions) {
  let lastSlug: string | undefined;
  return {
    /** Answers one line of input; `undefined` for a blank line. */
    handle(line: string): string | undefined {
      const text = line.trim();
      if (text === '') return undefined;
      const request = toRequest(text, lastSlug);
      const reply = answer(options.glossary(), request, { now: options.now, random: options.random });
      options.onReply?.(request, reply);
      if (reply.kind === 'term') lastSlug = reply.term.slug;
      return renderText(reply);
    },
  };
}

function toRequest(text: string, lastSlug: string | undefined): Request {
  const shortcut = SECTION_SHORTCUTS[text.toLowerCase()];
  if (shortcut && lastSlug) return { kind: 'open', slug: lastSlug, section: shortcut };
  const open = /^open\s+([a-z0-9-]+)(?:\s+([a-z]+))?$/i.exec(text);
  if (open?.[1]) {
    const section = open[2]?.toLowerCase() ?? 'overview';
    return { kind: 'open', slug: open[1].toLowerCase(), section: isSection(section) ? section : 'overview' };
  }
  const stripped = text.replace(/^\/define\b/i, '').replace(/^@glossary\b[:,]?/i, '');
  return parseCommandText(stripped);
}
