import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Glossary } from '../glossary/glossary.js';
import { buildSiteFiles, type SiteOptions } from './site-files.js';

/** Writes the static site into `dir` (created if needed; files of an earlier build are overwritten). */
export async function writeSite(glossary: Glossary, dir: string, options: SiteOptions): Promise<number> {
  const files = await buildSiteFiles(glossary, options);
  const folders = new Set([...files.keys()].map((file) => path.dirname(path.join(dir, file))));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  await Promise.all([...files].map(([file, content]) => writeFile(path.join(dir, file), content)));
  return files.size;
}
