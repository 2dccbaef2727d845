import type { Contact } from '../../src/content/index.ts';
import { contactKinds } from '../../src/schema/index.ts';
import { html } from '../../src/text/html.ts';
import { labelFor, unbreakable } from '../../src/text/format.ts';
import { regionNames } from './entry-meta.ts';

/**
 * A contact with its phone and e-mail right in the list: people in need should not have to click,
 * and a printed list is a phone list. `hours: false` leaves the opening hours to the contact's page
 * (long listings, page weight).
 */
export function contactCard(contact: Contact, headingLevel: 2 | 3 | 4 = 3, options: { hours?: boolean } = {}) {
  const d = contact.data;
  const title = html`<a class="kern-link gsn-card__link" href="${contact.url}">${d.title}</a>`;
  return html`<li class="gsn-card gsn-card--contact">
  ${headingLevel === 2 ? html`<h2 class="gsn-card__title">${title}</h2>` : headingLevel === 3 ? html`<h3 class="gsn-card__title">${title}</h3>` : html`<h4 class="gsn-card__title">${title}</h4>`}
  <p class="gsn-card__meta"><span class="gsn-tag">${labelFor(contactKinds, d.kind)}</span> <span>${regionNames(contact)}</span>${d.emergency ? html` <span class="gsn-tag gsn-tag--urgent">rund um die Uhr</span>` : ''}${d.example ? html` <span class="gsn-tag gsn-tag--example">Beispieleintrag</span>` : ''}</p>
  <p class="gsn-card__summary">${d.summary}</p>
  <ul class="gsn-reach gsn-reach--compact">
    ${d.phone ? html`<li><span class="gsn-reach__label">Telefon</span> <a class="kern-link" href="${d.phone.href}">${unbreakable(d.phone.text)}</a></li>` : ''}
    ${d.email ? html`<li><span class="gsn-reach__label">E-Mail</span> <a class="kern-link" href="mailto:${d.email}">${d.email}</a></li>` : ''}
    ${d.hours && options.hours !== false ? html`<li><span class="gsn-reach__label">Erreichbar</span> ${d.hours}</li>` : ''}
  </ul>
</li>`;
}
