import { describe, expect, it } from 'vitest';
import { termReply } from '../../../src/answer.js';
import { compareSlugs } from '../../../src/answer-comparison.js';
import type { Glossary } from '../../../src/glossary/glossary.js';
import { renderComparisonPage, renderTermPage } from '../../../src/render/html/index.js';
import { makeGlossary, makeTerm } from '../../helpers/terms.js';

const glossary = makeGlossary([
  makeTerm('lora', {
    title: 'LoRA',
    difficulty: 'advanced',
    summary: 'Train small <b>adapters</b> & keep the base.',
    comparison: {
      against: 'Full fine-tuning',
      slug: 'fine-tuning',
      rows: [
        { aspect: 'Weights <changed>', this: 'A few "adapters"', other: 'All of them' },
        { aspect: 'Cost', this: 'Cheap', other: 'Expensive' },
      ],
    },
  }),
  makeTerm('fine-tuning', { title: 'Fine-tuning', difficulty: 'intermediate' }),
]);

function page(a: string, b: string, votes = false, g: Glossary = glossary): string {
  const reply = compareSlugs(g, a, b);
  if (!reply) throw new Error(`no comparison ${a} ${b}`);
  return renderComparisonPage(reply, { votes });
}

describe('comparison page', () => {
  it('GIVEN two terms THEN both titles, difficulty badges and summaries, linked to both term pages', () => {
    const html = page('fine-tuning', 'lora');
    expect(html).toContain('<h1>Fine-tuning vs LoRA</h1>');
    expect(html).toContain('<h2 id="h-left"><a href="../../../terms/fine-tuning/index.html">Fine-tuning</a></h2>');
    expect(html).toContain('<h2 id="h-right"><a href="../../../terms/lora/index.html">LoRA</a></h2>');
    expect(html).toMatch(/badge-intermediate">.*Intermediate<\/span>[\s\S]*badge-advanced">.*Advanced<\/span>/);
    expect(html).toContain('<link rel="canonical" href="../../../compare/fine-tuning/lora/">');
    expect(html).toContain('<link rel="stylesheet" href="../../../assets/site.css">');
  });

  it('GIVEN a term whose own comparison names the other THEN its rows are a real table, swapped to the page order', () => {
    const html = page('fine-tuning', 'lora');
    expect(html).toContain(
      '<thead><tr><th scope="col">Aspect</th><th scope="col">Fine-tuning</th><th scope="col">LoRA</th></tr></thead>',
    );
    expect(html).toContain('<tr><th scope="row">Cost</th><td>Expensive</td><td>Cheap</td></tr>');
    expect(html).toContain('<caption>Fine-tuning compared with LoRA. From the LoRA entry’s own comparison.</caption>');
  });

  it('GIVEN markup in any term text THEN it is escaped, never markup', () => {
    const html = page('fine-tuning', 'lora');
    expect(html).toContain('Train small &lt;b&gt;adapters&lt;/b&gt; &amp; keep the base.');
    expect(html).toContain(
      '<th scope="row">Weights &lt;changed&gt;</th><td>All of them</td><td>A few &quot;adapters&quot;</td>',
    );
    expect(html).not.toContain('<b>adapters');
    const evil = makeGlossary([makeTerm('x-y', { title: '<script>alert(1)</script>' })]);
    expect(page('rlhf', 'x-y', true, evil)).not.toContain('<script>alert');
  });

  it('GIVEN two terms without a comparison of each other THEN the rows come from both entries', () => {
    const html = page('kv-cache', 'rlhf');
    expect(html).toContain('<th scope="row">Difficulty</th><td>Beginner</td><td>Advanced</td>');
    expect(html).toContain('Side by side, from both entries.');
  });

  it('GIVEN votes THEN the Helpful? form posts the comparison key; a static page has no form', () => {
    expect(page('fine-tuning', 'lora', true)).toContain('<input type="hidden" name="slug" value="fine-tuning~lora">');
    expect(page('fine-tuning', 'lora', true)).toContain('<form method="post" action="../../../api/votes" data-vote>');
    expect(page('fine-tuning', 'lora', false)).not.toContain('data-vote');
  });

  it('GIVEN a term page whose comparison names another term THEN At a glance links to the compare page', () => {
    const reply = termReply(glossary, 'lora', 'overview', { kind: 'lookup' });
    if (!reply) throw new Error('no lora');
    const html = renderTermPage(reply, { hasTerm: (s) => glossary.get(s) !== undefined, votes: false });
    expect(html).toContain(
      '<a href="../../compare/fine-tuning/lora/index.html">LoRA and Full fine-tuning side by side</a>',
    );
    const plain = termReply(glossary, 'rlhf', 'overview', { kind: 'lookup' });
    if (!plain) throw new Error('no rlhf');
    expect(renderTermPage(plain, { hasTerm: () => true, votes: false })).not.toContain('side by side');
  });
});
