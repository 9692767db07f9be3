import { Glossary } from '../../src/glossary/glossary.js';
import type { Term } from '../../src/glossary/schema.js';

/** A complete, valid term for tests; override any field. */
export function makeTerm(slug: string, overrides: Partial<Term> = {}): Term {
  const title = slug
    .split('-')
    .map((w) => w[0]?.toUpperCase() + w.slice(1))
    .join(' ');
  return {
    slug,
    title,
    aliases: [],
    categories: ['ML Fundamentals'],
    difficulty: 'beginner',
    summary: `${title} is a test term.`,
    explanation: `${title} explained plainly, like a recipe explains a cake.`,
    examples: ['First example.', 'Second example.', 'Third example.'],
    comparison: {
      against: 'Something else',
      rows: [
        { aspect: 'Goal', this: 'This goal', other: 'That goal' },
        { aspect: 'Data', this: 'This data', other: 'That data' },
        { aspect: 'Cost', this: 'Cheap', other: 'Expensive' },
        { aspect: 'Result', this: 'This result', other: 'That result' },
      ],
    },
    whyItMatters: ['Reason one.', 'Reason two.', 'Reason three.'],
    whereUsed: ['Place one.', 'Place two.', 'Place three.'],
    misconceptions: [
      { myth: 'Myth one.', reality: 'Reality one.' },
      { myth: 'Myth two.', reality: 'Reality two.' },
      { myth: 'Myth three.', reality: 'Reality three.' },
    ],
    sentences: ['We used it.', 'It helped.', 'It matters.'],
    related: [],
    ...overrides,
  };
}

/** A small connected glossary of fixture terms: post-training, pre-training, rlhf, kv-cache, large-language-model. */
export function makeGlossary(extra: Term[] = []): Glossary {
  const link = (slug: string, note = 'Related idea') => ({ slug, note });
  return new Glossary([
    makeTerm('post-training', {
      title: 'Post-training',
      difficulty: 'intermediate',
      categories: ['LLM & Generative AI'],
      related: [link('pre-training'), link('rlhf'), link('large-language-model')],
    }),
    makeTerm('pre-training', { title: 'Pre-training', related: [link('post-training'), link('large-language-model')] }),
    makeTerm('rlhf', {
      title: 'RLHF',
      aliases: ['Reinforcement learning from human feedback'],
      difficulty: 'advanced',
      related: [link('post-training')],
    }),
    makeTerm('kv-cache', { title: 'KV cache', aliases: ['key-value cache'], related: [link('large-language-model')] }),
    makeTerm('large-language-model', {
      title: 'Large language model',
      aliases: ['LLM'],
      related: [link('pre-training'), link('kv-cache')],
    }),
    ...extra,
  ]);
}
