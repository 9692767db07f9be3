import { DescriptionIndex } from '../lookup/description-search.js';
import { LookupIndex } from '../lookup/lookup-index.js';
import type { TermRef } from '../replies.js';
import type { Difficulty, Term } from './schema.js';

/** A loaded, validated glossary with its lookup index; immutable, replaced whole on reload. */
export class Glossary {
  readonly index: LookupIndex;
  private readonly bySlug: ReadonlyMap<string, Term>;
  private descriptionIndex: DescriptionIndex | undefined;

  constructor(
    readonly terms: readonly Term[],
    /** sha256 of the term files this glossary was built from. */
    readonly contentHash = '',
  ) {
    this.bySlug = new Map(terms.map((t) => [t.slug, t]));
    this.index = new LookupIndex(terms);
  }

  /**
   * The description search (reverse dictionary), built on first use: most lookups are names and never need
   * it, so startup and hot reload stay as fast as before.
   */
  get descriptions(): DescriptionIndex {
    this.descriptionIndex ??= new DescriptionIndex(this.terms);
    return this.descriptionIndex;
  }

  get size(): number {
    return this.terms.length;
  }

  get(slug: string): Term | undefined {
    return this.bySlug.get(slug);
  }

  ref(slug: string): TermRef | undefined {
    const term = this.bySlug.get(slug);
    return term && { slug: term.slug, title: term.title };
  }

  /** Terms of one difficulty, or all of them. */
  filter(difficulty?: Difficulty): readonly Term[] {
    return difficulty ? this.terms.filter((t) => t.difficulty === difficulty) : this.terms;
  }
}
