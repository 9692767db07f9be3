import type { DayUsage } from '../../store/daily-usage.js';
import { html, type RawHtml } from './escape.js';

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { top: 16, right: 8, bottom: 28, left: 36 };

/**
 * Lookups and misses per day as an inline SVG bar chart (no chart library, no CDN). Colours come from the
 * stylesheet, so it follows the light or dark scheme; the numbers are also in a table beside it.
 */
export function renderUsageChart(days: readonly DayUsage[]): RawHtml {
  const max = Math.max(1, ...days.map((d) => d.lookups));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(1, days.length);
  const bar = Math.max(1, slot * 0.38);
  const y = (value: number) => PAD.top + plotH - (value / max) * plotH;
  const fmt = (n: number) => n.toFixed(1);
  const bars = days.map((d, i) => {
    const x = PAD.left + i * slot + slot * 0.1;
    const label = i % Math.ceil(days.length / 7) === 0 ? d.date.slice(5) : undefined;
    return html`<g><title>${d.date}: ${d.lookups} lookups, ${d.misses} misses</title>
<rect class="bar-lookups" x="${fmt(x)}" y="${fmt(y(d.lookups))}" width="${fmt(bar)}" height="${fmt(y(0) - y(d.lookups))}"></rect>
<rect class="bar-misses" x="${fmt(x + bar)}" y="${fmt(y(d.misses))}" width="${fmt(bar)}" height="${fmt(y(0) - y(d.misses))}"></rect>
${label ? html`<text x="${fmt(x + bar)}" y="${HEIGHT - 8}" text-anchor="middle">${label}</text>` : undefined}</g>`;
  });
  const total = days.reduce((sum, d) => sum + d.lookups, 0);
  const missed = days.reduce((sum, d) => sum + d.misses, 0);
  return html`<figure class="chart">
<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="Lookups and misses per day: ${total} lookups, ${missed} misses in ${days.length} days">
<line class="axis" x1="${PAD.left}" y1="${fmt(y(0))}" x2="${WIDTH - PAD.right}" y2="${fmt(y(0))}"></line>
<text x="${PAD.left - 6}" y="${fmt(y(max) + 4)}" text-anchor="end">${max}</text>
<text x="${PAD.left - 6}" y="${fmt(y(0))}" text-anchor="end">0</text>
${bars}
</svg>
<figcaption><span class="key key-lookups" aria-hidden="true"></span> Lookups <span class="key key-misses" aria-hidden="true"></span> Misses (not found)</figcaption>
</figure>`;
}
