import { describe, expect, it } from 'vitest';
import { validateTermsDir } from '../../src/glossary/validate.js';
import { checkRenders } from '../../src/render/check-renders.js';
import { writeTermsDir } from '../helpers/term-files.js';
import { makeGlossary, makeTerm } from '../helpers/terms.js';

describe('checkRenders', () => {
  it('GIVEN the fixture glossary THEN every term renders within limits', () => {
    expect(checkRenders(makeGlossary().terms, new Map())).toEqual([]);
  });

  it('GIVEN a slug too long for button ids THEN validation rejects the file, even when serving skips the render check', async () => {
    const related = ['a', 'b', 'c'].map((slug) => ({ slug, note: 'Related idea' }));
    const slug = Array.from({ length: 12 }, () => 'abcdefg').join('-');
    const dir = writeTermsDir([makeTerm(slug, { title: 'Long slug', related })]);
    const tooLong = (problems: { message: string }[]) =>
      problems.filter((p) => p.message.startsWith('file name is too long')).length;
    expect(tooLong((await validateTermsDir(dir)).problems)).toBe(1);
    expect(tooLong((await validateTermsDir(dir, { renders: false })).problems)).toBe(1);
  });
});
