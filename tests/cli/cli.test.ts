import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CliContext } from '../../adapters/cli/command.js';
import { runCli } from '../../adapters/cli/run.js';
import { runTs } from '../helpers/run-process.js';

/** Runs the CLI in-process with captured output. */
async function cli(args: string[], input = '', env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CliContext = {
    env: { TERMS_DIR: 'terms', ...env },
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    stdinLines: () => createInterface({ input: Readable.from([input]) }),
  };
  const code = await runCli(args, ctx);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('glossary CLI', () => {
  it('GIVEN define with a known term THEN it prints the card and exits 0', async () => {
    const result = await cli(['define', 'what', 'is', 'RLHF?']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Reinforcement learning from human feedback');
  });

  it('GIVEN define --json THEN it prints the reply summary with how it matched', async () => {
    expect(JSON.parse((await cli(['define', 'LLMs', '--json'])).stdout)).toEqual({
      kind: 'term',
      slug: 'large-language-model',
      title: 'Large language model',
      match: 'alias',
      matched: 'LLM',
    });
    const fuzzy = JSON.parse((await cli(['define', 'postraining', '--json'])).stdout);
    expect(fuzzy).toMatchObject({ kind: 'term', slug: 'post-training', match: 'fuzzy' });
    const miss = await cli(['define', 'qwzxv', 'plokm', '--json']);
    expect(miss.code).toBe(1);
    expect(JSON.parse(miss.stdout)).toMatchObject({ kind: 'not-found', query: 'qwzxv plokm' });
  });

  it('GIVEN define --format slack|discord THEN it prints the platform JSON', async () => {
    const slack = JSON.parse((await cli(['define', 'kv-cache', '--format', 'slack'])).stdout);
    expect(slack.text).toContain('KV cache');
    expect(Array.isArray(slack.blocks)).toBe(true);
    const discord = JSON.parse(
      (await cli(['define', 'kv-cache', '--format', 'discord', '--section', 'glance'])).stdout,
    );
    expect(discord.allowed_mentions).toEqual({ parse: [] });
    expect(discord.embeds[0].fields.length).toBeGreaterThan(0);
  });

  it('GIVEN usage mistakes THEN it explains them and exits 2', async () => {
    expect((await cli(['define'])).code).toBe(2);
    expect((await cli(['define', 'rlhf', '--format', 'pdf'])).stderr).toContain('--format must be one of');
    expect((await cli(['define', 'rlhf', '--bogus'])).code).toBe(2);
    expect((await cli(['frobnicate'])).stderr).toContain('Unknown command "frobnicate"');
  });

  it('GIVEN resolve --json THEN each input line gets one JSON line, in order', async () => {
    const result = await cli(['resolve', '--json'], 'LLMs\n\nembeddings\nwhat does KV cache mean?\n');
    const lines = result.stdout.split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.slug ?? l.kind)).toEqual(['large-language-model', 'not-found', 'embedding', 'kv-cache']);
  });

  it('GIVEN search and list THEN they print terms', async () => {
    const search = JSON.parse((await cli(['search', 'atten', '--limit', '5', '--json'])).stdout);
    expect(search[0].slug).toBe('attention-mechanism');
    expect(search.length).toBeLessThanOrEqual(5);
    const list = JSON.parse((await cli(['list', '--json'])).stdout);
    expect(list.length).toBeGreaterThanOrEqual(120);
    expect(list[0]).toHaveProperty('slug');
    expect(list[0]).toHaveProperty('misconceptions');
  });

  it('GIVEN a terms directory that does not exist THEN it says so without a stack trace', async () => {
    const result = await cli(['define', 'rlhf'], '', { TERMS_DIR: '/nonexistent/terms' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Cannot read the terms directory "/nonexistent/terms"');
  });

  it('GIVEN TERMS_DIR left empty (as copied from .env.example) THEN the default folder is used, as the bot does', async () => {
    expect((await cli(['define', 'rlhf'], '', { TERMS_DIR: '' })).code).toBe(0);
    expect((await cli(['search', 'rlhf'], '', { TERMS_DIR: ' ' })).stdout).toContain('(rlhf)');
    expect((await cli(['list'], '', { TERMS_DIR: '' })).code).toBe(0);
    expect((await cli(['resolve', '--json'], 'rlhf\n', { TERMS_DIR: '' })).stdout).toContain('"slug":"rlhf"');
    expect((await cli(['validate'], '', { TERMS_DIR: '' })).code).toBe(0);
  });

  it('GIVEN the real entry point THEN validate passes on the shipped terms', async () => {
    const result = await runTs('adapters/cli/main.ts', ['validate']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/✓ \d+ terms in terms are valid/);
  });
});

describe('glossary CLI settings', () => {
  it('GIVEN a .env in the working directory THEN the CLI reads it, as npm start does', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'glossary-cli-env-'));
    try {
      await writeFile(join(dir, '.env'), `TERMS_DIR=${resolve('terms')}\n`);
      const tsx = pathToFileURL(resolve('node_modules/tsx/dist/loader.mjs')).href;
      const result = await new Promise<{ code: number | null; stdout: string }>((done, fail) => {
        const child = spawn(process.execPath, ['--import', tsx, resolve('adapters/cli/main.ts'), 'search', 'rlhf'], {
          cwd: dir,
          env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test' },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stdout = '';
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
        });
        child.on('error', fail);
        child.on('close', (code) => done({ code, stdout }));
      });
      expect(result.stdout).toContain('(rlhf)');
      expect(result.code).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
