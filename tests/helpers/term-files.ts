import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import type { Term } from '../../src/glossary/schema.js';

/** Writes terms as YAML files into a fresh temporary directory and returns its path. */
export function writeTermsDir(terms: Term[], extraFiles: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'glossary-terms-'));
  for (const { slug, ...fields } of terms) writeFileSync(path.join(dir, `${slug}.yaml`), stringify(fields));
  for (const [name, text] of Object.entries(extraFiles)) writeFileSync(path.join(dir, name), text);
  return dir;
}
