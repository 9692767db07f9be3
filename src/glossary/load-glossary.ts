import { UserError } from '../errors.js';
import { Glossary } from './glossary.js';
import { formatProblem } from './problems.js';
import { validateTermsDir } from './validate.js';

/**
 * Loads the glossary for serving. Refuses to start on problems (operators see every one of them)
 * rather than silently serving part of the glossary.
 */
export async function loadGlossary(dir: string): Promise<Glossary> {
  let result: Awaited<ReturnType<typeof validateTermsDir>>;
  try {
    result = await validateTermsDir(dir, { renders: false });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(
      `Cannot read the terms directory "${dir}" (${code ?? 'unreadable'}). Set TERMS_DIR to a folder of term files.`,
      'terms_dir',
      { cause: error },
    );
  }
  if (result.problems.length > 0) {
    const lines = result.problems.slice(0, 20).map(formatProblem);
    const more = result.problems.length > 20 ? `\n… and ${result.problems.length - 20} more` : '';
    throw new UserError(
      `The glossary in "${dir}" has ${result.problems.length} problem(s):\n${lines.join('\n')}${more}\nRun "npx glossary validate ${dir}" after fixing them.`,
      'invalid_glossary',
    );
  }
  if (result.terms.length === 0) {
    throw new UserError(
      `No term files (*.yaml) found in "${dir}". Set TERMS_DIR to a folder of term files.`,
      'no_terms',
    );
  }
  return new Glossary(result.terms, result.contentHash);
}
