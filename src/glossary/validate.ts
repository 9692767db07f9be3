import { GLOSSARY_CHECKS } from './check.js';
import { type LoadResult, loadTermFiles } from './load.js';
import { sortProblems } from './problems.js';

/**
 * Loads a terms directory and runs every file and glossary-wide check.
 * `terms` holds only the valid terms; `problems` lists everything wrong, sorted by file and line.
 */
export async function validateTermsDir(dir: string): Promise<LoadResult> {
  const loaded = await loadTermFiles(dir);
  const problems = [...loaded.problems];
  for (const check of GLOSSARY_CHECKS) problems.push(...check(loaded.terms, loaded.sources));
  return { ...loaded, problems: sortProblems(problems) };
}
