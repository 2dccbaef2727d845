import type { Entry } from '../../src/content/index.ts';
import { html } from '../../src/text/html.ts';
import { entryList } from './entry-card.ts';

/** A section of related entries; nothing when the list is empty. */
export function related(id: string, title: string, entries: readonly Entry[]) {
  if (!entries.length) return '';
  // Not indexed: the linked entries are results of their own; here they would only add noise.
  return html`<section class="gsn-related" aria-labelledby="${id}" data-pagefind-ignore="all">
  <h2 class="kern-heading-medium" id="${id}">${title}</h2>
  ${entryList(entries, { headingLevel: 3 })}
</section>`;
}
