import { answer } from '../../../src/answer.js';
import { loadGlossary } from '../../../src/glossary/load-glossary.js';
import { renderReply } from '../../../src/render/index.js';
import { isSection, type Reply, SECTIONS } from '../../../src/replies.js';
import { type CliCommand, glossaryOptionsFrom, termsDirFrom, UsageError } from '../command.js';

const FORMATS = ['text', 'slack', 'discord'] as const;

/** The compact JSON shape of `define --json` and `resolve --json`, stable for scripts. */
export function replySummary(reply: Reply): Record<string, unknown> {
  switch (reply.kind) {
    case 'term':
      return {
        kind: 'term',
        slug: reply.term.slug,
        title: reply.term.title,
        match: reply.match?.type ?? 'exact',
        matched: reply.match?.matched ?? reply.term.title,
        ...(reply.alternatives?.length ? { alternatives: reply.alternatives } : {}),
        ...(reply.missing ? { missing: reply.missing } : {}),
      };
    case 'comparison':
      return {
        kind: 'comparison',
        slugs: [reply.left.slug, reply.right.slug],
        titles: [reply.left.title, reply.right.title],
        rowsFrom: reply.rowsFrom,
        ...(reply.query ? { query: reply.query } : {}),
      };
    case 'suggestions':
    case 'not-found':
      return { kind: reply.kind, query: reply.query, suggestions: reply.suggestions };
    default:
      return { kind: reply.kind };
  }
}

/** `glossary define <query…>`: the answer a user would get, as text, platform JSON, or a JSON summary. */
export const defineCommand: CliCommand = {
  name: 'define',
  usage: 'define <query…> [--json] [--format text|slack|discord] [--section <name>]',
  summary: 'Look a term up and print the answer',
  options: { json: { type: 'boolean' }, format: { type: 'string' }, section: { type: 'string' } },
  async run(args, ctx) {
    const query = args.positionals.join(' ');
    if (query.trim() === '') throw new UsageError('Give a term to look up, e.g. glossary define post-training');
    const format = (args.values.format as string | undefined) ?? 'text';
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`--format must be one of: ${FORMATS.join(', ')}`);
    }
    const section = (args.values.section as string | undefined) ?? 'overview';
    if (!isSection(section)) throw new UsageError(`--section must be one of: ${SECTIONS.join(', ')}`);
    const glossary = await loadGlossary(termsDirFrom(ctx.env), glossaryOptionsFrom(ctx));
    const reply = answer(glossary, { kind: 'define', query, section });
    if (args.values.json) {
      ctx.stdout(JSON.stringify(replySummary(reply)));
    } else {
      const rendered = renderReply(reply, format as (typeof FORMATS)[number]);
      ctx.stdout(typeof rendered === 'string' ? rendered : JSON.stringify(rendered, null, 2));
    }
    return reply.kind === 'term' || reply.kind === 'comparison' ? 0 : 1;
  },
};
