// Bundles the web glossary's browser script (src/render/html/client/site.ts, with the bot's lookup and
// fuse.js) into dist/site/site.js. Run by `npm run build`; tests and `npm run dev` call bundleSiteScript().
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ENTRY = fileURLToPath(new URL('../src/render/html/client/site.ts', import.meta.url));
const OUTPUT = fileURLToPath(new URL('../dist/site/site.js', import.meta.url));

/** The minified browser bundle as text. */
export async function bundleSiteScript() {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    write: false,
  });
  return result.outputFiles[0].text;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await mkdir(path.dirname(OUTPUT), { recursive: true });
  await writeFile(OUTPUT, await bundleSiteScript());
}
