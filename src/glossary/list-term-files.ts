import type { Stats } from 'node:fs';
import { lstat, open, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Largest term file read. The longest shipped term is about 8 KB; a file past this is a mistake (or an
 * attack), and reading it would cost seconds and gigabytes in the YAML parsers.
 */
export const MAX_TERM_FILE_BYTES = 256 * 1024;

/** A `*.yaml` entry of the terms folder that is read as a term file. */
export interface TermFileEntry {
  name: string;
  full: string;
  size: number;
  mtimeMs: number;
  ino: number;
}

/** A `*.yaml` entry that is not read, and why, in plain words. */
export interface SkippedEntry {
  name: string;
  full: string;
  reason: string;
}

/** The term files of a folder, and the entries left out. */
export interface TermFileListing {
  files: TermFileEntry[];
  skipped: SkippedEntry[];
}

const TERM_FILE = /\.ya?ml$/;

/**
 * Lists the term files of `dir`: regular files named `*.yaml` (or `.yml`) inside the folder. Symbolic links
 * are followed only when they end at a regular file inside the folder (Kubernetes ConfigMap volumes are built
 * of such links); directories, devices, pipes and links that lead elsewhere are skipped with a reason.
 * Throws only when the folder itself cannot be read.
 */
export async function listTermFiles(dir: string): Promise<TermFileListing> {
  const names = (await readdir(dir)).filter((n) => TERM_FILE.test(n)).sort();
  const root = await realpath(dir);
  const files: TermFileEntry[] = [];
  const skipped: SkippedEntry[] = [];
  for (const name of names) {
    const full = path.join(dir, name);
    const verdict = await inspect(full, root);
    if (typeof verdict === 'string') skipped.push({ name, full, reason: verdict });
    else files.push({ name, full, size: verdict.size, mtimeMs: verdict.mtimeMs, ino: verdict.ino });
  }
  return { files, skipped };
}

/** True when `target` is `root` or below it (`..data/x.yaml` is inside; `../x.yaml` is not). */
function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

/** The file's stats when it may be read, else why not. */
async function inspect(full: string, root: string): Promise<Stats | string> {
  try {
    const link = await lstat(full);
    const info = link.isSymbolicLink() ? await stat(full).catch(() => undefined) : link;
    if (info === undefined) return 'a symbolic link to nothing (its target is missing)';
    if (info.isDirectory()) return 'a folder, not a file';
    if (!info.isFile()) return 'not a regular file (a device, pipe or socket)';
    if (link.isSymbolicLink() && !isInside(root, await realpath(full))) {
      return 'a symbolic link to a file outside the terms folder (only files inside it are read)';
    }
    return info;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'deleted while being read' : `cannot be read (${code ?? 'error'})`;
  }
}

/**
 * A reader of listed files as UTF-8, at most `MAX_TERM_FILE_BYTES` each (a file that grew past the cap since
 * it was listed is reported as too large rather than read whole): undefined for a file that is too large.
 * One buffer per reader, so read one file at a time with it.
 */
export function createTermFileReader(): (full: string) => Promise<string | undefined> {
  const buffer = Buffer.allocUnsafe(MAX_TERM_FILE_BYTES + 1);
  return async (full) => {
    const handle = await open(full, 'r');
    try {
      let length = 0;
      while (length < buffer.length) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
      }
      return length > MAX_TERM_FILE_BYTES ? undefined : buffer.toString('utf8', 0, length);
    } finally {
      await handle.close();
    }
  };
}

/** "5.0 MB", "300 KB": a size as people read it. */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** Names, sizes, modification times and inodes of the listed files: cheap, and changes with every save. */
export function fingerprintOf(listing: TermFileListing): string {
  const files = listing.files.map((f) => `${f.name}:${f.size}:${f.mtimeMs}:${f.ino}`);
  const skipped = listing.skipped.map((s) => `${s.name}:skipped:${s.reason}`);
  return [...files, ...skipped].join('\n');
}
