import type { Term } from '../../glossary/schema.js';
import type { ComparisonReply } from '../../replies.js';
import { comparisonKey } from '../ids.js';
import { html } from './escape.js';
import { renderPage } from './layout.js';
import { rootFor, SITE_PATHS } from './paths.js';
import { difficultyBadge } from './term-page.js';
import { voteForm } from './vote-form.js';

export interface ComparisonPageOptions {
  /** Show the *Helpful?* vote form: only when a bot receives the votes (not on a static site). */
  votes: boolean;
}

/**
 * Two terms side by side, from the core's comparison reply (the rows a "X vs Y" question gets): both titles
 * with difficulty and summary, linked to their pages, the rows as a table, and a *Helpful?* vote on the pair.
 */
export function renderComparisonPage(reply: ComparisonReply, options: ComparisonPageOptions): string {
  const { left, right } = reply;
  const root = rootFor(SITE_PATHS.compare(left.slug, right.slug));
  const termHref = (term: Term) => `${root}${SITE_PATHS.term(term.slug)}`;
  const side = (term: Term, id: string) => html`<section class="side" aria-labelledby="h-${id}">
<h2 id="h-${id}"><a href="${termHref(term)}">${term.title}</a></h2>
<p class="meta">${difficultyBadge(term.difficulty)}</p>
<p>${term.summary}</p>
</section>`;
  const source =
    reply.rowsFrom === 'entries'
      ? 'Side by side, from both entries.'
      : `From the ${reply.rowsFrom === 'left' ? left.title : right.title} entry’s own comparison.`;
  const title = `${left.title} vs ${right.title}`;
  const main = html`<article class="comparison">
<h1>${title}</h1>
<div class="sides">
${side(left, 'left')}
${side(right, 'right')}
</div>
<section class="section section-glance" aria-labelledby="h-glance">
<h2 id="h-glance">At a glance</h2>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="h-glance">
<table>
<caption>${left.title} compared with ${right.title}. ${source}</caption>
<thead><tr><th scope="col">Aspect</th><th scope="col">${left.title}</th><th scope="col">${right.title}</th></tr></thead>
<tbody>
${reply.rows.map((row) => html`<tr><th scope="row">${row.aspect}</th><td>${row.left}</td><td>${row.right}</td></tr>`)}
</tbody>
</table>
</div>
</section>
<section class="section section-entries" aria-labelledby="h-entries">
<h2 id="h-entries">Read the full entries</h2>
<ul class="related">
<li><a class="related-link" href="${termHref(left)}">${left.title}</a></li>
<li><a class="related-link" href="${termHref(right)}">${right.title}</a></li>
</ul>
</section>
${options.votes ? voteForm(comparisonKey(left.slug, right.slug), root) : undefined}
</article>`;
  return renderPage({
    title,
    description: `${left.title} and ${right.title} compared: ${left.summary}`,
    root,
    main,
    canonical: SITE_PATHS.compareDir(left.slug, right.slug),
    scripts: options.votes ? [SITE_PATHS.script] : [],
  });
}
