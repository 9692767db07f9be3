import Fuse from 'fuse.js';
import type { Term } from '../src/glossary/schema.js';

/** The plain fuse.js search the index replaces: one Fuse over whole terms, default options, raw query. */
export class FuseBaseline {
  private readonly fuse: Fuse<Term>;

  constructor(terms: readonly Term[]) {
    this.fuse = new Fuse(terms, { keys: ['title', 'aliases', 'summary'] });
  }

  /** The slug of the top result, or undefined when fuse.js finds nothing (a rejection). */
  resolve(query: string): string | undefined {
    return this.fuse.search(query, { limit: 1 })[0]?.item.slug;
  }

  /** The slugs of the top `limit` results. */
  autocomplete(query: string, limit = 25): string[] {
    return this.fuse.search(query, { limit }).map((r) => r.item.slug);
  }
}
