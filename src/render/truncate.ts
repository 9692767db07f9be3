/** The ellipsis that marks text cut short. */
export const ELLIPSIS = '…';

/**
 * Cuts text to at most `max` characters at a word boundary, ending with "…". Never splits a surrogate
 * pair, an HTML entity such as `&amp;`, or a trailing backslash escape.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 1) return '';
  let cut = text.slice(0, max - 1);
  const space = cut.search(/\s\S*$/);
  const atBoundary = /\s/.test(text.charAt(max - 1));
  if (!atBoundary && space > (max - 1) * 0.6) cut = cut.slice(0, space);
  cut = cut
    .replace(/[\uD800-\uDBFF]$/, '')
    .replace(/&[#a-zA-Z0-9]*$/, '')
    .replace(/[\s\u200b,:–—-]+$/, '');
  if (/(^|[^\\])(\\\\)*\\$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}${ELLIPSIS}`;
}

/**
 * Escapes `raw` for a markup and fits the result into `max` characters: the cut happens on the raw
 * text, before escaping, so no entity or escape sequence is ever broken.
 */
export function fitEscaped(raw: string, max: number, escapeFn: (text: string) => string): string {
  const full = escapeFn(raw);
  if (full.length <= max) return full;
  let budget = max;
  while (budget > 0) {
    const fitted = escapeFn(truncate(raw, budget));
    if (fitted.length <= max) return fitted;
    budget -= Math.max(1, fitted.length - max);
  }
  return '';
}

/**
 * Joins lines with `separator` while they fit into `max` characters; if any had to be left out,
 * ends with a "…" line instead. Each line should already be fitted on its own.
 */
export function joinFitting(lines: readonly string[], max: number, separator = '\n'): string {
  const kept: string[] = [];
  let length = 0;
  for (const [i, line] of lines.entries()) {
    const extra = (kept.length > 0 ? separator.length : 0) + line.length;
    const room = i === lines.length - 1 ? max : max - separator.length - ELLIPSIS.length;
    if (length + extra > room) {
      if (length + separator.length + ELLIPSIS.length <= max) kept.push(ELLIPSIS);
      break;
    }
    kept.push(line);
    length += extra;
  }
  return kept.join(separator);
}
