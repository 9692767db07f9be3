import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer.js';
import { renderText } from '../../src/render/text.js';
import { SECTIONS, type TermReply } from '../../src/replies.js';
import { makeGlossary } from '../helpers/terms.js';
import { otherReplies } from './render-helpers.js';

const glossary = makeGlossary();

describe('renderText', () => {
  it('GIVEN the post-training card THEN it shows title, difficulty, summary, related terms and more sections', () => {
    const out = renderText(answer(glossary, { kind: 'define', query: 'post-training' }));
    const lines = out.split('\n');
    expect(lines[0]).toBe('Post-training');
    expect(lines[1]).toBe('🟡 Intermediate · LLM & Generative AI');
    expect(out).toContain('Post Training is a test term.');
    expect(out).toContain('Related: Pre-training, RLHF, Large language model');
    expect(out).toContain('More: examples · glance · why · where · mistakes · say · next');
  });

  it('GIVEN every section THEN each renders its content', () => {
    const expected: Record<string, string> = {
      overview: 'explained plainly',
      examples: '• First example.',
      glance: '  Post-training: This goal',
      why: '• Reason one.',
      where: '• Place one.',
      mistakes: 'Myth: Myth one.\nReality: Reality one.',
      say: '• “We used it.”',
      next: '• Pre-training: Related idea',
    };
    for (const section of SECTIONS) {
      const reply = answer(glossary, { kind: 'open', slug: 'post-training', section }) as TermReply;
      expect(renderText(reply), section).toContain(expected[section]);
    }
  });

  it('GIVEN every other reply kind THEN each renders readable text', () => {
    const outputs = otherReplies('quantum yoga').map((r) => renderText(r));
    expect(outputs[0]).toContain('Did you mean one of these?');
    expect(outputs[0]).toContain('• Post-training (post-training)');
    expect(outputs[1]).toContain("“quantum yoga” isn't in the glossary yet.");
    expect(outputs[2]).toContain('Type a term after the command');
    expect(outputs[3]).toContain('a bit long');
    expect(outputs[4]).toContain('/define <term>');
    expect(outputs[5]).toContain('Post-training (🟢 Beginner): Post-training summary.');
    expect(outputs[6]).toContain("I didn't spot any glossary terms");
    expect(outputs[7]).toBe('Thanks, your vote was recorded.');
    expect(outputs[8]).toBe('Error: Sorry, something went wrong.');
  });

  it('GIVEN a query with terminal escape codes THEN they are stripped', () => {
    const out = renderText({ kind: 'not-found', query: 'x\u001b[2Jy', reason: 'no-match', suggestions: [] });
    expect(out).not.toContain('\u001b');
    expect(out).toContain('“x[2Jy”');
  });
});
