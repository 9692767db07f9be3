import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { formatProblem } from '../../src/glossary/problems.js';
import { validateTermsDir } from '../../src/glossary/validate.js';
import { writeTermsDir } from '../helpers/term-files.js';
import { makeTerm } from '../helpers/terms.js';

const link = (slug: string) => ({ slug, note: 'Related idea' });

const BASE_SLUGS = ['pre-training', 'post-training', 'fine-tuning', 'transfer-learning', 'lora'];
const linksExcept = (slug: string) => BASE_SLUGS.filter((s) => s !== slug).map(link);

/** Four valid, linked terms that every broken fixture is added to. */
const base = () => [
  makeTerm('pre-training', { title: 'Pre-training', related: linksExcept('pre-training') }),
  makeTerm('post-training', { title: 'Post-training', aliases: ['RLHF stage'], related: linksExcept('post-training') }),
  makeTerm('fine-tuning', { title: 'Fine-tuning', related: linksExcept('fine-tuning') }),
  makeTerm('transfer-learning', { title: 'Transfer learning', related: linksExcept('transfer-learning') }),
  makeTerm('lora', { title: 'LoRA', related: linksExcept('lora') }),
];

async function problemsFor(extraFiles: Record<string, string>, terms = base()) {
  const dir = writeTermsDir(terms, extraFiles);
  const result = await validateTermsDir(dir);
  return result.problems.map((p) => formatProblem({ ...p, file: path.basename(p.file) }));
}

function termYaml(slug: string, overrides: Record<string, unknown> = {}): string {
  const { slug: _slug, ...fields } = makeTerm(slug, { related: linksExcept('') });
  return stringify({ ...fields, ...overrides });
}

describe('glossary validate', () => {
  it('GIVEN a consistent glossary THEN it reports no problems', async () => {
    expect(await problemsFor({})).toEqual([]);
  });

  it('GIVEN a related slug that does not exist THEN it names file, line, field and suggests the nearest slug', async () => {
    const text = termYaml('qlora', { related: [...linksExcept('qlora').slice(0, 4), link('post-trainig')] });
    const problems = await problemsFor({ 'qlora.yaml': text });
    const line = text.split('\n').findIndex((l) => l.includes('post-trainig')) + 1;
    expect(problems).toEqual([
      `qlora.yaml:${line}:11 related.4.slug: "post-trainig" is not a term in this glossary (did you mean "post-training"?)`,
    ]);
  });

  it('GIVEN an alias used by two terms THEN both the alias and its owner are named', async () => {
    const problems = await problemsFor({ 'qlora.yaml': termYaml('qlora', { aliases: ['rlhf-stage'] }) });
    expect(problems).toEqual([
      expect.stringMatching(/^qlora\.yaml:\d+:\d+ aliases\.0: alias "rlhf-stage" is already used by "post-training"/),
    ]);
  });

  it('GIVEN a duplicate title THEN it is reported as one', async () => {
    const problems = await problemsFor({ 'post-train.yaml': termYaml('post-train', { title: 'Post Training' }) });
    expect(problems).toEqual([
      expect.stringMatching(
        /^post-training\.yaml:1:8 title: duplicate title is already used by "post-train" \(as its title\)$/,
      ),
    ]);
  });

  it('GIVEN a missing section and an empty string THEN every problem is listed at once', async () => {
    const { examples: _examples, ...rest } = makeTerm('qlora', { related: linksExcept(''), summary: '  ' });
    const { slug: _slug, ...fields } = rest;
    const problems = await problemsFor({ 'qlora.yaml': stringify(fields) });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^qlora\.yaml:\d+:\d+ examples: is missing$/),
        expect.stringMatching(/^qlora\.yaml:\d+:\d+ summary: must not be empty$/),
      ]),
    );
    expect(problems).toHaveLength(2);
  });

  it('GIVEN broken YAML THEN it is reported with its position, and other files are still checked', async () => {
    const problems = await problemsFor({
      'broken.yaml': 'title: Broken\nsummary: "never closed\n',
      'qlora.yaml': termYaml('qlora', { difficulty: 'expert' }),
    });
    expect(problems).toEqual([
      expect.stringMatching(/^broken\.yaml:\d+:\d+ is not valid YAML: /),
      expect.stringMatching(/^qlora\.yaml:\d+:13 difficulty: must be one of: beginner, intermediate, advanced$/),
    ]);
  });

  it('GIVEN an unknown field, a bad file name and a non-mapping file THEN each is explained', async () => {
    const problems = await problemsFor({
      'qlora.yaml': termYaml('qlora', { summery: 'typo' }),
      'Bad_Name.yaml': termYaml('bad-name', { title: 'Bad name' }),
      'list.yaml': '- just\n- a list\n',
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^qlora\.yaml:\d+:\d+ unknown field "summery"$/),
        expect.stringMatching(/^Bad_Name\.yaml:1:1 file name "Bad_Name\.yaml" must be a slug/),
        'list.yaml:1:1 must be a YAML mapping of fields (title, summary, …)',
      ]),
    );
  });

  it('GIVEN two groups of terms with no link between them THEN the smaller group is reported as unreachable', async () => {
    const island = [
      makeTerm('dora', { title: 'DoRA', related: [link('vera'), link('ia3'), link('adapter')] }),
      makeTerm('vera', { title: 'VeRA', related: [link('dora'), link('ia3'), link('adapter')] }),
      makeTerm('ia3', { title: 'IA3', related: [link('dora'), link('vera'), link('adapter')] }),
      makeTerm('adapter', { title: 'Adapter', related: [link('dora'), link('vera'), link('ia3')] }),
    ];
    const dir = writeTermsDir([...base(), ...island]);
    const problems = (await validateTermsDir(dir)).problems.map((p) => `${path.basename(p.file)} ${p.message}`);
    expect(problems).toEqual([
      expect.stringMatching(/^adapter\.yaml cannot be reached from the rest of the glossary \(its group: /),
      expect.stringMatching(/^dora\.yaml cannot be reached/),
      expect.stringMatching(/^ia3\.yaml cannot be reached/),
      expect.stringMatching(/^vera\.yaml cannot be reached/),
    ]);
  });

  it('GIVEN the shipped glossary THEN it is valid', async () => {
    const result = await validateTermsDir('terms');
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.terms.length).toBeGreaterThanOrEqual(1);
    expect(readFileSync('terms/README.md', 'utf8')).toContain('ML Fundamentals');
  });
});
