// Run by startup.ts in a fresh process: times loading the shipped glossary as the bot does at start.

import { Glossary } from '../src/glossary/glossary.js';
import { loadGlossary } from '../src/glossary/load-glossary.js';
import { validateTermsDir } from '../src/glossary/validate.js';

const dir = process.argv[2] ?? 'terms';
const start = performance.now();
try {
  const glossary = await loadGlossary(dir);
  const ms = performance.now() - start;
  glossary.index.resolve('post training');
  console.log(JSON.stringify({ ms, terms: glossary.size, problems: 0 }));
} catch {
  // The glossary has problems right now: time the same work (load, validate, index) without refusing.
  const again = performance.now();
  const result = await validateTermsDir(dir);
  const glossary = new Glossary(result.terms, result.contentHash);
  const ms = performance.now() - again;
  console.log(JSON.stringify({ ms, terms: glossary.size, problems: result.problems.length }));
}
