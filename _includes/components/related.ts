import type { Entry } from '../../src/content/index.ts';
import { html } from '../../src/text/html.ts';
import { RELATED_SHOWN } from '../pages/relations.ts';
import { entryList } from './entry-card.ts';
import { pageLinks } from './pagination.ts';

/**
 * A section of related entries; nothing when the list is empty. With `more` (a relation longer
 * than RELATED_SHOWN): its first entries, a link to all of them and to each of their numbered pages.
 */
export function related(id: string, title: string, entries: readonly Entry[], more?: { urls: readonly string[]; label: string }) {
  if (!entries.length) return '';
  // Not indexed: the linked entries are results of their own; here they would only add noise.
  return html`<section class="gsn-related" aria-labelledby="${id}" data-pagefind-ignore="all">
  <h2 class="kern-heading-medium" id="${id}">${title}</h2>
  ${entryList(more ? entries.slice(0, RELATED_SHOWN) : entries, { headingLevel: 3 })}
  ${
    more
      ? html`<p class="gsn-related__all"><a class="kern-link" href="${more.urls[0]}">${more.label}</a></p>
  ${pageLinks(more.urls, more.label)}`
      : ''
  }
</section>`;
}
