import { loadGlossary } from '../../../src/glossary/load-glossary.js';
import { type CliCommand, glossaryOptionsFrom, termsDirFrom, UsageError } from '../command.js';

/** `glossary search <query…>`: the autocomplete list a Discord user would see, best first. */
export const searchCommand: CliCommand = {
  name: 'search',
  usage: 'search <query…> [--limit N] [--json]',
  summary: 'Print autocomplete matches for a partial query',
  options: { limit: { type: 'string' }, json: { type: 'boolean' } },
  async run(args, ctx) {
    const limit = Number(args.values.limit ?? 25);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new UsageError('--limit must be 1–100');
    const glossary = await loadGlossary(termsDirFrom(ctx.env), glossaryOptionsFrom(ctx));
    const matches = glossary.index.autocomplete(args.positionals.join(' '), limit);
    if (args.values.json) {
      ctx.stdout(JSON.stringify(matches));
    } else if (matches.length === 0) {
      ctx.stdout('No matching terms.');
    } else {
      for (const m of matches) ctx.stdout(`${m.title}  (${m.slug})`);
    }
    return 0;
  },
};
