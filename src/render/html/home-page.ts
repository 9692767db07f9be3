import { CATEGORIES, DIFFICULTIES, type Term } from '../../glossary/schema.js';
import { html } from './escape.js';
import { renderPage, SITE_NAME } from './layout.js';
import { SITE_PATHS } from './paths.js';
import { difficultyBadge } from './term-page.js';

export interface HomePageOptions {
  /** Today's term, shown in its own panel. */
  today?: Term;
}

const LEVEL_NAMES = { beginner: 'Beginner', intermediate: 'Intermediate', advanced: 'Advanced' } as const;

/** The `data-categories` value of a term: each category between bars, so CSS can match one with `*="|…|"`. */
export function categoryKey(categories: readonly string[]): string {
  return `|${categories.join('|')}|`;
}

/**
 * The home page: today's term and every term, alphabetically, filterable by category and difficulty (plain
 * CSS, so it works without JavaScript) and searchable as you type (the site script, with the bot's lookup).
 */
export function renderHomePage(terms: readonly Term[], options: HomePageOptions = {}): string {
  const root = './';
  const collator = new Intl.Collator('en');
  const sorted = [...terms].sort((a, b) => collator.compare(a.title, b.title));
  const href = (slug: string) => `${root}${SITE_PATHS.term(slug)}`;
  const { today } = options;
  const main = html`<h1>${SITE_NAME}</h1>
<p class="lead">${terms.length} AI terms explained in plain words, with examples, comparisons and common myths.</p>
${
  today
    ? html`<section class="today" aria-labelledby="h-today">
<h2 id="h-today">Term of the day</h2>
<p class="today-title"><a href="${href(today.slug)}">${today.title}</a> ${difficultyBadge(today.difficulty)}</p>
<p>${today.summary}</p>
</section>`
    : undefined
}
<section class="all-terms" aria-labelledby="h-terms">
<h2 id="h-terms">All terms</h2>
<form class="filters" role="search" aria-label="Find a term" data-filters>
<div class="field field-search" data-search hidden>
<label for="q">Search</label>
<input id="q" name="q" type="search" autocomplete="off" spellcheck="false" placeholder="Try “rlhf” or “kv cashe”">
</div>
<div class="field">
<label for="f-category">Category</label>
<select id="f-category" name="category">
<option value="">All categories</option>
${CATEGORIES.map((c) => html`<option value="${c}">${c}</option>`)}
</select>
</div>
<div class="field">
<label for="f-difficulty">Difficulty</label>
<select id="f-difficulty" name="difficulty">
<option value="">All levels</option>
${DIFFICULTIES.map((d) => html`<option value="${d}">${LEVEL_NAMES[d]}</option>`)}
</select>
</div>
</form>
<p class="count" role="status" aria-live="polite" data-count>${terms.length} terms</p>
<ul class="term-list" data-terms>
${sorted.map(
  (
    t,
  ) => html`<li data-slug="${t.slug}" data-difficulty="${t.difficulty}" data-categories="${categoryKey(t.categories)}">
<a class="term-link" href="${href(t.slug)}">${t.title}</a> ${difficultyBadge(t.difficulty)}
<p>${t.summary}</p>
</li>`,
)}
</ul>
<p class="empty" data-empty hidden>No term matches. Try another spelling, or clear the filters.</p>
</section>`;
  return renderPage({
    title: SITE_NAME,
    description: `${terms.length} AI terms explained in plain words.`,
    root,
    main,
    scripts: [SITE_PATHS.data, SITE_PATHS.script],
    current: 'home',
  });
}
