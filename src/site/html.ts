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

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
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
