import type { Entry } from '../../src/content/index.ts';
import { contentTypes } from '../../src/schema/index.ts';
import { html } from '../../src/text/html.ts';
import { formatDate } from '../../src/text/format.ts';
import { contactCard } from './contact-card.ts';
import { regionNames } from './entry-meta.ts';

/** One entry in a list: title link, type and regions, summary. */
export function entryCard(entry: Entry, options: { headingLevel?: 2 | 3 | 4; showType?: boolean } = {}) {
  const level = options.headingLevel ?? 3;
  const heading = html`<a class="kern-link gsn-card__link" href="${entry.url}">${entry.data.title}</a>`;
  return html`<li class="gsn-card">
  ${level === 2 ? html`<h2 class="gsn-card__title">${heading}</h2>` : level === 3 ? html`<h3 class="gsn-card__title">${heading}</h3>` : html`<h4 class="gsn-card__title">${heading}</h4>`}
  <p class="gsn-card__meta">${options.showType !== false ? html`<span class="gsn-tag">${contentTypes[entry.type].singular}</span> ` : ''}<span>${regionNames(entry)}</span>${entry.data.example ? html` <span class="gsn-tag gsn-tag--example">Beispieleintrag</span>` : ''}${entry.stale ? html` <span class="gsn-tag gsn-tag--stale">geprüft ${formatDate(entry.data.reviewed)}</span>` : ''}</p>
  <p class="gsn-card__summary">${entry.data.summary}</p>
</li>`;
}

/** Contacts appear with phone and e-mail wherever they are listed (on screen and as a printed phone list). */
export function entryList(entries: readonly Entry[], options: { headingLevel?: 2 | 3 | 4; showType?: boolean } = {}) {
  return html`<ul class="gsn-cards">${entries.map((entry) => (entry.type === 'contacts' ? contactCard(entry, options.headingLevel ?? 3, { hours: false }) : entryCard(entry, options)))}</ul>`;
}
