// Run by startup.ts in a fresh process: times loading the shipped glossary as the bot does at start.
// With `parts`, times the same steps one by one instead: read + parse + schema, glossary checks, index.
import { GLOSSARY_CHECKS } from '../src/glossary/check.js';
import { Glossary } from '../src/glossary/glossary.js';
import { loadTermFiles } from '../src/glossary/load.js';
import { loadGlossary } from '../src/glossary/load-glossary.js';

const dir = process.argv[2] ?? 'terms';
const since = (start: number) => performance.now() - start;

if (process.argv[3] === 'cached') {
  // As the bot starts: with the glossary cache in argv[4] (filled by an earlier run, or empty).
  const start = performance.now();
  const cpu = process.cpuUsage();
  const glossary = await loadGlossary(dir, { cacheDir: process.argv[4] ?? '' });
  const { user, system } = process.cpuUsage(cpu);
  console.log(JSON.stringify({ ms: since(start), cpuMs: (user + system) / 1000, terms: glossary.size }));
} else if (process.argv[3] === 'parts') {
  let start = performance.now();
  const loaded = await loadTermFiles(dir);
  const loadMs = since(start);
  start = performance.now();
  let problems = loaded.problems.length;
  for (const check of GLOSSARY_CHECKS) problems += check(loaded.terms, loaded.sources).length;
  const checkMs = since(start);
  start = performance.now();
  const glossary = new Glossary(loaded.terms, loaded.contentHash);
  const indexMs = since(start);
  console.log(JSON.stringify({ loadMs, checkMs, indexMs, terms: glossary.size, problems }));
} else {
  const start = performance.now();
  try {
    const cpu = process.cpuUsage();
    const glossary = await loadGlossary(dir);
    const { user, system } = process.cpuUsage(cpu);
    console.log(JSON.stringify({ ms: since(start), cpuMs: (user + system) / 1000, terms: glossary.size, problems: 0 }));
  } catch {
    console.log(JSON.stringify({ ms: since(start), cpuMs: Number.NaN, terms: 0, problems: 1, failed: true }));
  }
}
