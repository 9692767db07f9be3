import type { Resolution } from '../src/lookup/lookup-index.js';
import { LookupIndex } from '../src/lookup/lookup-index.js';
import { FuseBaseline } from './baseline.js';
import { generateGlossary } from './generate-glossary.js';
import { type BenchQuery, generatePrefixes, generateQueries } from './generate-queries.js';
import { heapUsedMb, percentile, timeEach, timeOnce } from './measure.js';

/** Everything measured for one glossary size. */
export interface SizeResult {
  size: number;
  buildMs: number;
  heapMb: number;
  indexHeapMb: number;
  resolveP50: number;
  resolveP99: number;
  completeP50: number;
  completeP99: number;
  /** Share of resolvable queries whose first answer (the term, or the first suggestion) is right. */
  rightFirst: number;
  /** Share of resolvable queries answered directly with the right term. */
  direct: number;
  garbageRejected: number;
  recallAt25: number;
  queries: number;
  prefixes: number;
  baseline: BaselineResult;
}

/** The plain fuse.js baseline on a sample of the same queries, with the index on the same sample. */
export interface BaselineResult {
  sample: number;
  p50: number;
  p99: number;
  rightFirst: number;
  garbageRejected: number;
  indexP99: number;
  indexRightFirst: number;
}

/** Options for one size: query counts and how long the slow baseline may run. */
export interface SizeOptions {
  queries: number;
  prefixes: number;
  baselineQueries: number;
  baselineBudgetMs: number;
}

/** Generates a glossary of `size` terms and its queries, builds the index and measures it and the baseline. */
export function benchSize(size: number, options: SizeOptions): SizeResult {
  const terms = generateGlossary(size);
  const queries = generateQueries(terms, options.queries);
  const prefixes = generatePrefixes(terms, options.prefixes);
  const heapBefore = heapUsedMb();
  // The typo and prefix structures are built on first use: the build time includes them (one typo, one prefix).
  const { value: index, ms: buildMs } = timeOnce(() => {
    const built = new LookupIndex(terms);
    built.resolve('zzqx');
    built.autocomplete('zz');
    return built;
  });
  const heapMb = heapUsedMb();
  const resolveTimes = timeEach(queries, (q) => index.resolve(q.query));
  const completeTimes = timeEach(prefixes, (q) => index.autocomplete(q.query));
  const quality = judge(queries, (q) => index.resolve(q));
  const found = prefixes.filter((p) => index.autocomplete(p.query).some((ref) => ref.slug === p.expected)).length;
  const baseline = benchBaseline(terms, queries, index, options);
  return {
    size: terms.length,
    buildMs,
    heapMb,
    indexHeapMb: heapMb - heapBefore,
    resolveP50: percentile(resolveTimes, 50),
    resolveP99: percentile(resolveTimes, 99),
    completeP50: percentile(completeTimes, 50),
    completeP99: percentile(completeTimes, 99),
    ...quality,
    recallAt25: found / prefixes.length,
    queries: queries.length,
    prefixes: prefixes.length,
    baseline,
  };
}

function benchBaseline(
  terms: ConstructorParameters<typeof FuseBaseline>[0],
  queries: readonly BenchQuery[],
  index: LookupIndex,
  options: SizeOptions,
): BaselineResult {
  const fuse = new FuseBaseline(terms);
  const sample: BenchQuery[] = [];
  const times: number[] = [];
  const answers = new Map<BenchQuery, string | undefined>();
  const deadline = performance.now() + options.baselineBudgetMs;
  fuse.resolve('warm up');
  for (let i = 0; i < queries.length && sample.length < options.baselineQueries; i++) {
    if (performance.now() > deadline) break;
    const query = queries[i] as BenchQuery;
    const { value, ms } = timeOnce(() => fuse.resolve(query.query));
    sample.push(query);
    times.push(ms);
    answers.set(query, value);
  }
  const baseQuality = judgeSlugs(sample, (q) => answers.get(q));
  const indexQuality = judge(sample, (q) => index.resolve(q));
  return {
    sample: sample.length,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    rightFirst: baseQuality.rightFirst,
    garbageRejected: baseQuality.garbageRejected,
    indexP99: percentile(
      timeEach(sample, (q) => index.resolve(q.query)),
      99,
    ),
    indexRightFirst: indexQuality.rightFirst,
  };
}

/** The first term a reader sees: the answer, or the first suggestion. */
function firstSlug(resolution: Resolution): string | undefined {
  if (resolution.kind === 'term') return resolution.slug;
  if (resolution.kind === 'suggestions') return resolution.suggestions[0]?.slug;
  return undefined;
}

function judge(queries: readonly BenchQuery[], resolve: (query: string) => Resolution) {
  let direct = 0;
  const slugs = new Map<BenchQuery, string | undefined>();
  for (const q of queries) {
    const resolution = resolve(q.query);
    slugs.set(q, firstSlug(resolution));
    if (resolution.kind === 'term' && resolution.slug === q.expected) direct++;
  }
  const resolvable = queries.filter((q) => q.expected !== undefined).length;
  return { ...judgeSlugs(queries, (q) => slugs.get(q)), direct: resolvable ? direct / resolvable : 1 };
}

function judgeSlugs(queries: readonly BenchQuery[], first: (query: BenchQuery) => string | undefined) {
  const resolvable = queries.filter((q) => q.expected !== undefined);
  const garbage = queries.filter((q) => q.expected === undefined);
  const right = resolvable.filter((q) => first(q) === q.expected).length;
  const rejected = garbage.filter((q) => first(q) === undefined).length;
  return {
    rightFirst: resolvable.length ? right / resolvable.length : 1,
    garbageRejected: garbage.length ? rejected / garbage.length : 1,
  };
}
