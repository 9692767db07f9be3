import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { type RunningApp, startBot } from '../../adapters/runtime/start-bot.js';
import { validateTermsDir } from '../../src/glossary/validate.js';
import { openStore } from '../../src/store/open-store.js';
import { writeLinkedTermsDir } from '../helpers/linked-terms.js';

/** Polls `condition` until it holds; fails with `what` after a few seconds. */
async function eventually(what: string, condition: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 8_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.stop('test over');
  app = undefined;
});

/** Starts the console bot in-process on fixture terms, with HEALTH_PORT on a free port. */
async function startConsoleBot() {
  const termsDir = writeLinkedTermsDir({ rlhf: { title: 'RLHF', summary: 'The old answer about RLHF.' } });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'glossary-data-'));
  const input = new PassThrough();
  const output = new PassThrough();
  let chat = '';
  output.on('data', (chunk: Buffer) => {
    chat += chunk.toString();
  });
  const logs: string[] = [];
  app = await startBot({
    env: { TERMS_DIR: termsDir, DATABASE_PATH: path.join(dataDir, 'glossary.db'), HEALTH_PORT: '0', LOG_LEVEL: 'info' },
    io: { input, output },
    logDestination: { write: (line: string) => void logs.push(line) },
    pollMs: 50,
  });
  const base = `http://127.0.0.1:${app.healthPort}`;
  /** Sends one line to the console chat and returns what it printed for it. */
  const ask = async (line: string) => {
    const before = chat.length;
    input.write(`${line}\n`);
    await eventually(`an answer to "${line}"`, () => chat.length > before && chat.endsWith('\n\n'));
    return chat.slice(before);
  };
  return { app, termsDir, dataDir, logs, base, ask, input };
}

function editTerm(dir: string, slug: string, change: (fields: Record<string, unknown>) => void): void {
  const file = path.join(dir, `${slug}.yaml`);
  const fields = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  change(fields);
  writeFileSync(file, stringify(fields));
}

describe('startBot (console run)', () => {
  it('GIVEN HEALTH_PORT is taken THEN starting fails with a message naming it', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, resolve));
    const { port } = blocker.address() as AddressInfo;
    const dataDir = mkdtempSync(path.join(tmpdir(), 'glossary-data-'));
    try {
      const starting = startBot({
        env: {
          TERMS_DIR: writeLinkedTermsDir(),
          DATABASE_PATH: path.join(dataDir, 'glossary.db'),
          HEALTH_PORT: String(port),
          LOG_LEVEL: 'silent',
        },
        io: { input: new PassThrough(), output: new PassThrough() },
      });
      await expect(starting).rejects.toThrow(`Cannot serve health checks on HEALTH_PORT ${port} (EADDRINUSE)`);
    } finally {
      blocker.close();
    }
  });

  it('GIVEN HEALTH_PORT THEN /healthz reports the store and the glossary with its term count and hash', async () => {
    const { base, termsDir } = await startConsoleBot();
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    const report = (await res.json()) as { ok: boolean; store: { ok: boolean }; glossary: Record<string, unknown> };
    expect(report.ok).toBe(true);
    expect(report.store.ok).toBe(true);
    expect(report.glossary).toMatchObject({ terms: 4, contentHash: (await validateTermsDir(termsDir)).contentHash });
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    expect((await fetch(`${base}/nothing-here`)).status).toBe(404);
  });

  it('GIVEN a stop THEN readiness ends, the health server closes and the stop is clean', async () => {
    const { app, base, logs } = await startConsoleBot();
    await expect(app.stop('SIGTERM')).resolves.toBe(true);
    await expect(app.stopped).resolves.toBe(true);
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
    expect(logs.some((l) => l.includes('"msg":"Stopped"'))).toBe(true);
  });

  it('GIVEN console lookups THEN hits and misses are recorded for glossary stats', async () => {
    const { app, ask, dataDir } = await startConsoleBot();
    await ask('what is RLHF?');
    await ask('zzqx vvkp');
    await ask('help');
    await app.stop('test over');
    const store = await openStore(path.join(dataDir, 'glossary.db'), {});
    const stats = await store.usageStats(new Date(0), 10);
    await store.close();
    expect(stats.lookups).toBe(2);
    expect(stats.topTerms).toEqual([{ slug: 'rlhf', count: 1 }]);
    expect(stats.topMisses).toEqual([{ query: 'zzqx vvkp', count: 1 }]);
  });

  it('GIVEN no credentials and no terminal THEN a warning says the console chat runs instead', async () => {
    const { logs } = await startConsoleBot();
    const warning = logs.map((l) => JSON.parse(l)).find((l) => l.msg.includes('No SLACK_BOT_TOKEN or DISCORD_TOKEN'));
    expect(warning).toMatchObject({ level: 40 });
  });

  it('GIVEN the end of console input THEN the bot stops by itself, cleanly', async () => {
    const { app, input } = await startConsoleBot();
    input.end();
    await expect(app.stopped).resolves.toBe(true);
  });

  it('GIVEN a good edit and then a broken one THEN the chat answers the new text, then keeps it', async () => {
    const { termsDir, logs, ask, base } = await startConsoleBot();
    expect(await ask('rlhf')).toContain('The old answer about RLHF.');

    editTerm(termsDir, 'rlhf', (t) => {
      t.summary = 'The new answer about RLHF.';
    });
    await eventually('the reload', () => logs.some((l) => l.includes('Glossary reloaded')));
    expect(await ask('rlhf')).toContain('The new answer about RLHF.');

    editTerm(termsDir, 'rlhf', (t) => {
      t.summary = 'A broken edit.';
      t.related = 'not a list';
    });
    await eventually('the problem in the log', () => logs.some((l) => /rlhf\.yaml:\d+:\d+ related: /.test(l)));
    expect(await ask('rlhf')).toContain('The new answer about RLHF.');
    const report = (await (await fetch(`${base}/healthz`)).json()) as { glossary: { rejectedEdit?: unknown } };
    expect(report.glossary.rejectedEdit).toMatchObject({ problems: expect.any(Number) });
  });
});
