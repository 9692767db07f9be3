/** The web glossary: pure renderers from core data to HTML pages, the stylesheet and the browser script. */
export { renderUsageChart } from './chart.js';
export { type ComparisonPageOptions, renderComparisonPage } from './comparison-page.js';
export { escapeHtml, safeJson } from './escape.js';
export { renderHomePage } from './home-page.js';
export { SITE_NAME } from './layout.js';
export { renderMessagePage } from './message-page.js';
export { rootFor, SITE_PATHS } from './paths.js';
export { loadSiteScript } from './site-script.js';
export { renderStatsPage } from './stats-page.js';
export { renderStylesheet } from './stylesheet.js';
export { renderTermPage, type TermPageOptions } from './term-page.js';
