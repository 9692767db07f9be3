import { describe, expect, it } from 'vitest';
import { GLOSSARY_CHECKS } from '../../src/glossary/check.js';
import { checkRenders } from '../../src/render/check-renders.js';
import { makeGlossary, makeTerm } from '../helpers/terms.js';

describe('checkRenders', () => {
  it('GIVEN the fixture glossary THEN every term renders within limits', () => {
    expect(checkRenders(makeGlossary().terms, new Map())).toEqual([]);
  });

  it('GIVEN a slug too long for button ids THEN it is reported against the file', () => {
    const slug = Array.from({ length: 12 }, () => 'abcdefg').join('-');
    const problems = checkRenders([makeTerm(slug)], new Map());
    expect(problems).toEqual([
      expect.objectContaining({
        file: `terms/${slug}.yaml`,
        message: expect.stringContaining('too long for button ids'),
      }),
    ]);
  });

  it('GIVEN glossary validation THEN the render check is part of it', () => {
    expect(GLOSSARY_CHECKS).toContain(checkRenders);
  });
});
