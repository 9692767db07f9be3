// `npm run bench`: lookup speed and accuracy at 100 to 20,000 terms against plain fuse.js, plus bot startup.
import { cpus } from 'node:os';
import { checkTargets, formatTable } from './report.js';
import { benchQuestions, checkQuestionTargets, formatQuestionsTable, type QuestionsResult } from './run-questions.js';
import { benchSize, type SizeResult } from './run-size.js';
import { measureSiteBuild } from './site-build.js';
import { checkStartTargets, measureStartTimes } from './start-times.js';
import { measureStartup } from './startup.js';

const SIZES = [100, 1_000, 10_000, 20_000];
const OPTIONS = { queries: 500, prefixes: 300, baselineQueries: 150, baselineBudgetMs: 12_000, questions: 300 };

const started = performance.now();
console.log(`Lookup benchmark — Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'})`);
console.log(`Seeded: ${OPTIONS.queries} resolve queries and ${OPTIONS.prefixes} autocomplete prefixes per size.\n`);
const results: SizeResult[] = [];
for (const size of SIZES) {
  const result = benchSize(size, OPTIONS);
  results.push(result);
  console.log(`  ${size.toLocaleString('en')} terms done (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
const questions: QuestionsResult[] = [];
for (const size of [1_000, 20_000]) {
  questions.push(benchQuestions(size, OPTIONS.questions));
  console.log(
    `  ${size.toLocaleString('en')} terms, questions done (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
}
const startup = measureStartup(process.env.TERMS_DIR ?? 'terms');
console.log(`\n${formatTable(results)}\n`);
const { parts } = startup;
const state = startup.failed ? ` — loadGlossary refused it: ${parts.problems} problem(s) right now` : '';
console.log(
  `Startup (fresh process, loadGlossary: load + validate + index): ${startup.ms.toFixed(0)} ms (${startup.cpuMs.toFixed(0)} ms CPU) for ${startup.terms} terms${state}`,
);
console.log(
  `  of which: read + YAML + schema ${parts.loadMs.toFixed(0)} ms, glossary checks ${parts.checkMs.toFixed(0)} ms, lookup index ${parts.indexMs.toFixed(0)} ms`,
);
const site = await measureSiteBuild(process.env.TERMS_DIR ?? 'terms');
console.log(
  `Static site (glossary site build, ${site.terms} terms, ${site.files} files, median of 3): ${site.totalMs.toFixed(0)} ms (load ${site.loadMs.toFixed(0)} ms, render + write ${site.writeMs.toFixed(0)} ms)`,
);
const times = await measureStartTimes();
console.log(
  `npm start → first console answer: ${times.consoleFirstAnswerMs.cold.toFixed(0)} ms (empty glossary cache), ${times.consoleFirstAnswerMs.cached.toFixed(0)} ms (cached)`,
);
console.log(`\nDescriptions and comparisons (${OPTIONS.questions} of each per size, answered end to end):\n`);
console.log(formatQuestionsTable(questions));
console.log('\nTargets (issues 7 and 14; site build: issue 15):');
const checks = [
  ...checkTargets(results, startup),
  ...checkStartTargets(times),
  {
    label: `site build (${site.terms} terms) ≤ 2 s`,
    met: site.totalMs <= 2_000,
    value: `${site.totalMs.toFixed(0)} ms`,
  },
];
for (const check of checks) console.log(`  ${check.met ? '✓' : '✗'} ${check.label}: ${check.value}`);
console.log('Targets (issue 12):');
const questionChecks = checkQuestionTargets(questions);
for (const check of questionChecks) console.log(`  ${check.met ? '✓' : '✗'} ${check.label}: ${check.value}`);
checks.push(...questionChecks);
console.log(`\nTotal ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exitCode = checks.every((c) => c.met) ? 0 : 1;
