import type { Term } from '../../src/glossary/schema.js';
import { writeTermsDir } from './term-files.js';
import { makeTerm } from './terms.js';

/** Slugs of the small valid glossary below. */
export const LINKED_SLUGS = ['rlhf', 'kv-cache', 'embedding', 'fine-tuning'];

const link = (slug: string) => ({ slug, note: 'Related idea' });

/** A valid term linked to the four fixture terms (except itself), as the glossary checks require. */
export function makeLinkedTerm(slug: string, overrides: Partial<Term> = {}): Term {
  return makeTerm(slug, { related: LINKED_SLUGS.filter((s) => s !== slug).map(link), ...overrides });
}

/** Writes four valid, linked terms (rlhf, kv-cache, embedding, fine-tuning) to a temp dir; override any of them. */
export function writeLinkedTermsDir(overrides: Record<string, Partial<Term>> = {}): string {
  return writeTermsDir(LINKED_SLUGS.map((slug) => makeLinkedTerm(slug, overrides[slug])));
}
