import type { DayUsage as DailyUsage } from '../../store/daily-usage.js';
import type { UsageStats } from '../../store/store.js';
import { renderUsageChart } from './chart.js';
import { html, type RawHtml } from './escape.js';
import { renderPage } from './layout.js';

export interface StatsPageOptions {
  stats: UsageStats;
  days: number;
  daily: readonly DailyUsage[];
  /** Relative path to the site root from where the page is served. */
  root: string;
}

const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((100 * part) / whole)}%`);

/** The maintainer view: what `glossary stats` prints, plus a chart of lookups and misses per day. */
export function renderStatsPage(options: StatsPageOptions): string {
  const { stats, days, daily } = options;
  const sent = stats.postsSent.reduce((sum, p) => sum + p.count, 0);
  const main = html`<h1>Usage</h1>
<p class="lead">The last ${days} day(s), since ${stats.since.toISOString().slice(0, 10)}: ${stats.lookups} lookups, ${stats.misses} not found (${percent(stats.misses, stats.lookups)}).</p>
<section aria-labelledby="h-chart"><h2 id="h-chart">Lookups per day</h2>${renderUsageChart(daily)}</section>
${table(
  'top',
  'Most looked-up terms',
  ['Term', 'Lookups'],
  stats.topTerms.map((t) => [t.slug, String(t.count)]),
  'None yet.',
)}
${table(
  'misses',
  'Most frequent misses',
  ['Asked for', 'Times'],
  stats.topMisses.map((m) => [m.query, String(m.count)]),
  'None.',
  'Asked for and not found: candidates for new terms or aliases.',
)}
${table(
  'helpful',
  'Helpfulness',
  ['Term', 'Helpful', 'Not helpful', 'Share helpful'],
  stats.helpfulness.map((h) => [h.slug, String(h.up), String(h.down), percent(h.up, h.up + h.down)]),
  'No votes yet.',
)}
${table(
  'posts',
  `Daily posts sent: ${sent}`,
  ['Platform', 'Channel', 'Posts'],
  stats.postsSent.map((p) => [p.platform, p.channelId, String(p.count)]),
  'None.',
)}`;
  return renderPage({ title: 'Usage', description: 'Glossary usage for maintainers.', root: options.root, main });
}

function table(
  id: string,
  heading: string,
  columns: string[],
  rows: string[][],
  empty: string,
  note?: string,
): RawHtml {
  return html`<section aria-labelledby="h-${id}">
<h2 id="h-${id}">${heading}</h2>
${note ? html`<p>${note}</p>` : undefined}
${
  rows.length === 0
    ? html`<p>${empty}</p>`
    : html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="h-${id}"><table>
<thead><tr>${columns.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
<tbody>${rows.map((r) => html`<tr>${r.map((cell, i) => (i === 0 ? html`<th scope="row">${cell}</th>` : html`<td>${cell}</td>`))}</tr>`)}</tbody>
</table></div>`
}
</section>`;
}
