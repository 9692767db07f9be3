import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { answer, parseCommandText } from '../../src/answer.js';
import { loadGlossary } from '../../src/glossary/load-glossary.js';
import { type GlossaryWatcher, watchGlossary } from '../../src/glossary/watch.js';
import { makeLinkedTerm, writeLinkedTermsDir } from '../helpers/linked-terms.js';

/** Collects log lines as `level message` strings. */
function captureLogs() {
  const lines: string[] = [];
  const at = (level: string) => (_fields: Record<string, unknown>, message: string) =>
    void lines.push(`${level} ${message}`);
  return { lines, logger: { info: at('info'), warn: at('warn'), error: at('error') } };
}

/** Polls `condition` until it holds; fails with `what` after a few seconds. */
async function eventually(what: string, condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 8_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The summary the bot answers for `query` with the watcher's current glossary. */
function answerFor(watcher: GlossaryWatcher, query: string): string {
  const reply = answer(watcher.current(), parseCommandText(query));
  return reply.kind === 'term' ? reply.term.summary : `(${reply.kind})`;
}

function editTerm(dir: string, slug: string, change: (fields: Record<string, unknown>) => void): void {
  const file = path.join(dir, `${slug}.yaml`);
  const fields = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  change(fields);
  writeFileSync(file, stringify(fields));
}

let watcher: GlossaryWatcher | undefined;
afterEach(async () => {
  await watcher?.stop();
  watcher = undefined;
});

async function startWatching() {
  const dir = writeLinkedTermsDir({ rlhf: { title: 'RLHF', summary: 'The old answer about RLHF.' } });
  const logs = captureLogs();
  watcher = watchGlossary({ dir, initial: await loadGlossary(dir), logger: logs.logger, pollMs: 50 });
  return { dir, logs, watcher };
}

describe('watchGlossary', () => {
  it('GIVEN a good edit to a term file THEN the new answer is served without a restart', async () => {
    const { dir, logs, watcher } = await startWatching();
    expect(answerFor(watcher, 'rlhf')).toBe('The old answer about RLHF.');
    editTerm(dir, 'rlhf', (t) => {
      t.summary = 'The new answer about RLHF.';
    });
    await eventually('the new answer', () => answerFor(watcher, 'rlhf') === 'The new answer about RLHF.');
    expect(logs.lines).toContain('info Glossary reloaded');
    expect(watcher.status().rejected).toBeUndefined();
  });

  it('GIVEN a new term file THEN the new term is answered', async () => {
    const { dir, watcher } = await startWatching();
    writeFileSync(path.join(dir, 'tokenizer.yaml'), stringify({ ...makeLinkedTerm('tokenizer'), slug: undefined }));
    await eventually('the new term', () => watcher.current().get('tokenizer') !== undefined);
    expect(answerFor(watcher, 'tokenizer')).toBe('Tokenizer is a test term.');
  });

  it('GIVEN a broken edit THEN the old glossary is still served and the problem is logged with file:line', async () => {
    const { dir, logs, watcher } = await startWatching();
    const before = watcher.current().contentHash;
    editTerm(dir, 'rlhf', (t) => {
      t.summary = 'A half-finished edit.';
      t.difficulty = 'expert';
    });
    await eventually('the problem in the log', () => logs.lines.some((l) => /rlhf\.yaml:\d+:\d+ difficulty: /.test(l)));
    expect(logs.lines.some((l) => l.startsWith('error ') && l.includes('still serving the last good glossary'))).toBe(
      true,
    );
    expect(watcher.current().contentHash).toBe(before);
    expect(answerFor(watcher, 'rlhf')).toBe('The old answer about RLHF.');
    expect(watcher.status().rejected?.problems).toBeGreaterThanOrEqual(1);

    editTerm(dir, 'rlhf', (t) => {
      t.difficulty = 'advanced';
    });
    await eventually('the fixed edit', () => answerFor(watcher, 'rlhf') === 'A half-finished edit.');
    expect(watcher.status().rejected).toBeUndefined();
  });

  it('GIVEN every term file removed THEN the last good glossary is kept', async () => {
    const { dir, logs, watcher } = await startWatching();
    for (const name of ['rlhf', 'kv-cache', 'embedding', 'fine-tuning']) rmSync(path.join(dir, `${name}.yaml`));
    await eventually('the rejection', () => logs.lines.some((l) => l.includes('no term files')));
    expect(watcher.current().size).toBe(4);
  });

  it('GIVEN the files did not change THEN reload keeps the same glossary', async () => {
    const { watcher } = await startWatching();
    const first = watcher.current();
    await expect(watcher.reload()).resolves.toBe('unchanged');
    expect(watcher.current()).toBe(first);
  });
});
