import type { NameEntry } from './names.js';

/** Sorted keys with the name each came from, searched by binary search for a prefix range. */
interface SortedKeys {
  keys: string[];
  ids: Int32Array;
}

/** Prefixes this short match so many names that their answers are remembered after the first time. */
const MEMO_PREFIX_LENGTH = 2;

/**
 * Autocomplete's prefix structure: every name without spaces, and every tail of a name that starts at a later
 * word (`headattention`, `attention` for `multi head attention`), each sorted for binary search.
 */
export class PrefixIndex {
  private readonly starts: SortedKeys;
  private readonly tails: SortedKeys;
  private readonly memo = new Map<string, number[]>();

  constructor(private readonly entries: readonly NameEntry[]) {
    this.starts = sortKeys(entries.map((e) => [e.compact, e.id]));
    const tails: [string, number][] = [];
    for (const entry of entries) {
      const words = entry.key.split(' ');
      for (let i = 1; i < words.length; i++) tails.push([words.slice(i).join(''), entry.id]);
    }
    this.tails = sortKeys(tails);
  }

  /**
   * Ids of names starting with `prefix` (spaces removed), shortest first, then of names with a later word
   * starting with it; at most `limit` distinct terms.
   */
  complete(prefix: string, limit: number): number[] {
    const memoKey = `${limit}:${prefix}`;
    const remembered = this.memo.get(memoKey);
    if (remembered) return remembered;
    const bySize = (a: number, b: number) => this.compareNames(a, b);
    const picked: number[] = [];
    const slugs = new Set<string>();
    for (const sorted of [this.starts, this.tails]) {
      const ids = [...new Set(rangeOf(sorted, prefix))].sort(bySize);
      for (const id of ids) {
        if (slugs.size >= limit) break;
        const slug = this.entries[id]?.slug ?? '';
        if (slugs.has(slug)) continue;
        slugs.add(slug);
        picked.push(id);
      }
    }
    if (prefix.length <= MEMO_PREFIX_LENGTH) this.memo.set(memoKey, picked);
    return picked;
  }

  private compareNames(a: number, b: number): number {
    const x = this.entries[a]?.compact ?? '';
    const y = this.entries[b]?.compact ?? '';
    return x.length - y.length || (x < y ? -1 : x > y ? 1 : a - b);
  }
}

function sortKeys(pairs: [string, number][]): SortedKeys {
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  return { keys: pairs.map((p) => p[0]), ids: Int32Array.from(pairs, (p) => p[1]) };
}

/** Ids whose key starts with `prefix`: a binary search for the first, then a scan while they match. */
function rangeOf({ keys, ids }: SortedKeys, prefix: string): number[] {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((keys[mid] ?? '') < prefix) low = mid + 1;
    else high = mid;
  }
  const out: number[] = [];
  for (let i = low; i < keys.length && (keys[i] ?? '').startsWith(prefix); i++) out.push(ids[i] ?? 0);
  return out;
}
