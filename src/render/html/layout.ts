import { html, type RawHtml } from './escape.js';
import { SITE_PATHS } from './paths.js';

/** Name shown in every page header and title. */
export const SITE_NAME = 'AI Glossary';

export interface PageOptions {
  /** The page's own title; the site name is appended. */
  title: string;
  /** One-sentence description for search engines and link previews. */
  description: string;
  /** Relative path to the site root from this page (`./`, `../../`). */
  root: string;
  main: RawHtml;
  /** Site-relative scripts to load (deferred), in order. */
  scripts?: readonly string[];
  /** Site-relative address of the page's one canonical URL, when it can be reached by several. */
  canonical?: string;
  /** Marks the current page in the header navigation. */
  current?: 'home';
}

/** The shell every page shares: head, skip link, header, main, footer. Works without JavaScript. */
export function renderPage(options: PageOptions): string {
  const { root } = options;
  const scripts = (options.scripts ?? []).map((src) => html`<script src="${root}${src}" defer></script>`);
  const title = options.title === SITE_NAME ? SITE_NAME : `${options.title} · ${SITE_NAME}`;
  const page = html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<link rel="icon" href="data:,">
<title>${title}</title>
<meta name="description" content="${options.description}">
${options.canonical === undefined ? undefined : html`<link rel="canonical" href="${root}${options.canonical}">`}
<link rel="stylesheet" href="${root}${SITE_PATHS.stylesheet}">
${scripts}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site-header">
<a class="site-name" href="${root}${SITE_PATHS.home}"${options.current === 'home' ? html` aria-current="page"` : ''}>${SITE_NAME}</a>
</header>
<main id="main">
${options.main}
</main>
<footer class="site-footer">
<p>Plain-language explanations of AI vocabulary. <a href="${root}${SITE_PATHS.json}">All terms as JSON</a></p>
</footer>
</body>
</html>
`;
  return `<!doctype html>\n${page.value}`;
}
