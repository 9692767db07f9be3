import { loadGlossary } from '../../../src/glossary/load-glossary.js';
import { linkedPairs } from '../../../src/site/site-files.js';
import { writeSite } from '../../../src/site/write-site.js';
import { type CliCommand, termsDirFrom, UsageError } from '../command.js';

/** Builds `glossary site`; tests inject the clock (it picks the home page's term of the day). */
export function createSiteCommand(deps: { now?: () => Date } = {}): CliCommand {
  return {
    name: 'site',
    usage: 'site build <dir>',
    summary: 'Write the glossary as a static web site (open index.html, or put the folder on any host)',
    async run(args, ctx) {
      const [action, dir, ...extra] = args.positionals;
      if (action !== 'build' || !dir || extra.length > 0) {
        throw new UsageError('Say where to write the site, for example: glossary site build out');
      }
      const started = performance.now();
      const glossary = await loadGlossary(termsDirFrom(ctx.env));
      const files = await writeSite(glossary, dir, { votes: false, now: (deps.now ?? (() => new Date()))() });
      const ms = Math.round(performance.now() - started);
      const pairs = linkedPairs(glossary).length;
      ctx.stdout(
        `Wrote ${glossary.size} term pages, ${pairs} compare pages (${files} files) to ${dir} in ${ms} ms. Open ${dir}/index.html.`,
      );
      return 0;
    },
  };
}

/** `glossary site build <dir>`: the static web glossary. */
export const siteCommand = createSiteCommand();
