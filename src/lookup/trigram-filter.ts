import type { NameEntry } from './names.js';

/**
 * Distinct character trigrams of a normalized key, padded with `^` and `$`, each packed into one number: of
 * the key without spaces, and with `withWords` of each word too (names get both, so a query can meet a name
 * at any word's start or end).
 */
export function trigramsOf(key: string, withWords = false): number[] {
  const grams = new Set<number>();
  const words = key.split(' ').filter(Boolean);
  const parts = withWords && words.length > 1 ? [words.join(''), ...words] : [words.join('')];
  for (const part of parts) {
    const padded = `^${part}$`;
    for (let i = 0; i + 3 <= padded.length; i++) {
      grams.add(padded.charCodeAt(i) * 4_294_967_296 + padded.charCodeAt(i + 1) * 65_536 + padded.charCodeAt(i + 2));
    }
  }
  return [...grams];
}

/**
 * An inverted index from trigrams to names: the cheap first pass that hands the fuzzy scorer a few dozen
 * names sharing the most trigrams with the query, instead of the whole glossary.
 */
export class TrigramFilter {
  private readonly postings = new Map<number, Int32Array>();
  private readonly counts: Uint16Array;
  private readonly touched: Int32Array;
  private readonly lengths: Uint16Array;

  constructor(entries: readonly NameEntry[]) {
    const lists = new Map<number, number[]>();
    for (const entry of entries) {
      for (const gram of trigramsOf(entry.key, true)) {
        const list = lists.get(gram);
        if (list) list.push(entry.id);
        else lists.set(gram, [entry.id]);
      }
    }
    for (const [gram, ids] of lists) this.postings.set(gram, Int32Array.from(ids));
    this.counts = new Uint16Array(entries.length);
    this.touched = new Int32Array(entries.length);
    this.lengths = Uint16Array.from(entries, (e) => Math.min(e.compact.length, 65_535));
  }

  /**
   * Ids of up to `limit` names sharing the most trigrams with `key`: most shared first, then closest in
   * length to the query, then index order.
   */
  candidates(key: string, limit: number): number[] {
    const grams = trigramsOf(key);
    const { counts, touched } = this;
    let touchedCount = 0;
    for (const gram of grams) {
      const ids = this.postings.get(gram);
      if (!ids) continue;
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k] as number;
        if (counts[id] === 0) touched[touchedCount++] = id;
        counts[id] = (counts[id] as number) + 1;
      }
    }
    const buckets: number[][] = Array.from({ length: grams.length + 1 }, () => []);
    for (let k = 0; k < touchedCount; k++) {
      const id = touched[k] as number;
      buckets[counts[id] as number]?.push(id);
      counts[id] = 0;
    }
    const length = key.replace(/ /g, '').length;
    const picked: number[] = [];
    for (let count = grams.length; count >= 1 && picked.length < limit; count--) {
      const bucket = buckets[count] ?? [];
      const room = limit - picked.length;
      if (bucket.length <= room) picked.push(...bucket);
      else picked.push(...closest(bucket, room, (id) => Math.abs((this.lengths[id] ?? 0) - length)));
    }
    return picked;
  }
}

/** The `room` ids with the smallest `distance`, lowest id first among equals (a counting sort, no comparisons). */
function closest(ids: number[], room: number, distance: (id: number) => number): number[] {
  const byDistance: number[][] = [];
  for (const id of ids) {
    const d = distance(id);
    const list = byDistance[d];
    if (list) list.push(id);
    else byDistance[d] = [id];
  }
  const out: number[] = [];
  for (const list of byDistance) {
    if (!list) continue;
    if (list.length > room - out.length) list.sort((a, b) => a - b);
    for (let i = 0; i < list.length && out.length < room; i++) out.push(list[i] as number);
    if (out.length >= room) break;
  }
  return out;
}
