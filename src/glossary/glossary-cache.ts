import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Term } from './schema.js';

/** Bumped when the cache file's shape changes. */
const FORMAT = 1;

/** Cache files kept (one per terms folder); older ones are removed, so test runs do not pile them up. */
const MAX_FILES = 8;

/** A validated glossary as stored: served again when the folder's fingerprint and the checking code match. */
export interface CachedGlossary {
  terms: Term[];
  contentHash: string;
}

/**
 * Where parsed glossaries are cached: `GLOSSARY_CACHE_DIR`, `off` to turn the cache off, else
 * `$XDG_CACHE_HOME/ai-glossary-bot` (default `~/.cache/ai-glossary-bot`).
 */
export function glossaryCacheDir(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const set = env.GLOSSARY_CACHE_DIR?.trim();
  if (set === 'off') return undefined;
  if (set) return set;
  const base = env.XDG_CACHE_HOME?.trim() || path.join(env.HOME?.trim() || homedir(), '.cache');
  return path.join(base, 'ai-glossary-bot');
}

let codeStamp: Promise<string> | undefined;

/**
 * A hash of the code that parses and checks term files (this folder, and the name normalisation the
 * duplicate checks use), so a bot upgrade never serves a glossary checked by older rules.
 */
function checkingCodeStamp(): Promise<string> {
  codeStamp ??= (async () => {
    const here = path.dirname(fileURLToPath(import.meta.url));
    const names = (await readdir(here)).filter((n) => /\.(js|ts)$/.test(n)).sort();
    const files = [
      ...names.map((n) => path.join(here, n)),
      ...['normalize.js', 'normalize.ts'].map((n) => path.join(here, '..', 'lookup', n)),
    ];
    const hash = createHash('sha256');
    for (const file of files) {
      const text = await readFile(file, 'utf8').catch(() => '');
      hash.update(path.basename(file)).update('\0').update(text).update('\0');
    }
    return hash.digest('hex');
  })();
  return codeStamp;
}

/** One file per terms folder and version of the checking code, so the compiled bot and tsx runs keep theirs. */
async function cacheFile(cacheDir: string, termsDir: string): Promise<string> {
  const hash = createHash('sha256')
    .update(await realpath(termsDir))
    .update('\0')
    .update(await checkingCodeStamp());
  return path.join(cacheDir, `glossary-${hash.digest('hex').slice(0, 32)}.json`);
}

/** The cached glossary of `termsDir` when it was stored for this exact fingerprint and code; never throws. */
export async function readGlossaryCache(
  cacheDir: string,
  termsDir: string,
  fingerprint: string,
): Promise<CachedGlossary | undefined> {
  try {
    const stored = JSON.parse(await readFile(await cacheFile(cacheDir, termsDir), 'utf8'));
    const valid =
      stored?.format === FORMAT &&
      stored.fingerprint === fingerprint &&
      stored.code === (await checkingCodeStamp()) &&
      Array.isArray(stored.terms) &&
      typeof stored.contentHash === 'string';
    return valid ? { terms: stored.terms, contentHash: stored.contentHash } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Stores a validated glossary (written to a temp file and renamed, so a reader never sees half a file).
 * Best effort: a read-only home or a full disk only means the next start parses the files again.
 */
export async function writeGlossaryCache(
  cacheDir: string,
  termsDir: string,
  fingerprint: string,
  glossary: CachedGlossary,
): Promise<void> {
  try {
    await mkdir(cacheDir, { recursive: true, mode: 0o700 });
    const file = await cacheFile(cacheDir, termsDir);
    const temp = `${file}.${process.pid}.tmp`;
    const body = { format: FORMAT, code: await checkingCodeStamp(), fingerprint, ...glossary };
    await writeFile(temp, JSON.stringify(body), { mode: 0o600 });
    await rename(temp, file);
    await pruneCache(cacheDir);
  } catch {
    // Caching is an optimisation only.
  }
}

async function pruneCache(cacheDir: string): Promise<void> {
  const names = (await readdir(cacheDir)).filter((n) => /^glossary-[0-9a-f]{32}\.json$/.test(n));
  if (names.length <= MAX_FILES) return;
  const dated = await Promise.all(
    names.map(async (n) => ({ n, at: (await stat(path.join(cacheDir, n)).catch(() => undefined))?.mtimeMs ?? 0 })),
  );
  dated.sort((a, b) => b.at - a.at);
  await Promise.all(dated.slice(MAX_FILES).map(({ n }) => rm(path.join(cacheDir, n), { force: true })));
}
