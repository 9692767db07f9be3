import { CATEGORIES, DIFFICULTIES } from '../../glossary/schema.js';
import { categoryKey } from './home-page.js';

/**
 * The filters on the home page work without JavaScript: the selected `<option>` hides the other terms
 * through `:has()`. One rule per category and difficulty, generated from the schema so they never drift.
 */
function filterRules(): string {
  const list = '.term-list > li';
  const rules = [
    ...DIFFICULTIES.map(
      (d) => `main:has(#f-difficulty option[value="${d}"]:checked) ${list}:not([data-difficulty="${d}"])`,
    ),
    ...CATEGORIES.map(
      (c) => `main:has(#f-category option[value="${c}"]:checked) ${list}:not([data-categories*="${categoryKey([c])}"])`,
    ),
  ];
  return `${rules.join(',\n')} { display: none; }`;
}

const BASE = `
:root {
  color-scheme: light dark;
  --bg: #fbfbfa; --fg: #1c1d21; --muted: #4f5561; --accent: #2450c0; --card: #ffffff; --line: #d9dce3;
  --soft: #eef1f8; --lookups: #2450c0; --misses: #c0392b;
  --b-beginner: #e2f4e7; --t-beginner: #145a2c; --b-intermediate: #fbf0c9; --t-intermediate: #614600;
  --b-advanced: #fde3e0; --t-advanced: #8a1b10;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.55;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #121317; --fg: #e8e9ed; --muted: #aab0bc; --accent: #93b2ff; --card: #1b1d23; --line: #343843;
    --soft: #222633; --lookups: #93b2ff; --misses: #ff8a7a;
    --b-beginner: #163822; --t-beginner: #a6e4b9; --b-intermediate: #3a3010; --t-intermediate: #f3d77c;
    --b-advanced: #42191a; --t-advanced: #ffb3a8;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font-size: 1.0625rem; }
a { color: var(--accent); text-underline-offset: 0.15em; }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, [tabindex]:focus-visible {
  outline: 3px solid var(--accent); outline-offset: 2px;
}
.skip { position: absolute; left: -999px; top: 0; padding: 0.5rem 1rem; background: var(--card); }
.skip:focus { left: 0.5rem; top: 0.5rem; z-index: 1; }
.site-header, .site-footer, main { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
.site-header { padding-top: 1rem; padding-bottom: 0.5rem; border-bottom: 1px solid var(--line); }
.site-name { font-weight: 700; text-decoration: none; color: var(--fg); font-size: 1.1rem; }
.site-footer { border-top: 1px solid var(--line); margin-top: 3rem; padding-top: 1rem; padding-bottom: 2rem;
  color: var(--muted); font-size: 0.9rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 1.5rem 0 0.5rem; overflow-wrap: anywhere; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.6rem; }
.lead, .summary { font-size: 1.15rem; }
.summary { font-weight: 600; }
.aliases, .note, .count { color: var(--muted); }
.meta { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; }
.badge, .category { display: inline-block; padding: 0.1rem 0.6rem; border-radius: 999px; font-size: 0.85rem;
  white-space: nowrap; }
.category { background: var(--soft); }
.dot { display: inline-block; width: 0.6em; height: 0.6em; border-radius: 50%; margin-right: 0.35em;
  background: currentColor; vertical-align: 0.05em; }
.badge-beginner { background: var(--b-beginner); color: var(--t-beginner); }
.badge-intermediate { background: var(--b-intermediate); color: var(--t-intermediate); }
.badge-advanced { background: var(--b-advanced); color: var(--t-advanced); }
.scenarios { list-style: none; padding: 0; display: grid; gap: 0.6rem; }
.scenarios li { background: var(--card); border: 1px solid var(--line); border-left: 4px solid var(--accent);
  border-radius: 6px; padding: 0.6rem 0.9rem; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; background: var(--card); font-size: 0.95rem; }
caption { text-align: left; color: var(--muted); padding-bottom: 0.4rem; }
th, td { border: 1px solid var(--line); padding: 0.45rem 0.6rem; text-align: left; vertical-align: top;
  overflow-wrap: break-word; hyphens: auto; }
.section-glance table { table-layout: fixed; }
.section-glance thead th:first-child { width: 26%; }
thead th { background: var(--soft); }
tbody th { font-weight: 600; }
.myths { margin: 0; display: grid; gap: 0.7rem; }
.myth { background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: 0.6rem 0.9rem; }
.myth dt, .myth dd { margin: 0; }
.myth dt { color: var(--muted); font-style: italic; margin-bottom: 0.3rem; }
.myth .label { display: inline-block; font-style: normal; font-weight: 700; font-size: 0.8rem;
  text-transform: uppercase; letter-spacing: 0.04em; margin-right: 0.3rem; }
.myth dt .label { color: var(--t-advanced); }
.myth dd .label { color: var(--t-beginner); }
.myth dd::before { content: "→ "; color: var(--accent); font-weight: 700; }
.sentences q { font-style: italic; }
.related { list-style: none; padding: 0; display: flex; flex-direction: column; gap: 0.5rem; }
.related-link { display: inline-block; padding: 0.35rem 0.9rem; border: 1px solid var(--accent); border-radius: 999px;
  text-decoration: none; font-weight: 600; margin-right: 0.4rem; }
.related-link:hover { background: var(--soft); }
.sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 0.8rem; }
.side { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 0 1rem 0.4rem; }
.side h2 { margin-top: 0.8rem; }
.compare-link { margin-top: 0.6rem; font-weight: 600; }
.vote form { display: flex; gap: 0.6rem; flex-wrap: wrap; }
button { font: inherit; padding: 0.45rem 1rem; border-radius: 6px; border: 1px solid var(--line);
  background: var(--card); color: var(--fg); cursor: pointer; min-height: 44px; }
button:hover { border-color: var(--accent); }
button[aria-pressed="true"] { border-color: var(--accent); background: var(--soft); }
.today { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 0.2rem 1rem 0.4rem; }
.today h2 { margin-top: 0.8rem; font-size: 1rem; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); }
.today-title { font-size: 1.3rem; font-weight: 700; margin: 0.2rem 0; }
.filters { display: flex; flex-wrap: wrap; gap: 0.8rem; margin-bottom: 0.5rem; }
.field { display: flex; flex-direction: column; gap: 0.2rem; flex: 1 1 10rem; }
.field-search { flex-basis: 100%; }
.field label { font-weight: 600; font-size: 0.9rem; }
.field [hidden], [hidden] { display: none !important; }
input, select { font: inherit; padding: 0.5rem 0.6rem; border: 1px solid var(--muted); border-radius: 6px;
  background: var(--card); color: var(--fg); min-height: 44px; width: 100%; }
.term-list { list-style: none; padding: 0; margin: 0; }
.term-list > li { padding: 0.7rem 0; border-bottom: 1px solid var(--line); }
.term-list p { margin: 0.2rem 0 0; color: var(--muted); }
.term-link { font-weight: 700; font-size: 1.1rem; margin-right: 0.3rem; }
.chart { margin: 0; }
.chart svg { width: 100%; height: auto; }
.chart text { fill: var(--muted); font-size: 12px; }
.chart .axis { stroke: var(--line); }
.bar-lookups, .key-lookups { fill: var(--lookups); background: var(--lookups); }
.bar-misses, .key-misses { fill: var(--misses); background: var(--misses); }
.key { display: inline-block; width: 0.8em; height: 0.8em; margin-left: 0.6rem; }
@media (max-width: 30rem) {
  h1 { font-size: 1.6rem; }
  table { font-size: 0.85rem; }
  th, td { padding: 0.35rem 0.4rem; }
  .section-glance thead th:first-child { width: 28%; }
}
`;

/** The site's one stylesheet: light and dark schemes, phone and desktop, no external fonts. */
export function renderStylesheet(): string {
  return `${BASE.trim()}\n${filterRules()}\n`;
}
