import type { Difficulty } from '../../glossary/schema.js';
import type { TermReply } from '../../replies.js';
import { html, type RawHtml } from './escape.js';
import { renderPage } from './layout.js';
import { rootFor, SITE_PATHS } from './paths.js';
import { voteForm } from './vote-form.js';

export interface TermPageOptions {
  /** Whether a slug is a term of this glossary, to link the comparison's other side when it is. */
  hasTerm: (slug: string) => boolean;
  /** Show the *Helpful?* vote form: only when a bot receives the votes (not on a static site). */
  votes: boolean;
}

const LEVELS: Record<Difficulty, string> = { beginner: 'Beginner', intermediate: 'Intermediate', advanced: 'Advanced' };

/** The difficulty as a badge; the coloured dot (CSS, not an emoji font) is decoration, the word carries the meaning. */
export function difficultyBadge(difficulty: Difficulty): RawHtml {
  return html`<span class="badge badge-${difficulty}"><span class="dot" aria-hidden="true"></span>${LEVELS[difficulty]}</span>`;
}

/**
 * A term's full page, every section in reading order: title, difficulty, categories, summary, explanation,
 * examples, the at-a-glance table, why it matters, where it's used, myth → reality, example sentences,
 * related terms, sources, and the *Helpful?* vote.
 */
export function renderTermPage(reply: TermReply, options: TermPageOptions): string {
  const { term } = reply;
  const root = rootFor(SITE_PATHS.term(term.slug));
  const termHref = (slug: string) => `${root}${SITE_PATHS.term(slug)}`;
  const list = (items: readonly string[]) => html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>`;
  const { comparison } = term;
  const other =
    comparison.slug && comparison.slug !== term.slug && options.hasTerm(comparison.slug) ? comparison.slug : undefined;
  const against = other ? html`<a href="${termHref(other)}">${comparison.against}</a>` : html`${comparison.against}`;
  const sideBySide = other
    ? html`<p class="compare-link"><a href="${root}${SITE_PATHS.compare(term.slug, other)}">${term.title} and ${comparison.against} side by side</a></p>`
    : undefined;
  const main = html`<article class="term">
<header class="term-header">
<h1>${term.title}</h1>
${term.aliases.length > 0 ? html`<p class="aliases">Also called: ${term.aliases.join(', ')}</p>` : undefined}
<p class="meta">${difficultyBadge(term.difficulty)} ${term.categories.map((c) => html`<span class="category">${c}</span>`)}</p>
<p class="summary">${term.summary}</p>
</header>
${section('explanation', 'In plain words', html`<p>${term.explanation}</p>`)}
${section('examples', 'Examples', html`<ul class="scenarios">${term.examples.map((e) => html`<li>${e}</li>`)}</ul>`)}
${section(
  'glance',
  'At a glance',
  html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="h-glance">
<table>
<caption>${term.title} compared with ${against}</caption>
<thead><tr><th scope="col">Aspect</th><th scope="col">${term.title}</th><th scope="col">${comparison.against}</th></tr></thead>
<tbody>
${comparison.rows.map((row) => html`<tr><th scope="row">${row.aspect}</th><td>${row.this}</td><td>${row.other}</td></tr>`)}
</tbody>
</table>
</div>
${sideBySide}`,
)}
${section('why', 'Why it matters', list(term.whyItMatters))}
${section('where', "Where it's used", list(term.whereUsed))}
${section(
  'mistakes',
  'Common misconceptions',
  html`<dl class="myths">${term.misconceptions.map(
    (m) =>
      html`<div class="myth"><dt><span class="label">Myth</span> ${m.myth}</dt><dd><span class="label">Reality</span> ${m.reality}</dd></div>`,
  )}</dl>`,
)}
${section('say', 'How to say it', html`<ul class="sentences">${term.sentences.map((s) => html`<li><q>${s}</q></li>`)}</ul>`)}
${
  reply.related.length > 0
    ? section(
        'next',
        'Curious about more?',
        html`<ul class="related">${reply.related.map(
          (r) =>
            html`<li><a class="related-link" href="${termHref(r.slug)}">${r.title}</a> <span class="note">${r.note}</span></li>`,
        )}</ul>`,
      )
    : undefined
}
${
  term.sources && term.sources.length > 0
    ? section(
        'sources',
        'Sources',
        html`<ul>${term.sources.map((s) => html`<li><a href="${s.url}" rel="external noopener">${s.title}</a></li>`)}</ul>`,
      )
    : undefined
}
${options.votes ? voteForm(term.slug, root) : undefined}
</article>`;
  return renderPage({
    title: term.title,
    description: term.summary,
    root,
    main,
    scripts: options.votes ? [SITE_PATHS.script] : [],
  });
}

function section(id: string, heading: string, body: RawHtml): RawHtml {
  return html`<section class="section section-${id}" aria-labelledby="h-${id}">
<h2 id="h-${id}">${heading}</h2>
${body}
</section>`;
}
