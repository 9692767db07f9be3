import { Cron } from 'croner';
import { z } from 'zod';
import { UserError } from './errors.js';

const optional = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const idList = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

const port = (fallback: number | undefined) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return fallback;
      // Plain decimal digits only: Number() would also take "0x10", "1e3", "0b11" and "+80".
      const n = /^\d{1,5}$/.test(v) ? Number(v) : Number.NaN;
      if (!Number.isInteger(n) || n < 0 || n > 65_535) {
        ctx.addIssue({ code: 'custom', message: `"${v}" is not a port number (0–65535, decimal digits only)` });
        return z.NEVER;
      }
      return n;
    });

const url = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx) => {
    if (v === undefined || v === '') return undefined;
    if (!/^https?:\/\/[^\s]+$/.test(v) || !URL.canParse(v)) {
      ctx.addIssue({ code: 'custom', message: `"${v}" is not an http(s) URL` });
      return z.NEVER;
    }
    return v.endsWith('/') ? v : `${v}/`;
  });

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Every environment variable the bot reads, in one place (documented in .env.example). */
export const ConfigSchema = z.object({
  TERMS_DIR: z.string().trim().default('terms'),
  /** Read by `glossaryCacheDir` (the CLI has no full config); listed here so every variable is in one place. */
  GLOSSARY_CACHE_DIR: optional,
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: (i) => `"${String(i.input)}" is not a log level (fatal, error, warn, info, debug, trace, silent)`,
    })
    .default('info'),
  PORT: port(3000),
  HEALTH_PORT: port(undefined),
  DATABASE_PATH: z.string().trim().default('data/glossary.db'),
  /** PostgreSQL instead of the SQLite file, for several replicas (postgres://user:password@host:5432/db). */
  DATABASE_URL: optional.refine((v) => v === undefined || (/^postgres(ql)?:\/\/./i.test(v) && URL.canParse(v)), {
    message: 'must be a PostgreSQL URL like postgres://user:password@host:5432/database',
  }),
  HASH_SALT: optional,

  SLACK_BOT_TOKEN: optional.refine((v) => v === undefined || v.startsWith('xoxb-'), {
    message: 'must be a bot token starting with "xoxb-"',
  }),
  SLACK_SIGNING_SECRET: optional,
  SLACK_APP_TOKEN: optional.refine((v) => v === undefined || v.startsWith('xapp-'), {
    message: 'must be an app-level token starting with "xapp-"',
  }),
  SLACK_API_URL: url,
  SLACK_COMMAND: z
    .string()
    .trim()
    .default('/define')
    .refine((v) => /^\/[a-z0-9_-]{1,31}$/.test(v), {
      message: 'must be a slash command like "/define" (lowercase, at most 32 characters)',
    }),

  /** OAuth install in many workspaces (all three together; see README "Slack in many workspaces"). */
  SLACK_CLIENT_ID: optional,
  SLACK_CLIENT_SECRET: optional,
  SLACK_STATE_SECRET: optional,

  DISCORD_TOKEN: optional,
  /** Discord gateway sharding: unset (one connection), `auto` (Discord's recommended count), or a number. */
  DISCORD_SHARDS: optional.refine((v) => v === undefined || v === 'auto' || /^[1-9]\d{0,3}$/.test(v), {
    message: 'must be "auto" or a number of shards (1 or more)',
  }),
  DISCORD_APPLICATION_ID: optional.refine((v) => v === undefined || /^\d{5,25}$/.test(v), {
    message: 'must be the numeric application id',
  }),
  DISCORD_API_URL: url,

  DAILY_CRON: z
    .string()
    .trim()
    .default('0 9 * * 1-5')
    .refine(
      (v) => {
        try {
          new Cron(v, { paused: true });
          return true;
        } catch {
          return false;
        }
      },
      { message: 'is not a valid cron expression (e.g. "0 9 * * 1-5" for 09:00 on weekdays)' },
    ),
  DAILY_TZ: z
    .string()
    .trim()
    .default('UTC')
    .refine(isTimeZone, { message: 'is not a time zone (use an IANA name such as "Europe/Berlin")' }),
  DAILY_SLACK_CHANNELS: idList,
  DAILY_DISCORD_CHANNELS: idList,

  /**
   * Where people reach the web glossary (the bot's pages or a static copy), e.g. `https://glossary.example.com/`.
   * When set, every chat card links to its term's page. At most 400 characters, so a term link
   * (`terms/<slug>/`, slugs ≤ 80) stays within Discord's 512-character link limit.
   */
  PUBLIC_URL: url.refine((v) => v === undefined || v.length <= 400, {
    message: 'is too long (at most 400 characters)',
  }),
  /** Opens the /stats page to whoever knows it; unset, the page is off. */
  STATS_TOKEN: optional.refine((v) => v === undefined || /^[\x21-\x7e]{16,200}$/.test(v), {
    message: 'must be 16 to 200 characters without spaces (e.g. the output of `openssl rand -hex 16`)',
  }),
});

/** One problem with the configuration: the variable it concerns and what is wrong. */
interface ConfigProblem {
  name: string;
  message: string;
}

/**
 * Settings that only make sense together. Checked on the raw values, apart from the schema, so they are
 * reported in the same message as invalid fields (zod skips object refinements once a field has failed).
 */
function checkCombinations(env: Readonly<Record<string, string>>): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const oauthParts = ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'] as const;
  const oauth = oauthParts.filter((name) => env[name]);
  if (oauth.length > 0) {
    for (const name of oauthParts) {
      if (!env[name]) problems.push({ name, message: 'is required for OAuth installs (set all three, or none)' });
    }
    if (!env.SLACK_SIGNING_SECRET) {
      problems.push({ name: 'SLACK_SIGNING_SECRET', message: 'is required for OAuth installs (HTTP mode)' });
    }
    if (env.SLACK_BOT_TOKEN) {
      problems.push({
        name: 'SLACK_BOT_TOKEN',
        message: 'must be unset for OAuth installs (each workspace has its own token)',
      });
    }
    if (env.SLACK_APP_TOKEN) {
      problems.push({ name: 'SLACK_APP_TOKEN', message: 'must be unset for OAuth installs (they run in HTTP mode)' });
    }
    return problems;
  }
  if (env.SLACK_BOT_TOKEN && !env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) {
    problems.push({
      name: 'SLACK_SIGNING_SECRET',
      message: 'is required in HTTP mode (set it, or set SLACK_APP_TOKEN for Socket Mode)',
    });
  }
  if ((env.SLACK_APP_TOKEN || env.SLACK_SIGNING_SECRET) && !env.SLACK_BOT_TOKEN) {
    problems.push({ name: 'SLACK_BOT_TOKEN', message: 'is required to run the Slack bot' });
  }
  return problems;
}

export type Config = z.infer<typeof ConfigSchema>;

/** Reads and checks the environment; throws one UserError that lists every problem. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): Config {
  // An empty value (`SLACK_COMMAND=` copied from .env.example) means "use the default".
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const result = ConfigSchema.safeParse(given);
  const problems: ConfigProblem[] = [
    ...(result.error?.issues ?? []).map((issue) => ({
      name: issue.path.join('.') || 'configuration',
      message: issue.message,
    })),
    ...checkCombinations(given as Record<string, string>),
  ];
  if (result.success && problems.length === 0) return result.data;
  const lines = problems.map(({ name, message }) => {
    const value = env[name];
    const shown =
      value !== undefined && !/TOKEN|SECRET|SALT|DATABASE_URL|CLIENT_ID/.test(name) && !message.includes(`"${value}"`);
    return `  ${name}: ${shown ? `"${value}" ` : ''}${message}`;
  });
  throw new UserError(
    `Configuration problem${lines.length > 1 ? 's' : ''}:\n${lines.join('\n')}\nSee .env.example for every setting.`,
    'config',
  );
}
