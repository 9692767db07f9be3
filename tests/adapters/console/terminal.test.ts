import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** `script` runs a command in a pseudo-terminal, so the bot sees a person at a terminal (util-linux). */
const SCRIPT = '/usr/bin/script';

/** Runs the bot in a terminal, asks one question, leaves, and returns everything the terminal showed. */
function chatInTerminal(env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(SCRIPT, ['-qec', `${process.execPath} --import tsx adapters/main.ts`, '/dev/null'], {
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let screen = '';
    let asked = false;
    let leaving = false;
    const timer = setTimeout(() => child.kill(), 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      screen += chunk.toString();
      if (!asked && screen.includes('you ›')) {
        asked = true;
        child.stdin.write('what is rlhf\r');
      } else if (asked && !leaving && screen.includes('human feedback')) {
        leaving = true;
        setTimeout(() => child.stdin.end('quit\r'), 300);
      }
    });
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(timer);
      resolve(screen);
    });
  });
}

describe.skipIf(!existsSync(SCRIPT))('the console chat in a terminal', () => {
  it('GIVEN a person at a terminal THEN warnings are plain sentences, hints are shown, and no JSON appears', {
    timeout: 40_000,
  }, async () => {
    const terms = mkdtempSync(path.join(tmpdir(), 'glossary-tty-'));
    cpSync('terms', terms, { recursive: true });
    mkdirSync(path.join(terms, 'odd.yaml'));
    const screen = await chatInTerminal({
      TERMS_DIR: terms,
      DATABASE_PATH: path.join(terms, 'glossary.db'),
      GLOSSARY_CACHE_DIR: 'off',
    });
    expect(screen).toContain(`Warning: ${path.join(terms, 'odd.yaml')}: skipped, a folder, not a file`);
    expect(screen).toContain('set SLACK_BOT_TOKEN or DISCORD_TOKEN');
    expect(screen).toContain('Reinforcement learning from human feedback');
    expect(screen).not.toMatch(/\{"level"|"msg":/);
  });
});
