import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { renderMessagePage, renderStatsPage } from '../../src/render/html/index.js';
import { dailyUsage } from '../../src/store/daily-usage.js';
import type { BotDeps } from '../deps.js';
import { sendFresh, TYPES } from './respond.js';

/** Rows per list, as in `glossary stats`. */
const LIMIT = 20;
/** Most days the chart shows. */
const CHART_DAYS = 60;
const PRIVATE = { 'x-robots-tag': 'noindex', 'referrer-policy': 'no-referrer' };

/**
 * `GET /stats?token=…[&days=N]` (or `Authorization: Bearer …`): the maintainer view. Off (404) without
 * STATS_TOKEN; a missing or wrong token gets 401 and a page saying what to add.
 */
export async function handleStats(req: IncomingMessage, res: ServerResponse, url: URL, deps: BotDeps): Promise<void> {
  const page = (status: number, title: string, line: string) =>
    sendFresh(req, res, status, TYPES.html, renderMessagePage({ title, lines: [line], root: './' }), PRIVATE);
  const expected = deps.config.STATS_TOKEN;
  if (!expected) return page(404, 'Usage page is off', 'Set STATS_TOKEN in the bot’s settings to turn on this page.');
  const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  const given = url.searchParams.get('token') ?? bearer ?? '';
  if (!sameSecret(given, expected)) {
    return page(401, 'Token needed', 'Open this page as /stats?token=… with the value of STATS_TOKEN.');
  }
  const raw = url.searchParams.get('days') ?? '30';
  const days = Number(raw);
  if (!/^\d+$/.test(raw) || days < 1 || days > 36_500) {
    return page(400, 'Unknown period', `days must be a whole number of days (1 or more), not “${raw.slice(0, 20)}”.`);
  }
  const now = deps.now();
  const stats = await deps.store.usageStats(new Date(now.getTime() - days * 86_400_000), LIMIT);
  const daily = await dailyUsage(deps.store, now, Math.min(days, CHART_DAYS));
  sendFresh(req, res, 200, TYPES.html, renderStatsPage({ stats, days, daily, root: './' }), PRIVATE);
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
