import type { Config } from '../../../src/config.js';
import { loadConfig } from '../../../src/config.js';
import type { DailyPoster } from '../../../src/daily/poster.js';
import { previewDaily } from '../../../src/daily/preview.js';
import type { DailyOutcome } from '../../../src/daily/run-due.js';
import { runDuePosts } from '../../../src/daily/run-due.js';
import type { DailySettings } from '../../../src/daily/schedule.js';
import { dailySettingsFrom, isLocalDate, localDate } from '../../../src/daily/schedule.js';
import { UserError } from '../../../src/errors.js';
import { loadGlossary } from '../../../src/glossary/load-glossary.js';
import { openStore, storeTarget } from '../../../src/store/open-store.js';
import { createPosters } from '../../daily-posters.js';
import type { CliCommand, CliContext, ParsedArgs } from '../command.js';
import { UsageError } from '../command.js';

/** What `glossary daily` gets from outside; tests inject fake posters and a fixed clock. */
export interface DailyCommandDeps {
  createPosters?: (config: Config) => Promise<readonly DailyPoster[]>;
  now?: () => Date;
}

const NO_CHANNELS =
  'No channel gets the term of the day. Set DAILY_SLACK_CHANNELS or DAILY_DISCORD_CHANNELS, or turn it on from chat with "daily on".';

function timeIn(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    at,
  );
}

function describeOutcome(o: DailyOutcome): string {
  const where = `${o.platform} ${o.channelId}`;
  switch (o.result) {
    case 'sent':
      return `✓ ${where}: posted ${o.slug}`;
    case 'already-sent':
      return `· ${where}: already posted today (${o.slug})`;
    case 'in-progress':
      return `· ${where}: another process is posting ${o.slug} right now`;
    case 'failed':
      return `✗ ${where}: posting ${o.slug} failed (${o.error}); it is retried on the next run`;
    case 'gave-up':
      return `✗ ${where}: gave up on today's post after repeated failures; check the bot's access to the channel`;
    case 'no-poster':
      return `✗ ${where}: the ${o.platform} adapter is not configured, so nothing can be posted there`;
    case 'no-terms':
      return `✗ ${where}: the glossary has no terms`;
  }
}

async function runOnce(config: Config, deps: DailyCommandDeps, ctx: CliContext): Promise<number> {
  const posters = await (deps.createPosters ?? createPosters)(config);
  if (posters.length === 0) {
    throw new UserError('No platform can post: set the Slack or Discord credentials (see .env.example).', 'no_posters');
  }
  const glossary = await loadGlossary(config.TERMS_DIR);
  const store = await openStore(storeTarget(config), { hashSalt: config.HASH_SALT });
  try {
    const settings = dailySettingsFrom(config);
    const run = await runDuePosts({ store, glossary, posters, settings, now: deps.now ?? (() => new Date()) });
    if (!run.due) {
      ctx.stdout(
        run.scheduledAt
          ? `Nothing is due yet: today's post (${run.localDate}) is at ${timeIn(run.scheduledAt, settings.timeZone)} ${settings.timeZone}.`
          : `No post is scheduled today (${run.localDate}, "${settings.cron}" in ${settings.timeZone}).`,
      );
      return 0;
    }
    if (run.outcomes.length === 0) ctx.stdout(NO_CHANNELS);
    for (const outcome of run.outcomes) ctx.stdout(describeOutcome(outcome));
    return run.outcomes.some((o) => ['failed', 'gave-up', 'no-poster', 'no-terms'].includes(o.result)) ? 1 : 0;
  } finally {
    await store.close();
  }
}

async function runPreview(config: Config, settings: DailySettings, date: string, ctx: CliContext): Promise<number> {
  const glossary = await loadGlossary(config.TERMS_DIR);
  const store = await openStore(storeTarget(config), { hashSalt: config.HASH_SALT });
  try {
    const preview = await previewDaily(store, glossary, settings, date);
    ctx.stdout(
      preview.scheduledAt
        ? `Term of the day on ${date}, posted at ${timeIn(preview.scheduledAt, settings.timeZone)} ${settings.timeZone}:`
        : `No post is scheduled on ${date} ("${settings.cron}" in ${settings.timeZone}); if there were one:`,
    );
    if (preview.channels.length === 0) ctx.stdout(NO_CHANNELS);
    for (const c of preview.channels) {
      const term = c.slug ? `${c.slug}  ${c.title ?? ''} (${c.difficulty ?? '?'})` : '(no terms)';
      ctx.stdout(`  ${c.platform.padEnd(7)} ${c.channelId}  ${term}${c.sent ? '  — already sent' : ''}`);
    }
    return 0;
  } finally {
    await store.close();
  }
}

/** Builds `glossary daily`; the default export wires the real posters and clock. */
export function createDailyCommand(deps: DailyCommandDeps = {}): CliCommand {
  return {
    name: 'daily',
    usage: 'daily --once | --preview [--date YYYY-MM-DD]',
    summary: 'Post the term of the day where due, or preview it',
    options: { once: { type: 'boolean' }, preview: { type: 'boolean' }, date: { type: 'string' } },
    async run(args: ParsedArgs, ctx) {
      const { once, preview, date } = args.values;
      if (Boolean(once) === Boolean(preview)) throw new UsageError('Choose one of --once or --preview.');
      if (date !== undefined && !preview) throw new UsageError('--date only works with --preview.');
      if (date !== undefined && (typeof date !== 'string' || !isLocalDate(date))) {
        throw new UsageError(`--date must be a date like 2025-03-10, not "${String(date)}".`);
      }
      const config = loadConfig(ctx.env);
      if (once) return runOnce(config, deps, ctx);
      const settings = dailySettingsFrom(config);
      const day = typeof date === 'string' ? date : localDate((deps.now ?? (() => new Date()))(), settings.timeZone);
      return runPreview(config, settings, day, ctx);
    },
  };
}

/** `glossary daily --once | --preview [--date D]`: for operators who run the daily post from their own scheduler. */
export const dailyCommand = createDailyCommand();
