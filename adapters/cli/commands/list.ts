import { loadGlossary } from '../../../src/glossary/load-glossary.js';
import { type CliCommand, glossaryOptionsFrom, termsDirFrom } from '../command.js';

const DOTS = { beginner: '🟢', intermediate: '🟡', advanced: '🔴' } as const;

/** `glossary list`: every term, as a readable list or as full JSON objects. */
export const listCommand: CliCommand = {
  name: 'list',
  usage: 'list [--json]',
  summary: 'Print every term',
  options: { json: { type: 'boolean' } },
  async run(args, ctx) {
    const glossary = await loadGlossary(termsDirFrom(ctx.env), glossaryOptionsFrom(ctx));
    const terms = [...glossary.terms].sort((a, b) => a.title.localeCompare(b.title));
    if (args.values.json) {
      ctx.stdout(JSON.stringify(terms, null, 2));
      return 0;
    }
    for (const t of terms) ctx.stdout(`${DOTS[t.difficulty]} ${t.title}  (${t.slug}) — ${t.summary}`);
    ctx.stdout(`\n${terms.length} terms`);
    return 0;
  },
};
