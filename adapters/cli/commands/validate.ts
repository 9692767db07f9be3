import { formatProblem } from '../../../src/glossary/problems.js';
import { validateTermsDir } from '../../../src/glossary/validate.js';
import { type CliCommand, termsDirFrom } from '../command.js';

/** `glossary validate [dir]`: every problem in the glossary, one per line; exit 1 when there are any. */
export const validateCommand: CliCommand = {
  name: 'validate',
  usage: 'validate [dir]',
  summary: 'Check every term file and the glossary as a whole',
  async run(args, ctx) {
    const dir = args.positionals[0] ?? termsDirFrom(ctx.env);
    const result = await validateTermsDir(dir);
    for (const s of result.skipped) ctx.stderr(`${s.file}: skipped, ${s.reason}`);
    for (const problem of result.problems) ctx.stderr(formatProblem(problem));
    if (result.problems.length > 0) {
      ctx.stderr(`\n${result.problems.length} problem(s) in ${dir}. Fix them and run "glossary validate" again.`);
      return 1;
    }
    ctx.stdout(`✓ ${result.terms.length} terms in ${dir} are valid.`);
    return 0;
  },
};
