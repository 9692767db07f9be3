import { loadConfig } from '../../../src/config.js';
import { openStore, storeTarget } from '../../../src/store/open-store.js';
import type { UsageStats } from '../../../src/store/store.js';
import type { CliCommand } from '../command.js';
import { UsageError } from '../command.js';

/** How many rows each list shows. */
const LIMIT = 20;

function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${Math.round((100 * part) / whole)}%`;
}

/** The plain-text report: one section per question a maintainer asks. */
export function formatStats(stats: UsageStats, days: number): string[] {
  const lines = [`Usage in the last ${days} day(s), since ${stats.since.toISOString().slice(0, 10)}:`];
  lines.push(`Lookups: ${stats.lookups} (${stats.misses} not found, ${percent(stats.misses, stats.lookups)})`, '');
  lines.push('Most looked-up terms:');
  if (stats.topTerms.length === 0) lines.push('  (none yet)');
  for (const t of stats.topTerms) lines.push(`  ${String(t.count).padStart(5)}  ${t.slug}`);
  lines.push('', 'Most frequent misses (asked for, not found — candidates for new terms or aliases):');
  if (stats.topMisses.length === 0) lines.push('  (none)');
  for (const m of stats.topMisses) lines.push(`  ${String(m.count).padStart(5)}  ${JSON.stringify(m.query)}`);
  lines.push('', 'Helpfulness (helpful / not helpful):');
  if (stats.helpfulness.length === 0) lines.push('  (no votes yet)');
  for (const h of stats.helpfulness) {
    lines.push(`  ${h.slug}: ${h.up} / ${h.down} (${percent(h.up, h.up + h.down)} helpful)`);
  }
  const sent = stats.postsSent.reduce((sum, p) => sum + p.count, 0);
  lines.push('', `Daily posts sent: ${sent}`);
  for (const p of stats.postsSent) lines.push(`  ${String(p.count).padStart(5)}  ${p.platform} ${p.channelId}`);
  return lines;
}

/** Builds `glossary stats`; tests inject the clock. */
export function createStatsCommand(deps: { now?: () => Date } = {}): CliCommand {
  return {
    name: 'stats',
    usage: 'stats [--days N] [--workspace T…] [--json]',
    summary: 'Most looked-up terms, misses, helpfulness and daily posts',
    options: { days: { type: 'string' }, json: { type: 'boolean' }, workspace: { type: 'string' } },
    async run(args, ctx) {
      const raw = args.values.days ?? '30';
      const days = Number(raw);
      if (typeof raw !== 'string' || !/^\d+$/.test(raw) || days < 1 || days > 36_500) {
        throw new UsageError(`--days must be a whole number of days (1 or more), not "${String(raw)}".`);
      }
      const config = loadConfig(ctx.env);
      const store = await openStore(storeTarget(config), { hashSalt: config.HASH_SALT });
      try {
        const now = (deps.now ?? (() => new Date()))();
        // --workspace: one Slack workspace of an OAuth install (its team id, T…).
        const workspace = typeof args.values.workspace === 'string' ? args.values.workspace.trim() : undefined;
        const since = new Date(now.getTime() - days * 86_400_000);
        const stats = await store.usageStats(since, LIMIT, workspace ? { workspace } : {});
        if (args.values.json) {
          ctx.stdout(JSON.stringify({ days, ...stats }, null, 2));
        } else {
          for (const line of formatStats(stats, days)) ctx.stdout(line);
        }
        return 0;
      } finally {
        await store.close();
      }
    },
  };
}

/** `glossary stats [--days N] [--json]`: what people look up and miss, and how helpful terms are. */
export const statsCommand = createStatsCommand();
