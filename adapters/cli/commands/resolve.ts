import { answer } from '../../../src/answer.js';
import { loadGlossary } from '../../../src/glossary/load-glossary.js';
import { type CliCommand, glossaryOptionsFrom, termsDirFrom, UsageError } from '../command.js';
import { replySummary } from './define.js';

/** `glossary resolve --json`: one query per stdin line in, one JSON object per line out, in order. */
export const resolveCommand: CliCommand = {
  name: 'resolve',
  usage: 'resolve --json < queries.txt',
  summary: 'Resolve one query per input line (JSON Lines out)',
  options: { json: { type: 'boolean' } },
  async run(args, ctx) {
    if (!args.values.json) throw new UsageError('resolve writes JSON Lines; pass --json');
    const glossary = await loadGlossary(termsDirFrom(ctx.env), glossaryOptionsFrom(ctx));
    for await (const line of ctx.stdinLines()) {
      ctx.stdout(JSON.stringify(replySummary(answer(glossary, { kind: 'define', query: line }))));
    }
    return 0;
  },
};
