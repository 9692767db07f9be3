import type { Glossary } from '../glossary/glossary.js';
import { DIFFICULTIES } from '../glossary/term-rules.js';
import { seededShuffle } from '../random.js';

/** 32-bit FNV-1a, to turn a channel and cycle into a shuffle seed. */
function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The order of one rotation cycle for a channel: each difficulty shuffled on its own, then spread evenly
 * through the cycle (with a seeded phase), so levels alternate instead of coming in streaks.
 */
export function rotationOrder(glossary: Glossary, channelKey: string, cycle: number): string[] {
  const seed = hashSeed(`${channelKey}#${cycle}`);
  const placed: { slug: string; position: number; level: number }[] = [];
  DIFFICULTIES.forEach((difficulty, level) => {
    const group = glossary
      .filter(difficulty)
      .map((t) => t.slug)
      .sort();
    if (group.length === 0) return;
    const shuffled = seededShuffle(group, seed ^ hashSeed(difficulty));
    const phase = (hashSeed(`${seed}:${difficulty}`) % 1000) / 1000;
    shuffled.forEach((slug, i) => {
      placed.push({ slug, position: (i + phase) / group.length, level });
    });
  });
  return placed.sort((a, b) => a.position - b.position || a.level - b.level).map((p) => p.slug);
}

/** Where a channel stands in its rotation: which cycle it is in and which terms that cycle already showed. */
export function rotationState(glossary: Glossary, history: readonly string[]): { cycle: number; shown: Set<string> } {
  const total = glossary.size;
  let cycle = 0;
  let shown = new Set<string>();
  for (const slug of history) {
    // Removed terms no longer count; a term repeating means its cycle had ended (cycles never repeat a term).
    if (!glossary.get(slug)) continue;
    if (shown.has(slug)) {
      cycle++;
      shown = new Set();
    }
    shown.add(slug);
    if (shown.size >= total) {
      cycle++;
      shown = new Set();
    }
  }
  return { cycle, shown };
}

/**
 * The next term for a channel given the terms already posted there (oldest first): the first term of this
 * cycle's order not yet shown (nor posted last). No term repeats until every current term has been shown; terms added later
 * join the current cycle; removed terms are skipped. Deterministic for a given glossary and history.
 */
export function chooseDailyTerm(
  glossary: Glossary,
  channelKey: string,
  history: readonly string[],
): string | undefined {
  if (glossary.size === 0) return undefined;
  const { cycle, shown } = rotationState(glossary, history);
  const candidates = rotationOrder(glossary, channelKey, cycle).filter((slug) => !shown.has(slug));
  // A new cycle may start with the term the last one ended with; take the next one then, never the same twice in a row.
  const last = history.findLast((slug) => glossary.get(slug));
  return candidates.find((slug) => slug !== last) ?? candidates[0];
}
