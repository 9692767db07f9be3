import { answer, type Request } from './answer.js';
import type { Glossary } from './glossary/glossary.js';
import { renderDiscord } from './render/discord.js';
import { renderSlack } from './render/slack.js';
import { renderText } from './render/text.js';
import { SECTIONS } from './replies.js';

/**
 * Runs the answering path once per kind of request and renders each reply for every platform, before the
 * bot says it is ready. The first requests after a start otherwise pay for compiling this code (V8 compiles
 * lazily) and for first-use allocations: hundreds of milliseconds of a 3-second Slack deadline. Pure work on
 * the loaded glossary; no I/O, no store, nothing recorded. Returns how long it took.
 */
export function warmUp(glossary: Glossary, now = new Date()): number {
  const started = performance.now();
  const term = glossary.terms[0];
  if (!term) return 0;
  const typo = `${term.title.slice(0, -2)}${term.title.slice(-1)}${term.title.slice(-2, -1)}`;
  const requests: Request[] = [
    { kind: 'define', query: term.title },
    { kind: 'define', query: `what is ${term.title.toLowerCase()}?` },
    { kind: 'define', query: typo },
    { kind: 'define', query: 'qzxv wkpt' },
    // Builds the description index (built on first use) and runs the comparison path.
    { kind: 'define', query: `what do you call it when ${term.summary.toLowerCase()}` },
    { kind: 'define', query: `${term.title} vs ${glossary.terms.at(-1)?.title ?? term.title}` },
    ...SECTIONS.map((section) => ({ kind: 'open' as const, slug: term.slug, section })),
    { kind: 'help' },
    { kind: 'today' },
    { kind: 'random' },
    { kind: 'mentions', text: `Is ${term.title} related to ${glossary.terms.at(-1)?.title ?? ''}?` },
  ];
  for (const request of requests) {
    const reply = answer(glossary, request, { now: () => now, random: () => 0.5 });
    renderSlack(reply, { shareable: true });
    renderDiscord(reply);
    renderText(reply);
  }
  glossary.index.autocomplete(term.title.slice(0, 3));
  glossary.index.autocomplete('zq');
  return performance.now() - started;
}
