import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { UserError } from '../../src/errors.js';
import { MAX_TERM_FILE_BYTES } from '../../src/glossary/list-term-files.js';
import { loadGlossary } from '../../src/glossary/load-glossary.js';
import { formatProblem } from '../../src/glossary/problems.js';
import { validateTermsDir } from '../../src/glossary/validate.js';
import { makeLinkedTerm, writeLinkedTermsDir } from '../helpers/linked-terms.js';

/** Every problem of `dir` as `file-name:line:col message`. */
async function problemsOf(dir: string): Promise<string[]> {
  return (await validateTermsDir(dir)).problems.map((p) => formatProblem({ ...p, file: path.basename(p.file) }));
}

describe('term folder edges', () => {
  it('GIVEN a term file over the size cap THEN it is rejected by name and size without being parsed', async () => {
    const dir = writeLinkedTermsDir();
    // Broken YAML of 5 MB: parsing it would take seconds and gigabytes with the positioning parser.
    writeFileSync(path.join(dir, 'huge.yaml'), `title: [${'"x", {a: '.repeat(600_000)}`);
    const problems = await problemsOf(dir);
    expect(problems).toEqual([
      expect.stringMatching(
        /^huge\.yaml:1:1 is too large \(5\.\d MB\): a term file has at most 256 KB; is it the right file\?$/,
      ),
    ]);
    const error = await loadGlossary(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain('huge.yaml:1:1 is too large');
  });

  it('GIVEN a malformed file just under the cap THEN its syntax error is located by line and column', async () => {
    const dir = writeLinkedTermsDir();
    const list = '  - {a: 1, b: [2, 3], c: "text"}\n'.repeat(Math.floor((MAX_TERM_FILE_BYTES - 100) / 34));
    writeFileSync(path.join(dir, 'broken.yaml'), `title: Broken\nitems:\n${list}oops: [\n`);
    const oops = list.split('\n').length + 2; // the unclosed "[" is reported there or at the end of the file
    expect(await problemsOf(dir)).toEqual([
      expect.stringMatching(new RegExp(`^broken\\.yaml:(${oops}|${oops + 1}):\\d+ is not valid YAML: `)),
    ]);
  });

  it('GIVEN a folder, a device link and a link out of the folder named *.yaml THEN they are skipped, with why', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'glossary-outside-'));
    const secret = path.join(outside, 'secret.yaml');
    writeFileSync(secret, stringify({ password: 'hunter2', apiKey: 'x' }));
    const dir = writeLinkedTermsDir();
    mkdirSync(path.join(dir, 'folder.yaml'));
    symlinkSync('/dev/zero', path.join(dir, 'zero.yaml'));
    symlinkSync(secret, path.join(dir, 'outside.yaml'));
    symlinkSync(path.join(dir, 'missing-target'), path.join(dir, 'dangling.yaml'));
    const result = await validateTermsDir(dir);
    expect(result.problems).toEqual([]);
    expect(result.terms).toHaveLength(4);
    expect(result.skipped.map((s) => `${path.basename(s.file)}: ${s.reason}`)).toEqual([
      'dangling.yaml: a symbolic link to nothing (its target is missing)',
      'folder.yaml: a folder, not a file',
      'outside.yaml: a symbolic link to a file outside the terms folder (only files inside it are read)',
      'zero.yaml: not a regular file (a device, pipe or socket)',
    ]);
    const told: string[] = [];
    const glossary = await loadGlossary(dir, { onSkipped: (line) => told.push(line) });
    expect(glossary.size).toBe(4);
    expect(told).toHaveLength(4);
    expect(told.join('\n')).not.toMatch(/password|apiKey/);
  });

  it('GIVEN term files that are links to files inside the folder (a ConfigMap volume) THEN they are read', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'glossary-configmap-'));
    mkdirSync(path.join(dir, '..2026_11_27'));
    symlinkSync('..2026_11_27', path.join(dir, '..data'));
    for (const slug of ['rlhf', 'kv-cache', 'embedding', 'fine-tuning']) {
      const { slug: _, ...fields } = makeLinkedTerm(slug);
      writeFileSync(path.join(dir, '..2026_11_27', `${slug}.yaml`), stringify(fields));
      symlinkSync(path.join('..data', `${slug}.yaml`), path.join(dir, `${slug}.yaml`));
    }
    expect((await loadGlossary(dir)).size).toBe(4);
  });
});
