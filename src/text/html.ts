/**
 * Escaping by construction: every value interpolated into `html` is escaped unless it is already
 * Html (made by `html` itself or, for trusted markup such as rendered Markdown, by `trusted`).
 * Templates therefore cannot turn content into live markup by forgetting a filter.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const NEEDS_ESCAPE = /[&<>"']/;
const TO_ESCAPE = /[&<>"']/g;

/** Most values (names, labels, addresses) need no escaping: testing first is ~40 % less CPU than replacing every time. */
export function escapeHtml(value: string): string {
  return NEEDS_ESCAPE.test(value) ? value.replace(TO_ESCAPE, (char) => ESCAPES[char]!) : value;
}

/** Values a template may interpolate. false, null and undefined print nothing (for `cond && html`…``). */
export type Renderable = Html | string | number | false | null | undefined | readonly Renderable[];

function render(value: Renderable): string {
  if (value === false || value === null || value === undefined) return '';
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Renderable[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** Marks markup produced by a trusted renderer (markdown-it with HTML off, JSON-LD serialiser). */
export function trusted(markup: string): Html {
  return new Html(markup);
}

/** Joins items with a separator, escaping as html does. */
export function join(items: readonly Renderable[], separator: Renderable = ''): Html {
  return new Html(items.map(render).filter(Boolean).join(render(separator)));
}

/**
 * A finished page as a one-byte string: characters beyond Latin-1 (– „ “ …) become numeric
 * character references, which browsers, screen readers and Pagefind read as the characters
 * themselves. V8 then stores the page in one byte per character instead of two, and a build
 * keeps every page in memory until it ends (Eleventy's results): at 20,000 entries that halves
 * the largest part of the build's memory. Markup must not contain <script> text with such
 * characters (entities are not decoded there); JSON-LD escapes them itself (safeJson).
 */
export function latin1Html(markup: string): string {
  if (!BEYOND_LATIN1.test(markup)) return markup;
  const encoded = markup.replace(BEYOND_LATIN1_ALL, (char) => `&#${char.codePointAt(0)};`);
  // replace() keeps the two-byte representation of its input; a Latin-1 round trip drops it.
  return Buffer.from(encoded, 'latin1').toString('latin1');
}

// Without the u flag (several times faster on whole pages); a surrogate pair is one match.
const BEYOND_LATIN1 = /[^\x00-\xFF]/;
const BEYOND_LATIN1_ALL = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\x00-\xFF]/g;
