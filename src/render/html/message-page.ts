import type { TermRef } from '../../replies.js';
import { html } from './escape.js';
import { renderPage } from './layout.js';
import { SITE_PATHS } from './paths.js';

export interface MessagePageOptions {
  title: string;
  /** What happened and what to do, one paragraph each. */
  lines: readonly string[];
  /** Relative path to the site root from the address the page is served at. */
  root: string;
  /** Terms to offer instead (the nearest names for a mistyped address). */
  suggestions?: readonly TermRef[];
  /** The page to go back to (after a vote): its title and site-relative path. */
  back?: { title: string; path: string };
}

/** A short page: 404s, a thank-you after a vote sent without JavaScript, a disabled maintainer view. */
export function renderMessagePage(options: MessagePageOptions): string {
  const { root } = options;
  const suggestions = options.suggestions ?? [];
  const main = html`<h1>${options.title}</h1>
${options.lines.map((line) => html`<p>${line}</p>`)}
${
  suggestions.length > 0
    ? html`<h2>Did you mean</h2>
<ul>${suggestions.map((s) => html`<li><a href="${root}${SITE_PATHS.term(s.slug)}">${s.title}</a></li>`)}</ul>`
    : undefined
}
${options.back ? html`<p><a href="${root}${options.back.path}">Back to ${options.back.title}</a></p>` : undefined}
<p><a href="${root}${SITE_PATHS.home}">See every term</a></p>`;
  return renderPage({ title: options.title, description: options.lines[0] ?? options.title, root, main });
}
