import { type ChildProcessWithoutNullStreams, execFile, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { promisify } from 'node:util';

/** The production start command, as the Dockerfile runs it. */
export const START_COMMAND = ['dist/adapters/main.js'];

/** Builds dist/ exactly as the image does (`npm run build`); fails with the compiler's output. */
export async function buildDist(): Promise<void> {
  try {
    await promisify(execFile)('npm', ['run', 'build'], { maxBuffer: 10 * 1024 * 1024 });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`npm run build failed:\n${stdout ?? ''}${stderr ?? ''}`);
  }
}

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A running `node dist/adapters/main.js` with its output collected. */
export interface BotProcess {
  child: ChildProcessWithoutNullStreams;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  /** Waits until a stderr line (a JSON log line, or a plain message) contains `text`. */
  waitForLog(text: string): Promise<void>;
}

/** The development entry through tsx (no build needed, so it cannot race a test that rebuilds dist/). */
export const DEV_COMMAND = ['--import', 'tsx', 'adapters/main.ts'];

/** Starts the production entry (or `args`) with only `env` (plus PATH); stdin stays open until the test ends it. */
export function startBotProcess(env: Record<string, string>, args: readonly string[] = START_COMMAND): BotProcess {
  const child = spawn(process.execPath, args, {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  let done = false;
  void exited.then(() => {
    done = true;
  });
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    async waitForLog(text) {
      const deadline = Date.now() + 30_000;
      while (!err.includes(text)) {
        if (done || Date.now() > deadline) throw new Error(`no log line with "${text}"; stderr was:\n${err}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  };
}

/** Polls an HTTP endpoint until it answers `status`. */
export async function waitForStatus(url: string, status: number, timeoutMs = 15_000): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await fetch(url).catch(() => undefined);
    if (res?.status === status) return res;
    if (Date.now() > deadline) throw new Error(`${url} did not answer ${status} (last: ${res?.status ?? 'no answer'})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
