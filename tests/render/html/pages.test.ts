import { describe, expect, it } from 'vitest';
import { termReply } from '../../../src/answer.js';
import { Glossary } from '../../../src/glossary/glossary.js';
import { escapeHtml } from '../../../src/render/html/escape.js';
import {
  renderHomePage,
  renderMessagePage,
  renderStatsPage,
  renderStylesheet,
  renderTermPage,
} from '../../../src/render/html/index.js';
import { makeGlossary, makeTerm } from '../../helpers/terms.js';

const glossary = makeGlossary();
const hasTerm = (slug: string) => glossary.get(slug) !== undefined;

function page(slug: string, votes = false, g: Glossary = glossary): string {
  const reply = termReply(g, slug, 'overview', { kind: 'lookup' });
  if (!reply) throw new Error(`no term ${slug}`);
  return renderTermPage(reply, { hasTerm: (s) => g.get(s) !== undefined, votes });
}

describe('term page', () => {
  it('GIVEN a term THEN every section appears once, in reading order', () => {
    const html = page('post-training');
    const headings = [...html.matchAll(/<h2 id="h-([a-z]+)">([^<]+)<\/h2>/g)].map((m) => m[2]);
    expect(headings).toEqual([
      'In plain words',
      'Examples',
      'At a glance',
      'Why it matters',
      'Where it&#39;s used',
      'Common misconceptions',
      'How to say it',
      'Curious about more?',
    ]);
    expect(html).toContain('<h1>Post-training</h1>');
    expect(html).toMatch(/class="badge badge-intermediate">.*Intermediate<\/span>/);
    expect(html).toContain('<span class="category">LLM &amp; Generative AI</span>');
  });

  it('GIVEN the comparison THEN it is a real table with header cells for both sides and each aspect', () => {
    const html = page('post-training');
    expect(html).toContain('<th scope="col">Aspect</th><th scope="col">Post-training</th>');
    expect(html).toContain('<tr><th scope="row">Goal</th><td>This goal</td><td>That goal</td></tr>');
  });

  it('GIVEN related terms THEN they link relatively to their pages, with their notes', () => {
    const html = page('post-training');
    expect(html).toContain('<a class="related-link" href="../../terms/rlhf/index.html">RLHF</a>');
    expect(html).toContain('href="../../assets/site.css"');
    expect(html).not.toMatch(/(href|src)="\//);
  });

  it('GIVEN votes off (a static site) THEN no vote form; on THEN a plain form posting to the bot', () => {
    expect(page('rlhf')).not.toContain('data-vote');
    const served = page('rlhf', true);
    expect(served).toContain('<form method="post" action="../../api/votes" data-vote>');
    expect(served).toContain('<input type="hidden" name="slug" value="rlhf">');
    expect(served).toContain('src="../../assets/site.js"');
  });

  it('GIVEN markup in any term text THEN it is shown as text, never run', () => {
    const evil = '<script>alert(1)</script> & "quotes" \'single\'';
    const term = makeTerm('evil-term', {
      title: `Evil ${evil}`.slice(0, 60),
      aliases: [evil],
      summary: evil,
      explanation: evil,
      examples: [evil, evil, evil],
      misconceptions: [1, 2, 3].map(() => ({ myth: evil, reality: evil })),
      sentences: [evil, evil, evil],
      sources: [{ title: evil, url: 'https://example.com/?a="><script>' }],
    });
    const html = page('evil-term', true, new Glossary([term]));
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('"><script>');
    expect(html).toContain(escapeHtml(evil));
  });
});

describe('home page', () => {
  it('GIVEN the glossary THEN it lists every term alphabetically with its difficulty and categories', () => {
    const html = renderHomePage(glossary.terms, { today: glossary.get('rlhf') });
    const slugs = [...html.matchAll(/<li data-slug="([^"]+)"/g)].map((m) => m[1]);
    expect(slugs).toEqual(['kv-cache', 'large-language-model', 'post-training', 'pre-training', 'rlhf']);
    expect(html).toContain(
      'data-slug="post-training" data-difficulty="intermediate" data-categories="|LLM &amp; Generative AI|"',
    );
    expect(html).toMatch(/Term of the day<\/h2>\s*<p class="today-title"><a href=".\/terms\/rlhf\/index.html">/);
    expect(html).toContain('<script src="./glossary.js" defer></script>');
  });

  it('GIVEN the stylesheet THEN each category and difficulty filter hides the other terms without JavaScript', () => {
    const css = renderStylesheet();
    expect(css).toContain(
      'main:has(#f-category option[value="Evaluation"]:checked) .term-list > li:not([data-categories*="|Evaluation|"])',
    );
    expect(css).toContain('@media (prefers-color-scheme: dark)');
  });
});

describe('other pages', () => {
  it('GIVEN usage THEN the stats page shows the totals, each list and a chart with one bar pair per day', () => {
    const html = renderStatsPage({
      stats: {
        since: new Date('2026-01-01T00:00:00Z'),
        lookups: 12,
        misses: 3,
        topTerms: [{ slug: 'rlhf', count: 9 }],
        topMisses: [{ query: '<b>agi</b>', count: 3 }],
        helpfulness: [{ slug: 'rlhf', up: 3, down: 1 }],
        postsSent: [{ platform: 'slack', channelId: 'C1', count: 2 }],
      },
      days: 7,
      daily: [
        { date: '2026-01-06', lookups: 5, misses: 1 },
        { date: '2026-01-07', lookups: 7, misses: 2 },
      ],
      root: './',
    });
    expect(html).toContain('12 lookups, 3 not found (25%)');
    expect(html).toContain('&lt;b&gt;agi&lt;/b&gt;');
    expect(html).toContain('<td>75%</td>');
    expect(html).toContain('Daily posts sent: 2');
    expect(html.match(/class="bar-lookups"/g)).toHaveLength(2);
    expect(html).toContain('<title>2026-01-07: 7 lookups, 2 misses</title>');
  });

  it('GIVEN suggestions THEN a message page links to them', () => {
    const html = renderMessagePage({
      title: 'Page not found',
      lines: ['No such term.'],
      root: '../../',
      suggestions: [{ slug: 'rlhf', title: 'RLHF' }],
    });
    expect(html).toContain('<a href="../../terms/rlhf/index.html">RLHF</a>');
    expect(html).toContain(`href="../../index.html"`);
    expect(hasTerm('rlhf')).toBe(true);
  });
});
