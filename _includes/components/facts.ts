import { html, type Renderable } from '../../src/text/html.ts';

export type Fact = [label: string, value: Renderable] | false | undefined;

/**
 * A KERN description list of the facts that are present (empty values are left out). Each item
 * closes right after its value: Pagefind then ends it with a full stop in the search text
 * ("Art Justiz. Träger …"), so excerpts do not run one fact into the next.
 */
export function factList(facts: Fact[]) {
  const shown = facts.filter((fact): fact is [string, Renderable] => Array.isArray(fact) && fact[1] !== undefined && fact[1] !== '' && !(Array.isArray(fact[1]) && fact[1].length === 0));
  if (!shown.length) return '';
  return html`<dl class="kern-description-list gsn-facts">
${shown.map(([label, value]) => html`<div class="kern-description-list-item">\n<dt class="kern-description-list-item__key">${label}</dt>\n<dd class="kern-description-list-item__value">${value}</dd></div>\n`)}</dl>`;
}

/** Comma-separated inline list. */
export function inline(items: readonly Renderable[]) {
  return items.length ? html`${items.map((item, i) => html`${i ? ', ' : ''}${item}`)}` : undefined;
}
