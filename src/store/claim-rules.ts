import type { DailyClaim, DailyClaimRequest, DailyPostStatus } from './store.js';

/** What a store knows about today's post for a channel when a claim comes in. */
export interface ExistingPost {
  slug: string;
  status: DailyPostStatus;
  attempts: number;
  claimedAt: number;
}

/**
 * The claim rules, shared by both stores so they cannot drift: a sent post stays sent, a fresh claim is in
 * progress, a failed or stale claim may be taken over until the attempt limit. `take` means: update the row.
 */
export function decideClaim(row: ExistingPost, request: DailyClaimRequest): { claim: DailyClaim; take: boolean } {
  if (row.status === 'sent') return { claim: { outcome: 'sent', slug: row.slug }, take: false };
  const stale = row.status === 'failed' || request.now.getTime() - row.claimedAt >= request.staleAfterMs;
  if (!stale) return { claim: { outcome: 'in-progress', slug: row.slug }, take: false };
  if (row.attempts >= request.maxAttempts) {
    return { claim: { outcome: 'gave-up', slug: row.slug, attempts: row.attempts }, take: false };
  }
  return { claim: { outcome: 'claimed', slug: request.slug, attempt: row.attempts + 1 }, take: true };
}
