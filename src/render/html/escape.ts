const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values alike, so no term text becomes markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

/** Tagged template whose interpolations are escaped, except markup already built by `html`. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): RawHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += toHtml(value);
    out += strings[i + 1] ?? '';
  });
  return new RawHtml(out);
}

/** What `html` interpolates: text and numbers (escaped), built markup, lists of markup, nothing. */
export type HtmlValue = string | number | RawHtml | readonly RawHtml[] | undefined;

function toHtml(value: HtmlValue): string {
  if (value instanceof RawHtml) return value.value;
  if (Array.isArray(value)) return value.map((v: RawHtml) => v.value).join('\n');
  return escapeHtml(String(value ?? ''));
}

/** Markup that is already safe (built by `html`); anything else interpolated into `html` is escaped. */
export class RawHtml {
  constructor(readonly value: string) {}
}

/** Serialises data for an inline `<script type="application/json">` or a JS file: `<` escaped so it cannot close the tag. */
export function safeJson(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
