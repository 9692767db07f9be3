import { checkRenders } from '../render/check-renders.js';
import { GLOSSARY_CHECKS } from './check.js';
import { type LoadResult, loadTermFiles } from './load.js';
import { sortProblems } from './problems.js';

export interface ValidateOptions {
  /**
   * Also render every term × section on every platform and check the limits (about 10 ms per term).
   * `glossary validate` and CI do; serving skips it, because the renderers enforce limits by construction.
   */
  renders?: boolean;
}

/**
 * Loads a terms directory and runs every file and glossary-wide check.
 * `terms` holds only the valid terms; `problems` lists everything wrong, sorted by file and line.
 */
export async function validateTermsDir(dir: string, options: ValidateOptions = {}): Promise<LoadResult> {
  const loaded = await loadTermFiles(dir);
  const problems = [...loaded.problems];
  const checks = options.renders === false ? GLOSSARY_CHECKS : [...GLOSSARY_CHECKS, checkRenders];
  for (const check of checks) problems.push(...check(loaded.terms, loaded.sources));
  return { ...loaded, problems: sortProblems(problems) };
}
