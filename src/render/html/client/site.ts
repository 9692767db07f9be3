/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The site's one script, bundled for browsers by scripts/bundle-site-script.mjs. Pages work without it;
// it adds search-as-you-type on the home page (with the bot's own lookup) and background voting.
import { Glossary } from '../../../glossary/glossary.js';
import type { Term } from '../../../glossary/schema.js';
import { searchGlossary } from '../../../search.js';

declare global {
  interface Window {
    /** Every term, set by glossary.js (a script, so it loads from disk too). */
    GLOSSARY_TERMS?: Term[];
  }
}

function setUpSearch(): void {
  const list = document.querySelector<HTMLUListElement>('[data-terms]');
  const input = document.querySelector<HTMLInputElement>('#q');
  const field = document.querySelector<HTMLElement>('[data-search]');
  const form = document.querySelector<HTMLFormElement>('[data-filters]');
  const category = document.querySelector<HTMLSelectElement>('#f-category');
  const difficulty = document.querySelector<HTMLSelectElement>('#f-difficulty');
  const count = document.querySelector<HTMLElement>('[data-count]');
  const empty = document.querySelector<HTMLElement>('[data-empty]');
  const terms = window.GLOSSARY_TERMS;
  if (!list || !input || !field || !form || !category || !difficulty || !count || !empty || !terms) return;
  const glossary = new Glossary(terms);
  const original = [...list.querySelectorAll<HTMLLIElement>('li[data-slug]')];
  const bySlug = new Map(original.map((li) => [li.dataset.slug ?? '', li]));
  // The description index (for "when a model makes things up") costs a few hundred ms to build on a phone: build
  // it while the page is idle, so the first description typed does not wait for it.
  const warm = () => void glossary.descriptions;
  if ('requestIdleCallback' in window) requestIdleCallback(warm, { timeout: 3000 });
  else setTimeout(warm, 500);
  const update = () => {
    const query = input.value;
    const ranked =
      query.trim() === '' ? original : searchGlossary(glossary, query).flatMap((ref) => bySlug.get(ref.slug) ?? []);
    const matched = new Set(ranked);
    list.replaceChildren(...ranked, ...original.filter((li) => !matched.has(li)));
    let visible = 0;
    for (const li of original) {
      const show =
        matched.has(li) &&
        (category.value === '' || (li.dataset.categories ?? '').includes(`|${category.value}|`)) &&
        (difficulty.value === '' || li.dataset.difficulty === difficulty.value);
      li.hidden = !show;
      if (show) visible++;
    }
    count.textContent = `${visible} ${visible === 1 ? 'term' : 'terms'}`;
    empty.hidden = visible > 0;
  };
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  field.hidden = false;
  input.addEventListener('input', update);
  category.addEventListener('change', update);
  difficulty.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const first = original.find((li) => !li.hidden && li === list.firstElementChild);
    first?.querySelector('a')?.focus();
  });
  update();
}

function setUpVotes(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-vote]');
  const status = document.querySelector<HTMLElement>('.vote-status');
  if (!form || !status) return;
  const buttons = [...form.querySelectorAll<HTMLButtonElement>('button[name="vote"]')];
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = (event.submitter as HTMLButtonElement | null) ?? buttons[0];
    const body = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
    body.set('vote', chosen?.value ?? 'up');
    try {
      const res = await fetch(form.action, { method: 'POST', body, headers: { accept: 'application/json' } });
      const data = (await res.json()) as { message?: string };
      status.textContent = data.message ?? 'Thanks!';
      if (res.ok) for (const b of buttons) b.setAttribute('aria-pressed', String(b === chosen));
    } catch {
      status.textContent = 'Sorry, your vote could not be sent. Please try again in a moment.';
    }
  });
}

setUpSearch();
setUpVotes();
