import { beforeAll, describe, expect, it } from 'vitest';
import { checkConnected, checkNames } from '../../src/glossary/check.js';
import { type LoadResult, loadTermFiles } from '../../src/glossary/load.js';
import { formatProblem } from '../../src/glossary/problems.js';
import { CATEGORIES, DIFFICULTIES } from '../../src/glossary/schema.js';
import { compactKey, normalizeText } from '../../src/lookup/normalize.js';

/** Slugs the glossary promises to cover (issues 2 and 8). */
const REQUIRED = `post-training pre-training fine-tuning reinforcement-learning transfer-learning model-optimization
large-language-model transformer attention-mechanism tokenization embedding context-window prompt-engineering
retrieval-augmented-generation hallucination inference temperature chain-of-thought few-shot-learning
instruction-tuning rlhf direct-preference-optimization lora quantization knowledge-distillation mixture-of-experts
neural-network gradient-descent overfitting diffusion-model machine-learning deep-learning supervised-learning
unsupervised-learning self-supervised-learning backpropagation loss-function learning-rate epoch batch-size
regularization dropout underfitting bias-variance-tradeoff activation-function hyperparameter cross-validation
classification regression convolutional-neural-network recurrent-neural-network data-augmentation synthetic-data
feature-engineering foundation-model generative-ai token next-token-prediction sampling top-p zero-shot-learning
in-context-learning supervised-fine-tuning reward-model alignment constitutional-ai red-teaming jailbreak
prompt-injection guardrails ai-agent function-calling vector-database semantic-search multimodal-model
vision-language-model generative-adversarial-network variational-autoencoder text-to-image speculative-decoding
kv-cache perplexity benchmark llm-evaluation scaling-laws emergent-abilities reasoning-model test-time-compute
grounding model-card open-weights gpu tpu distributed-training data-parallelism model-parallelism
mixed-precision-training model-serving batching latency throughput flash-attention pruning edge-ai mlops model-drift
approximate-nearest-neighbor-search ai-bias fairness explainability ai-safety data-privacy watermarking`.split(/\s+/);

describe('the shipped glossary', () => {
  let loaded: LoadResult;
  beforeAll(async () => {
    loaded = await loadTermFiles('terms');
  });

  it('GIVEN the term files THEN every one parses with every section', () => {
    expect(loaded.problems.map(formatProblem)).toEqual([]);
    expect(loaded.terms.length).toBeGreaterThanOrEqual(120);
  });

  it('GIVEN the promised coverage THEN every required slug exists', () => {
    const slugs = new Set(loaded.terms.map((t) => t.slug));
    expect(REQUIRED.filter((slug) => !slugs.has(slug))).toEqual([]);
  });

  it('GIVEN each term THEN it meets the minimums a newcomer needs', () => {
    const short = loaded.terms.flatMap((t) => {
      const counts = {
        examples: t.examples.length,
        misconceptions: t.misconceptions.length,
        sentences: t.sentences.length,
        related: t.related.length,
        whyItMatters: t.whyItMatters.length,
        whereUsed: t.whereUsed.length,
        comparisonRows: t.comparison.rows.length,
      };
      const min = (field: string) => (field === 'comparisonRows' ? 4 : 3);
      return Object.entries(counts)
        .filter(([k, n]) => n < min(k))
        .map(([k, n]) => `${t.slug}: ${k} has ${n}`);
    });
    expect(short).toEqual([]);
    expect(loaded.terms.filter((t) => t.related.some((r) => r.note.trim() === '')).map((t) => t.slug)).toEqual([]);
  });

  it('GIVEN all names THEN no two terms share a title or an alias', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const t of loaded.terms) {
      for (const name of new Set([t.title, ...t.aliases].map((n) => compactKey(normalizeText(n))))) {
        const owner = owners.get(name);
        if (owner && owner !== t.slug) clashes.push(`${name}: ${owner} and ${t.slug}`);
        owners.set(name, t.slug);
      }
    }
    expect(clashes).toEqual([]);
    expect(checkNames(loaded.terms, loaded.sources).map(formatProblem)).toEqual([]);
  });

  it('GIVEN the related links THEN every term is reachable from every other', () => {
    expect(checkConnected(loaded.terms, loaded.sources).map(formatProblem)).toEqual([]);
  });

  it('GIVEN difficulties and categories THEN they are spread out and from the fixed set', () => {
    const byLevel = DIFFICULTIES.map((d) => loaded.terms.filter((t) => t.difficulty === d).length);
    for (const count of byLevel) expect(count).toBeGreaterThanOrEqual(loaded.terms.length / 5);
    const used = new Set(loaded.terms.flatMap((t) => t.categories));
    expect([...used].sort()).toEqual([...CATEGORIES].sort());
  });
});
