import { readFile } from 'node:fs/promises';
import { UserError } from '../../errors.js';

/** Where `npm run build` writes the bundle: dist/site/site.js, three folders up from this file in dist/. */
const PREBUILT = new URL('../../../site/site.js', import.meta.url);
/** The bundler, for runs from the TypeScript sources (tests, `npm run dev`), where no bundle was built. */
const BUNDLER = new URL('../../../scripts/bundle-site-script.mjs', import.meta.url);

let loaded: Promise<string> | undefined;

/** The browser script (search-as-you-type and voting): the prebuilt bundle, else bundled now with esbuild. */
export function loadSiteScript(): Promise<string> {
  loaded ??= readFile(PREBUILT, 'utf8').catch(async () => {
    try {
      const bundler = (await import(BUNDLER.href)) as { bundleSiteScript(): Promise<string> };
      return await bundler.bundleSiteScript();
    } catch (error) {
      loaded = undefined;
      throw new UserError(
        'The web glossary script is missing (dist/site/site.js). Run `npm run build` to create it.',
        'site_script',
        { cause: error },
      );
    }
  });
  return loaded;
}
