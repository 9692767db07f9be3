/** The chat platforms that receive daily posts and votes. */
export const PLATFORMS = ['slack', 'discord'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Where a vote came from: a chat platform, or a browser on the web glossary (an anonymous per-browser id). */
export type VoteSource = Platform | 'web';

/** Where a lookup came from: a chat platform or the local console. */
export type LookupSource = Platform | 'console';

/** Identifies one daily post: one channel on one local calendar day (in DAILY_TZ). */
export interface DailyPostKey {
  platform: Platform;
  channelId: string;
  /** `YYYY-MM-DD` in the schedule's time zone. */
  localDate: string;
}

/** `claimed`: someone is sending (or crashed while sending); `failed`: the send threw; `sent`: done for good. */
export type DailyPostStatus = 'claimed' | 'failed' | 'sent';

export interface DailyPost extends DailyPostKey {
  slug: string;
  status: DailyPostStatus;
  attempts: number;
  claimedAt: Date;
  sentAt?: Date;
  lastError?: string;
}

export interface DailyClaimRequest extends DailyPostKey {
  /** The term to post if this claim wins (replaces the slug of a stale or failed earlier attempt). */
  slug: string;
  now: Date;
  /** A claim older than this without a send is treated as a crash and may be taken over. */
  staleAfterMs: number;
  /** After this many attempts on one day the channel is left alone until the next day. */
  maxAttempts: number;
}

/** The result of trying to claim a daily post; only `claimed` allows sending. */
export type DailyClaim =
  | { outcome: 'claimed'; slug: string; attempt: number }
  | { outcome: 'sent'; slug: string }
  | { outcome: 'in-progress'; slug: string }
  | { outcome: 'gave-up'; slug: string; attempts: number };

export interface Subscription {
  platform: Platform;
  channelId: string;
  /** The Slack workspace (team id) of an OAuth install; '' for single-workspace Slack and for Discord. */
  workspace: string;
  enabled: boolean;
  updatedAt: Date;
}

export type VoteValue = 'up' | 'down';

export interface VoteRecord {
  platform: VoteSource;
  /** Slack team id in OAuth mode, else ''. */
  workspace?: string;
  /** Salted sha256 of the platform user id (or the browser's id); the id itself is never stored. */
  userHash: string;
  slug: string;
  value: VoteValue;
  at: Date;
}

export interface LookupRecord {
  source: LookupSource;
  /** Slack team id in OAuth mode, else ''. */
  workspace?: string;
  /** What the user typed, already truncated. */
  query: string;
  normalizedQuery: string;
  /** The term shown, or null for a miss (not found, or only suggestions). */
  slug: string | null;
  at: Date;
}

/** Usage since a point in time, for `glossary stats`. */
export interface UsageStats {
  since: Date;
  lookups: number;
  misses: number;
  topTerms: { slug: string; count: number }[];
  topMisses: { query: string; count: number }[];
  helpfulness: { slug: string; up: number; down: number }[];
  postsSent: { platform: Platform; channelId: string; count: number }[];
}

/** Narrows `glossary stats` to one Slack workspace. */
export interface StatsFilter {
  workspace?: string;
}

/** A Slack app installation (Bolt's `Installation`, kept as JSON: it holds tokens, so it is never logged). */
export interface InstallationRecord {
  /** `E:<enterprise id>` for an org-wide install, else `T:<team id>`. */
  key: string;
  teamId?: string | undefined;
  enterpriseId?: string | undefined;
  /** Bolt's Installation object, as JSON. */
  data: string;
  at: Date;
}

/** Whether the store can take writes right now; `problem` is a short code safe to show on /healthz. */
export interface StoreHealth {
  ok: boolean;
  problem?: string;
}

/** `sqlite` (embedded file, the default) or `postgres` (DATABASE_URL, for several replicas). */
export type StoreKind = 'sqlite' | 'postgres';

/**
 * Everything the bot keeps between restarts. Async so a server database can replace the embedded one;
 * every method is atomic on its own.
 */
export interface Store {
  readonly kind: StoreKind;
  /** Where the data lives (a file path, or the server and database without credentials), for messages. */
  readonly location: string;
  /** Salt for hashing user ids: HASH_SALT, or generated once and kept in the store. */
  readonly hashSalt: string;

  /** Claims today's post for a channel, so that exactly one process sends it. */
  claimDailyPost(request: DailyClaimRequest): Promise<DailyClaim>;
  /** Marks a claimed post as sent; false when the claim was taken over meanwhile. */
  markDailyPostSent(key: DailyPostKey, attempt: number, at: Date): Promise<boolean>;
  /** Records a failed send so a later run retries it. */
  markDailyPostFailed(key: DailyPostKey, attempt: number, error: string): Promise<void>;
  /** Daily posts of one channel (or all), oldest first. */
  listDailyPosts(filter?: { platform?: Platform; channelId?: string }): Promise<DailyPost[]>;

  /** `workspace` is the Slack team id in OAuth mode (so the post uses that workspace's token), else ''. */
  setSubscription(platform: Platform, channelId: string, enabled: boolean, at: Date, workspace?: string): Promise<void>;
  listSubscriptions(): Promise<Subscription[]>;

  /** Stores or changes a user's vote on a term; returns the vote it replaced, if any. */
  recordVote(vote: VoteRecord): Promise<{ previous?: VoteValue }>;
  recordLookup(lookup: LookupRecord): Promise<void>;
  usageStats(since: Date, limit: number, filter?: StatsFilter): Promise<UsageStats>;

  /** Saves (or replaces, on re-install and token rotation) a Slack installation. */
  saveInstallation(installation: InstallationRecord): Promise<void>;
  /** The installation's JSON, or undefined when the workspace has not installed the app. */
  findInstallation(key: string): Promise<string | undefined>;
  /** Removes an installation (uninstall, tokens revoked); true when there was one. */
  deleteInstallation(key: string): Promise<boolean>;

  /** Can the store take writes now (file still there, not locked for long, server reachable)? Never throws. */
  check(): Promise<StoreHealth>;
  close(): Promise<void>;
}
