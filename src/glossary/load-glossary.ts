import { UserError } from '../errors.js';
import { Glossary } from './glossary.js';
import { readGlossaryCache, writeGlossaryCache } from './glossary-cache.js';
import { fingerprintOf, listTermFiles } from './list-term-files.js';
import { formatProblem } from './problems.js';

export interface LoadGlossaryOptions {
  /** Where a validated glossary is cached between runs (see `glossaryCacheDir`); no cache when unset. */
  cacheDir?: string;
  /** Told, one line each, about `*.yaml` entries that were not read and why (folders, devices, outside links). */
  onSkipped?: (line: string) => void;
}

/** The folder fingerprint each loaded glossary was read at, so the watcher starts from it. */
const fingerprints = new WeakMap<Glossary, string>();

/** The fingerprint of the term files `glossary` was loaded from (see `fingerprintOf`). */
export function loadedFingerprint(glossary: Glossary): string | undefined {
  return fingerprints.get(glossary);
}

/**
 * Loads the glossary for serving. Refuses to start on problems (operators see every one of them)
 * rather than silently serving part of the glossary. With a cache folder, a glossary already validated
 * for the same files (names, sizes, modification times) and the same checking code is not parsed again;
 * the parsers and the schema are then not even imported.
 */
export async function loadGlossary(dir: string, options: LoadGlossaryOptions = {}): Promise<Glossary> {
  try {
    const listing = await listTermFiles(dir);
    const fingerprint = fingerprintOf(listing);
    const cached = options.cacheDir ? await readGlossaryCache(options.cacheDir, dir, fingerprint) : undefined;
    if (cached && cached.terms.length > 0) {
      for (const s of listing.skipped) options.onSkipped?.(`${s.full}: skipped, ${s.reason}`);
      return remember(new Glossary(cached.terms, cached.contentHash), fingerprint);
    }
  } catch (error) {
    throw unreadable(dir, error);
  }
  const { validateTermsDir } = await import('./validate.js');
  let result: Awaited<ReturnType<typeof validateTermsDir>>;
  try {
    result = await validateTermsDir(dir, { renders: false });
  } catch (error) {
    throw unreadable(dir, error);
  }
  for (const s of result.skipped) options.onSkipped?.(`${s.file}: skipped, ${s.reason}`);
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
  if (options.cacheDir) {
    await writeGlossaryCache(options.cacheDir, dir, result.fingerprint, {
      terms: result.terms,
      contentHash: result.contentHash,
    });
  }
  return remember(new Glossary(result.terms, result.contentHash), result.fingerprint);
}

function remember(glossary: Glossary, fingerprint: string): Glossary {
  fingerprints.set(glossary, fingerprint);
  return glossary;
}

function unreadable(dir: string, error: unknown): UserError {
  const code = (error as NodeJS.ErrnoException).code;
  return new UserError(
    `Cannot read the terms directory "${dir}" (${code ?? 'unreadable'}). Set TERMS_DIR to a folder of term files.`,
    'terms_dir',
    { cause: error },
  );
}
