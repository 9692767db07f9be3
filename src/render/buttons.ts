import type { ComparisonReply, Reply, TermRef, TermReply } from '../replies.js';
import { SECTION_LABELS, SECTIONS } from '../replies.js';
import { comparisonKey, formatActionId } from './ids.js';

/** A platform-neutral button: what it says, its stateless id, and whether it is the main action. */
export interface ButtonSpec {
  label: string;
  id: string;
  primary?: boolean;
  /** A link button: opens this address instead of sending a click to the bot. */
  url?: string;
}

/** Options every renderer passes on to the buttons. */
export interface ButtonOptions {
  /** Adds a *Share to channel* button, for answers only the asker can see. */
  shareable?: boolean;
  /** PUBLIC_URL: adds an *Open full entry* link to the term's web page. */
  publicUrl?: string | undefined;
}

/** The web page of a term under PUBLIC_URL (which ends with a slash). */
export function termPageUrl(publicUrl: string, slug: string): string {
  return `${publicUrl}terms/${slug}/`;
}

/** The web page showing two terms side by side under PUBLIC_URL (one address per pair, slugs sorted). */
export function comparePageUrl(publicUrl: string, a: string, b: string): string {
  return `${publicUrl}compare/${[a, b].sort().join('/')}/`;
}

/** The longest link URL every platform takes (Discord: 512; Slack: 3000). */
const MAX_LINK_URL = 512;

/** Buttons in groups; each group starts a new row (Discord) or actions block (Slack). */
export type ButtonGroups = ButtonSpec[][];

/** Most term buttons (related terms, suggestions) offered in one group. */
export const MAX_TERM_BUTTONS = 5;

/** The buttons for any reply, grouped: section navigation, related terms, feedback. Ids are unique. */
export function buildButtons(reply: Reply, options: ButtonOptions = {}): ButtonGroups {
  const groups =
    reply.kind === 'term'
      ? termButtons(reply, options)
      : reply.kind === 'comparison'
        ? comparisonButtons(reply, options)
        : reply.kind === 'suggestions' || reply.kind === 'not-found' || reply.kind === 'help'
          ? [openButtons(reply.kind === 'help' ? reply.examples : reply.suggestions, reply.kind === 'suggestions')]
          : reply.kind === 'mentions'
            ? [openButtons(reply.terms, false)]
            : [];
  return dedupe(groups);
}

function termButtons(reply: TermReply, options: ButtonOptions): ButtonGroups {
  const slug = reply.term.slug;
  const nav = SECTIONS.filter((s) => s !== reply.section).flatMap((section) => {
    const id = formatActionId({ type: 'section', slug, section });
    const label = section === 'overview' ? '← Overview' : SECTION_LABELS[section];
    return id ? [{ label, id }] : [];
  });
  // Runners-up of a description search, or what the missing side of a comparison came close to, come first.
  const others = openButtons([...(reply.alternatives ?? []), ...(reply.missing?.suggestions ?? [])], false);
  const related = openButtons(reply.related, false);
  const feedback: ButtonSpec[] = [];
  const link = options.publicUrl && formatActionId({ type: 'link', slug });
  if (link && options.publicUrl) {
    feedback.push({ label: 'Open full entry', id: link, url: termPageUrl(options.publicUrl, slug) });
  }
  const share = options.shareable && formatActionId({ type: 'share', slug, section: reply.section });
  if (share) feedback.push({ label: 'Share to channel', id: share, primary: true });
  feedback.push(...voteButtons(slug));
  return [others, nav, related, feedback];
}

/** Open either term, then *Helpful?* votes that count for the comparison itself. */
function comparisonButtons(reply: ComparisonReply, options: ButtonOptions): ButtonGroups {
  const key = comparisonKey(reply.left.slug, reply.right.slug);
  const feedback: ButtonSpec[] = [];
  const link = options.publicUrl && formatActionId({ type: 'link', slug: reply.left.slug });
  const url = options.publicUrl && comparePageUrl(options.publicUrl, reply.left.slug, reply.right.slug);
  // Discord refuses link URLs over 512 characters (a long PUBLIC_URL plus two long slugs): then no link.
  if (link && url && url.length <= MAX_LINK_URL) feedback.push({ label: 'Open side by side', id: link, url });
  feedback.push(...voteButtons(key));
  const open = openButtons([reply.left, reply.right], false).map((b) => ({ ...b, label: `Open ${b.label}` }));
  return [open, feedback];
}

function voteButtons(key: string): ButtonSpec[] {
  const up = formatActionId({ type: 'vote', slug: key, vote: 'up' });
  const down = formatActionId({ type: 'vote', slug: key, vote: 'down' });
  return up && down
    ? [
        { label: '👍 Helpful', id: up },
        { label: '👎 Not helpful', id: down },
      ]
    : [];
}

function openButtons(refs: readonly TermRef[], primaryFirst: boolean): ButtonSpec[] {
  return refs.slice(0, MAX_TERM_BUTTONS * 2).flatMap((ref, i) => {
    const id = formatActionId({ type: 'open', slug: ref.slug });
    return id ? [{ label: ref.title, id, primary: primaryFirst && i === 0 }] : [];
  });
}

/** Drops buttons whose id already appeared (a related term listed twice), then empty groups. */
function dedupe(groups: ButtonGroups): ButtonGroups {
  const seen = new Set<string>();
  return groups
    .map((group) =>
      group
        .filter((b) => {
          if (seen.has(b.id)) return false;
          seen.add(b.id);
          return true;
        })
        .slice(0, MAX_TERM_BUTTONS * 2),
    )
    .filter((group) => group.length > 0);
}
