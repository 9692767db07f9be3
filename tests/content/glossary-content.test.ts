import { beforeAll, describe, expect, it } from 'vitest';
import { checkConnected, checkNames } from '../../src/glossary/check.js';
import { type LoadResult, loadTermFiles } from '../../src/glossary/load.js';
import { formatProblem } from '../../src/glossary/problems.js';
import { CATEGORIES, DIFFICULTIES } from '../../src/glossary/schema.js';
import { LookupIndex } from '../../src/lookup/lookup-index.js';
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

/** Slugs issue 13 promises: the vocabulary a 2026 practitioner meets every day. */
const REQUIRED_ISSUE_13 = `model-context-protocol proximal-policy-optimization group-relative-policy-optimization
reinforcement-learning-from-verifiable-rewards rlaif reward-hacking llm-as-a-judge interpretability
mechanistic-interpretability state-space-model grouped-query-attention multi-head-attention self-attention
paged-attention continuous-batching prefill-and-decode prompt-caching structured-outputs context-engineering
hybrid-search bm25 multi-agent-system computer-use-agent agentic-workflow data-contamination catastrophic-forgetting
parameter-efficient-fine-tuning qlora model-merging continued-pretraining layer-normalization optimizer
vision-transformer contrastive-learning federated-learning differential-privacy artificial-general-intelligence
byte-pair-encoding rotary-position-embedding long-context embedding-model decision-tree random-forest
gradient-boosting logistic-regression precision-and-recall f1-score confusion-matrix train-test-split data-leakage
class-imbalance dimensionality-reduction anomaly-detection recommender-system natural-language-processing
computer-vision object-detection evals`.split(/\s+/);

/** What people type for issue 13's terms; QLoRA and FSDP used to get a confident wrong answer (LoRA, data parallelism). */
const ISSUE_13_NAMES: [string, string][] = [
  ['MCP', 'model-context-protocol'],
  ['GRPO', 'group-relative-policy-optimization'],
  ['PPO', 'proximal-policy-optimization'],
  ['RLVR', 'reinforcement-learning-from-verifiable-rewards'],
  ['PEFT', 'parameter-efficient-fine-tuning'],
  ['GQA', 'grouped-query-attention'],
  ['BPE', 'byte-pair-encoding'],
  ['RoPE', 'rotary-position-embedding'],
  ['QLoRA', 'qlora'],
  ['FSDP', 'fully-sharded-data-parallel'],
  ['what is MCP?', 'model-context-protocol'],
  ['LLM as a judge', 'llm-as-a-judge'],
  ['context engineering', 'context-engineering'],
  ['prompt caching', 'prompt-caching'],
  ['structured outputs', 'structured-outputs'],
  ['grouped-query attention', 'grouped-query-attention'],
  ['hybrid search', 'hybrid-search'],
  ['federated learning', 'federated-learning'],
];

describe('the shipped glossary', () => {
  let loaded: LoadResult;
  beforeAll(async () => {
    loaded = await loadTermFiles('terms');
  });

  it('GIVEN the term files THEN every one parses with every section', () => {
    expect(loaded.problems.map(formatProblem)).toEqual([]);
    expect(loaded.terms.length).toBeGreaterThanOrEqual(300);
  });

  it('GIVEN the promised coverage THEN every required slug exists', () => {
    const slugs = new Set(loaded.terms.map((t) => t.slug));
    expect([...REQUIRED, ...REQUIRED_ISSUE_13].filter((slug) => !slugs.has(slug))).toEqual([]);
  });

  it('GIVEN the lookup THEN each issue-13 name and acronym answers its own term', () => {
    const index = new LookupIndex(loaded.terms);
    const wrong = ISSUE_13_NAMES.map(([query, slug]) => ({ query, slug, got: index.resolve(query) })).filter(
      ({ slug, got }) => got.kind !== 'term' || got.slug !== slug,
    );
    expect(wrong).toEqual([]);
  });

  it('GIVEN the lookup THEN every required term answers to its own title', () => {
    const index = new LookupIndex(loaded.terms);
    const bySlug = new Map(loaded.terms.map((t) => [t.slug, t]));
    const wrong = [...REQUIRED, ...REQUIRED_ISSUE_13].flatMap((slug) => {
      const title = bySlug.get(slug)?.title ?? slug;
      const got = index.resolve(title);
      return got.kind === 'term' && got.slug === slug ? [] : [`${title}: ${JSON.stringify(got)}`];
    });
    expect(wrong).toEqual([]);
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

  it('GIVEN the related links THEN every term is linked from at least one other term', () => {
    const linked = new Set(loaded.terms.flatMap((t) => t.related.filter((r) => r.slug !== t.slug).map((r) => r.slug)));
    expect(loaded.terms.map((t) => t.slug).filter((slug) => !linked.has(slug))).toEqual([]);
  });

  it('GIVEN difficulties and categories THEN they are spread out and from the fixed set', () => {
    const byLevel = Object.fromEntries(
      DIFFICULTIES.map((d) => [d, loaded.terms.filter((t) => t.difficulty === d).length]),
    );
    const tooFew = Object.entries(byLevel).filter(([, count]) => count < loaded.terms.length / 5);
    expect(tooFew).toEqual([]);
    const used = new Set(loaded.terms.flatMap((t) => t.categories));
    expect([...used].sort()).toEqual([...CATEGORIES].sort());
    const badCount = loaded.terms.filter((t) => t.categories.length < 1 || t.categories.length > 2);
    expect(badCount.map((t) => t.slug)).toEqual([]);
  });
});
