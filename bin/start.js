#!/usr/bin/env node
// `npm start`: runs the compiled bot, compiling first only when a source file is newer than its output in dist/
// (a check of a few hundred file times, a few milliseconds). `npm run dev` runs the sources directly instead.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_DIRS = ['src', 'adapters'];
const CONFIGS = ['tsconfig.json', 'tsconfig.build.json'];
/** Sources bundled for the browser rather than compiled to dist/ one by one. */
const CLIENT_DIR = path.join('src', 'render', 'html', 'client');

const mtime = (file) => statSync(file, { throwIfNoEntry: false })?.mtimeMs;

/** Every TypeScript source below `dir`, relative to the project root. */
function sourcesIn(dir) {
  return readdirSync(path.join(root, dir), { recursive: true })
    .map((name) => path.join(dir, String(name)))
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'));
}

/** Why dist/ must be rebuilt, or undefined when it is current. */
function staleReason() {
  const entry = mtime(path.join(root, 'dist', 'adapters', 'main.js'));
  if (entry === undefined) return 'dist/ has not been built yet';
  // The browser script is bundled (not compiled file by file) from src/render/html/client into dist/site/site.js.
  const siteScript = mtime(path.join(root, 'dist', 'site', 'site.js'));
  if (siteScript === undefined) return 'the web page script is missing';
  const config = CONFIGS.find((name) => (mtime(path.join(root, name)) ?? 0) > entry);
  if (config) return `${config} changed`;
  for (const source of SOURCE_DIRS.flatMap(sourcesIn)) {
    if (source.startsWith(CLIENT_DIR)) {
      if (siteScript < (mtime(path.join(root, source)) ?? 0)) return `${source} changed`;
      continue;
    }
    const output = mtime(path.join(root, 'dist', source.replace(/\.ts$/, '.js')));
    if (output === undefined || output < (mtime(path.join(root, source)) ?? 0)) return `${source} changed`;
  }
  return undefined;
}

// A deployment without sources (the Docker image) runs dist/ as it is.
const reason = existsSync(path.join(root, 'src')) ? staleReason() : undefined;
if (reason) {
  process.stderr.write(`Compiling TypeScript first (${reason})…\n`);
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  try {
    execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
    // The web pages' search script is bundled from the same sources (see scripts/bundle-site-script.mjs).
    execFileSync(process.execPath, ['scripts/bundle-site-script.mjs'], { cwd: root, stdio: 'inherit' });
  } catch {
    process.stderr.write('The TypeScript build failed (see above); fix it, or use "npm run dev".\n');
    process.exit(1);
  }
}
await import('../dist/adapters/main.js');
