import { execFile } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, linkSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { buildSync } from 'esbuild';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

/** The user and group "nobody" on Debian and most Linux distributions. */
export const NOBODY = 65_534;

/** Native packages the bundle loads at run time, copied next to it (the bundler cannot inline a `.node` file). */
const EXTERNAL_PACKAGES = ['better-sqlite3', 'better-sqlite3-napi', 'bindings', 'file-uri-to-path'];

/**
 * A script bundled into a fresh temp folder anyone can read, with the native packages it needs copied beside
 * it, so a child running as another user reads nothing from the checkout. The checkout may live under a
 * private (0700) folder that "nobody" cannot enter.
 */
export function bundleForAnyUser(entry: string): { script: string; node: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'glossary-child-'));
  chmodSync(dir, 0o755);
  const script = path.join(dir, 'child.mjs');
  buildSync({
    entryPoints: [entry],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: EXTERNAL_PACKAGES,
    banner: {
      js: "import { createRequire as bannerRequire } from 'node:module'; const require = bannerRequire(import.meta.url);",
    },
    logLevel: 'silent',
  });
  for (const name of EXTERNAL_PACKAGES) {
    const from = path.dirname(require.resolve(`${name}/package.json`));
    const to = path.join(dir, 'node_modules', name);
    mkdirSync(path.dirname(to), { recursive: true });
    // Sources, docs and build intermediates are not needed to load the addon.
    cpSync(from, to, {
      recursive: true,
      dereference: true,
      filter: (src) => !/[/\\](deps|src|obj|obj\.target)$/.test(src) && !src.endsWith('.a'),
    });
  }
  // Node itself may live in a private folder too (e.g. a cached Node under /root/.cache): link or copy it.
  const node = path.join(dir, 'node');
  try {
    linkSync(process.execPath, node);
  } catch {
    copyFileSync(process.execPath, node);
    chmodSync(node, 0o755);
  }
  return { script, node, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs a bundled script with its Node; as root, as "nobody" (so file permissions apply), from a neutral folder. */
export async function runAsNobody(
  { script, node }: { script: string; node: string },
  args: readonly string[],
  env: Record<string, string | undefined>,
): Promise<string> {
  const asNobody = process.getuid?.() === 0 ? { uid: NOBODY, gid: NOBODY } : {};
  const { stdout } = await run(node, [script, ...args], {
    cwd: path.dirname(script),
    env: { ...process.env, ...env },
    ...asNobody,
  });
  return stdout;
}
