import { answer } from '../src/answer.js';
import { Glossary } from '../src/glossary/glossary.js';
import type { Term } from '../src/glossary/schema.js';
import { generateGlossary } from './generate-glossary.js';
import { heapUsedMb, percentile, timeEach, timeOnce } from './measure.js';
import { createRandom, type Random } from './random.js';

/** Description and comparison questions at one glossary size (issue 12). */
export interface QuestionsResult {
  size: number;
  /** Building the description index (MiniSearch), in ms of wall time. */
  indexMs: number;
  /** Heap the description index adds, and the whole glossary's heap with it, in MB. */
  indexHeapMb: number;
  heapMb: number;
  exactP50: number;
  exactP99: number;
  describeP50: number;
  describeP99: number;
  compareP50: number;
  compareP99: number;
  queries: number;
}

const OPENERS = [
  'what is it called when',
  'whats the thing that',
  'the technique where',
  'how do you call it when',
  '',
];
const COMPARE = [
  'X vs Y',
  'X vs. Y',
  'difference between X and Y',
  "what's the difference between X and Y?",
  'X or Y?',
];

/**
 * Asks `count` description questions (words of a term's own text, wrapped in chat wording), `count` comparisons
 * of two titles and `count` exact names through the same `answer` the bots use, and times each.
 */
export function benchQuestions(size: number, count: number): QuestionsResult {
  const terms = generateGlossary(size);
  const random = createRandom(17);
  const glossary = new Glossary(terms);
  const withNames = heapUsedMb();
  const { ms: indexMs } = timeOnce(() => glossary.descriptions);
  const heapMb = heapUsedMb();
  const pick = () => random.pick(terms);
  const descriptions = Array.from({ length: count }, () => describe(pick(), random));
  const comparisons = Array.from({ length: count }, () =>
    random.pick(COMPARE).replace('X', pick().title.toLowerCase()).replace('Y', pick().title),
  );
  const names = Array.from({ length: count }, () => pick().title);
  const ask = (query: string) => answer(glossary, { kind: 'define', query });
  const exact = timeEach(names, (q) => glossary.index.resolve(q));
  const describeTimes = timeEach(descriptions, ask);
  const compareTimes = timeEach(comparisons, ask);
  return {
    size: terms.length,
    indexMs,
    indexHeapMb: heapMb - withNames,
    heapMb,
    exactP50: percentile(exact, 50),
    exactP99: percentile(exact, 99),
    describeP50: percentile(describeTimes, 50),
    describeP99: percentile(describeTimes, 99),
    compareP50: percentile(compareTimes, 50),
    compareP99: percentile(compareTimes, 99),
    queries: count,
  };
}

/** Four to six words of the term's explanation or phrasings, after an opener, as a newcomer would string them. */
function describe(term: Term, random: Random): string {
  const source = random.next() < 0.5 ? term.explanation : (term.phrasings ?? []).join(' ');
  const words = source
    .toLowerCase()
    .replace(/[^a-z ]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 3);
  const picked = Array.from({ length: 4 + Math.floor(random.next() * 3) }, () => random.pick(words));
  return `${random.pick(OPENERS)} ${picked.join(' ')}`.trim();
}

const ms = (value: number) => (value < 1 ? value.toFixed(3) : value < 100 ? value.toFixed(2) : value.toFixed(0));

/** The results as a Markdown table. */
export function formatQuestionsTable(results: readonly QuestionsResult[]): string {
  const head = [
    'terms',
    'description index build ms',
    'index heap MB',
    'total heap MB',
    'exact resolve p50 / p99 ms',
    'description answer p50 / p99 ms',
    'comparison answer p50 / p99 ms',
  ];
  const rows = results.map((r) => [
    r.size.toLocaleString('en'),
    ms(r.indexMs),
    r.indexHeapMb.toFixed(1),
    r.heapMb.toFixed(0),
    `${ms(r.exactP50)} / ${ms(r.exactP99)}`,
    `${ms(r.describeP50)} / ${ms(r.describeP99)}`,
    `${ms(r.compareP50)} / ${ms(r.compareP99)}`,
  ]);
  return [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** Issue 12's targets, checked against the results. */
export function checkQuestionTargets(results: readonly QuestionsResult[]) {
  const at = (size: number) => results.find((r) => r.size === size);
  const checks: { label: string; met: boolean; value: string }[] = [];
  const small = at(1_000);
  const large = at(20_000);
  if (small) {
    checks.push({
      label: '1,000 terms: exact resolve p99 ≤ 0.2 ms',
      met: small.exactP99 <= 0.2,
      value: `${ms(small.exactP99)} ms`,
    });
    checks.push({
      label: '1,000 terms: description p99 ≤ 5 ms',
      met: small.describeP99 <= 5,
      value: `${ms(small.describeP99)} ms`,
    });
  }
  if (large) {
    checks.push({
      label: '20,000 terms: description p99 ≤ 25 ms',
      met: large.describeP99 <= 25,
      value: `${ms(large.describeP99)} ms`,
    });
    checks.push({
      label: '20,000 terms: description index build ≤ 1 s',
      met: large.indexMs <= 1_000,
      value: `${ms(large.indexMs)} ms`,
    });
    checks.push({
      label: '20,000 terms: description index heap ≤ 100 MB',
      met: large.indexHeapMb <= 100,
      value: `${large.indexHeapMb.toFixed(0)} MB (whole glossary with both indexes: ${large.heapMb.toFixed(0)} MB)`,
    });
  }
  return checks;
}
