/** Zero-width space: splits a token so the platform no longer recognises it, while the text still reads the same. */
export const ZWSP = '\u200b';

/** Escapes text for Slack mrkdwn: only `&`, `<` and `>`, which defuses `<!channel>`, `<@U…>` and links. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Escapes user-typed text for Slack mrkdwn: entities as above, and formatting characters swapped for
 * look-alikes so a query cannot bold, strike or code-format the reply.
 */
export function escapeSlackUser(text: string): string {
  return escapeSlack(text).replace(/[*_~`]/g, (c) => SLACK_LOOKALIKES[c] ?? c);
}

const SLACK_LOOKALIKES: Record<string, string> = { '*': '\u2217', _: '\u02cd', '~': '\u223c', '`': '\u02cb' };

/** Text inside Slack `*bold*`: escaped, with asterisks swapped so they cannot close the bold early. */
export function slackBold(text: string): string {
  return `*${escapeSlack(text).replace(/\*/g, '\u2217')}*`;
}

/**
 * Defuses Discord mentions and links without changing how the text reads: `@everyone`, `@here`,
 * `<@123>`, `<@&123>`, `<#123>`, `</cmd:1>` and `https://…` autolinks get a zero-width space.
 */
export function defuseDiscord(text: string): string {
  return text
    .replace(/@(everyone|here)/gi, `@${ZWSP}$1`)
    .replace(/<(?=[@#/:a]|t:)/g, `<${ZWSP}`)
    .replace(/:\/\//g, `:${ZWSP}//`);
}

/**
 * Escapes text for Discord markdown (descriptions, field values): backslashes before formatting
 * characters, line-start markers (`#`, `>`, `-`, `1.`) neutralised, masked links broken, mentions defused.
 */
export function escapeDiscord(text: string): string {
  const escaped = text
    .replace(/([\\*_~`|[\]])/g, '\\$1')
    .replace(/^(\s*)([#>-])/gm, '$1\\$2')
    .replace(/^(\s*)(\d+)\.(?=\s)/gm, '$1$2\\.')
    .replace(/\]\(/g, `]${ZWSP}(`);
  return defuseDiscord(escaped);
}

/** Removes control characters (ANSI escapes, bells) so user text cannot drive a terminal. */
export function stripControl(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

/**
 * Removes what must never be echoed from a user's text: control characters (NUL, ESC, bells) and invisible
 * format characters that reorder or hide text (bidi overrides and isolates such as U+202E, zero-width spaces
 * and joiners, the BOM, soft hyphens). Tabs and newlines stay. Every renderer runs user text through it.
 */
export function stripInvisible(text: string): string {
  return stripControl(text).replace(INVISIBLE, '');
}

const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;
