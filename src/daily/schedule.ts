import { Cron } from 'croner';
import type { Config } from '../config.js';

/** When and where the term of the day is posted (from DAILY_CRON, DAILY_TZ and the DAILY_*_CHANNELS lists). */
export interface DailySettings {
  cron: string;
  timeZone: string;
  slackChannels: readonly string[];
  discordChannels: readonly string[];
}

/** Picks the daily settings out of the validated configuration. */
export function dailySettingsFrom(config: Config): DailySettings {
  return {
    cron: config.DAILY_CRON,
    timeZone: config.DAILY_TZ,
    slackChannels: config.DAILY_SLACK_CHANNELS,
    discordChannels: config.DAILY_DISCORD_CHANNELS,
  };
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function partsIn(timeZone: string, at: number): Record<string, number> {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    dateFormats.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(at)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return parts;
}

/** The calendar date (`YYYY-MM-DD`) of an instant in a time zone. */
export function localDate(at: Date, timeZone: string): string {
  const p = partsIn(timeZone, at.getTime());
  const pad = (n: number | undefined, width = 2) => String(n ?? 0).padStart(width, '0');
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** How far the zone is ahead of UTC at an instant, in ms. */
function zoneOffsetMs(timeZone: string, at: number): number {
  const p = partsIn(timeZone, at);
  const wall = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  return wall - (at - (((at % 1000) + 1000) % 1000));
}

/** Whether `date` is a real calendar date written as `YYYY-MM-DD`. */
export function isLocalDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return false;
  const utc = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return utc.toISOString().slice(0, 10) === date;
}

/** The calendar date `days` after a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

/**
 * The first scheduled run on a local calendar day, or undefined when the schedule skips that day
 * (e.g. weekends for `0 9 * * 1-5`). DST days are handled by croner: a 02:30 run on a spring-forward day
 * happens at 03:30, once.
 */
export function scheduledRunOn(settings: Pick<DailySettings, 'cron' | 'timeZone'>, date: string): Date | undefined {
  const job = new Cron(settings.cron, { timezone: settings.timeZone, paused: true });
  const [y, m, d] = date.split('-').map(Number);
  const utcMidnight = Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1);
  // Start a little before local midnight (the offset may change during the day) and walk forward.
  let cursor: Date | null = new Date(utcMidnight - zoneOffsetMs(settings.timeZone, utcMidnight) - 3 * 3_600_000);
  for (let i = 0; i < 5_000 && cursor; i++) {
    cursor = job.nextRun(cursor);
    if (!cursor) return undefined;
    const day = localDate(cursor, settings.timeZone);
    if (day === date) return cursor;
    if (day > date) return undefined;
  }
  return undefined;
}

/** Today's local date and scheduled time; due once that time has passed (posting is still once per day). */
export function dailyDueState(
  settings: Pick<DailySettings, 'cron' | 'timeZone'>,
  now: Date,
): { localDate: string; scheduledAt?: Date; due: boolean } {
  const today = localDate(now, settings.timeZone);
  const scheduledAt = scheduledRunOn(settings, today);
  if (!scheduledAt) return { localDate: today, due: false };
  return { localDate: today, scheduledAt, due: scheduledAt.getTime() <= now.getTime() };
}
