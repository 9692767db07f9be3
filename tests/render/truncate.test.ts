import { describe, expect, it } from 'vitest';
import { escapeDiscord, escapeSlack } from '../../src/render/escape.js';
import { ELLIPSIS, fitEscaped, joinFitting, truncate } from '../../src/render/truncate.js';

describe('truncate', () => {
  it('GIVEN text that fits THEN it is unchanged', () => {
    expect(truncate('short text', 20)).toBe('short text');
  });

  it('GIVEN long text THEN it is cut at a word boundary with an ellipsis, within the limit', () => {
    const out = truncate('The quick brown fox jumps over the lazy dog', 20);
    expect(out).toBe('The quick brown fox…');
    expect(out.length).toBeLessThanOrEqual(20);
  });

  it('GIVEN a cut inside an entity THEN the partial entity is dropped', () => {
    expect(truncate('fish &amp; chips', 10)).toBe('fish…');
    expect(truncate('aaaaaaaaaa&amp;', 14)).toBe('aaaaaaaaaa…');
  });

  it('GIVEN a cut after a backslash escape THEN no lone backslash is left', () => {
    expect(truncate('aaaaaaa\\*bbbb', 9)).toBe('aaaaaaa…');
  });

  it('GIVEN a cut inside an emoji THEN no half surrogate pair is left', () => {
    const out = truncate('🧠🧠🧠🧠', 4);
    expect(out).toBe(`🧠${ELLIPSIS}`);
  });
});

describe('fitEscaped', () => {
  it('GIVEN text that grows when escaped THEN the escaped result fits and has whole entities', () => {
    const raw = 'R&D <and> more & more & more & more';
    const out = fitEscaped(raw, 30, escapeSlack);
    expect(out.length).toBeLessThanOrEqual(30);
    expect(out.endsWith(ELLIPSIS)).toBe(true);
    expect(out.replace(/&(amp|lt|gt);/g, '')).not.toContain('&');
  });

  it('GIVEN Discord markup THEN escapes are never split', () => {
    const out = fitEscaped('a*b*c*d*e*f*g*h*i*j', 12, escapeDiscord);
    expect(out.length).toBeLessThanOrEqual(12);
    expect(out).not.toMatch(/(^|[^\\])(\\\\)*\\…$/);
    expect(out.replace(/\\\*/g, '')).not.toContain('*');
  });
});

describe('joinFitting', () => {
  it('GIVEN lines over the limit THEN whole lines are kept and an ellipsis line ends it', () => {
    expect(joinFitting(['aaaa', 'bbbb', 'cccc'], 11)).toBe(`aaaa\nbbbb\n${ELLIPSIS}`);
    expect(joinFitting(['aaaa', 'bbbb'], 9)).toBe('aaaa\nbbbb');
  });
});

describe('escaping', () => {
  it('GIVEN Slack text THEN only & < > are replaced', () => {
    expect(escapeSlack('a & <b> *c*')).toBe('a &amp; &lt;b&gt; *c*');
  });

  it('GIVEN Discord text THEN mentions get a zero-width space and markdown a backslash', () => {
    expect(escapeDiscord('@everyone')).toBe('@\u200beveryone');
    expect(escapeDiscord('<@123>')).toBe('<\u200b@123>');
    expect(escapeDiscord('**x**')).toBe('\\*\\*x\\*\\*');
    expect(escapeDiscord('# Title')).toBe('\\# Title');
    expect(escapeDiscord('Post-training')).toBe('Post-training');
  });
});
