import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadGlossary } from '../../src/glossary/load-glossary.js';
import { validateTermsDir } from '../../src/glossary/validate.js';
import { type GlossaryWatcher, watchGlossary } from '../../src/glossary/watch.js';
import { writeLinkedTermsDir } from '../helpers/linked-terms.js';

// A render check that objects to every term: only runs that include it can see a problem.
vi.mock('../../src/render/check-renders.js', () => ({
  checkRenders: (terms: { slug: string }[]) =>
    terms.map((t) => ({ file: `${t.slug}.yaml`, line: 1, col: 1, field: '', message: 'render check ran' })),
}));

const silent = { info: () => {}, warn: () => {}, error: () => {} };
let watcher: GlossaryWatcher | undefined;
afterEach(() => watcher?.stop());

describe('the slow render check', () => {
  it('GIVEN glossary validate THEN it runs; GIVEN start and hot reload THEN they skip it', async () => {
    const dir = writeLinkedTermsDir();
    const full = await validateTermsDir(dir);
    expect(full.problems.some((p) => p.message === 'render check ran')).toBe(true);
    watcher = watchGlossary({ dir, initial: await loadGlossary(dir), logger: silent, pollMs: 50 });
    await expect(watcher.reload()).resolves.toBe('unchanged');
    expect(watcher.status().rejected).toBeUndefined();
  });
});
