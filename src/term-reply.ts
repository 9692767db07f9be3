import type { Glossary } from './glossary/glossary.js';
import { type CardContext, isSection, type Section, type TermReply } from './replies.js';

/** A term card for a slug and section, or undefined when the slug is not (or no longer) in the glossary. */
export function termReply(
  glossary: Glossary,
  slug: string,
  section: Section,
  context: CardContext,
): TermReply | undefined {
  const term = glossary.get(slug);
  if (!term) return undefined;
  const related = term.related.flatMap((link) => {
    const ref = glossary.ref(link.slug);
    return ref ? [{ ...ref, note: link.note }] : [];
  });
  return { kind: 'term', term, section: isSection(section) ? section : 'overview', related, context };
}
