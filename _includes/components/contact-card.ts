import type { Contact } from '../../src/content/index.ts';
import { contactKinds } from '../../src/schema/index.ts';
import { html } from '../../src/text/html.ts';
import { labelFor, unbreakable } from '../../src/text/format.ts';
import { regionNames } from './entry-meta.ts';
import type { Strings } from '../../src/i18n/strings.ts';

/**
 * A contact with its phone and e-mail right in the list: people in need should not have to click,
 * and a printed list is a phone list. `hours: false` leaves the opening hours to the contact's page
 * (long listings, page weight).
 */
export function contactCard(contact: Contact, headingLevel: 2 | 3 | 4 = 3, options: { hours?: boolean; ui?: Strings } = {}) {
  const d = contact.data;
  // On translated pages (/<lang>/hilfe/<kreis>/) the labels are translated; the contact's own data stay as entered.
  const ui = options.ui;
  const regions = ui ? regionNames(contact).replace(/^landesweit$/, ui.card_statewide ?? 'landesweit') : regionNames(contact);
  // On a translated page the contact's data are German (WCAG 3.1.2: lang of parts; ltr inside rtl)
  // and its detail page is German: hreflang and a visible note, so the reader is not surprised.
  const de = ui ? html` lang="de" dir="ltr"` : '';
  const title = ui
    ? html`<a class="kern-link gsn-card__link" href="${contact.url}" hreflang="de"><span${de}>${d.title}</span> <span class="gsn-card__lang">(${ui.card_in_german})</span></a>`
    : html`<a class="kern-link gsn-card__link" href="${contact.url}">${d.title}</a>`;
  return html`<li class="gsn-card gsn-card--contact">
  ${headingLevel === 2 ? html`<h2 class="gsn-card__title">${title}</h2>` : headingLevel === 3 ? html`<h3 class="gsn-card__title">${title}</h3>` : html`<h4 class="gsn-card__title">${title}</h4>`}
  <p class="gsn-card__meta"><span class="gsn-tag">${ui?.[`kind_${d.kind}`] ?? labelFor(contactKinds, d.kind)}</span> <span${regions === ui?.card_statewide ? '' : de}>${regions}</span>${d.emergency ? html` <span class="gsn-tag gsn-tag--urgent">${ui?.card_24h ?? 'rund um die Uhr'}</span>` : ''}${d.example ? html` <span class="gsn-tag gsn-tag--example">${ui?.card_example ?? 'Beispieleintrag'}</span>` : ''}</p>
  <p class="gsn-card__summary"${de}>${d.summary}</p>
  <ul class="gsn-reach gsn-reach--compact">
    ${d.phone ? html`<li><span class="gsn-reach__label">${ui?.card_phone ?? 'Telefon'}</span> <a class="kern-link" href="${d.phone.href}"${ui ? html` dir="ltr"` : ''}>${unbreakable(d.phone.text)}</a></li>` : ''}
    ${d.email ? html`<li><span class="gsn-reach__label">${ui?.card_email ?? 'E-Mail'}</span> <a class="kern-link" href="mailto:${d.email}"${ui ? html` dir="ltr"` : ''}>${d.email}</a></li>` : ''}
    ${d.hours && options.hours !== false ? html`<li><span class="gsn-reach__label">${ui?.card_hours ?? 'Erreichbar'}</span> <span${de}>${d.hours}</span></li>` : ''}
  </ul>
</li>`;
}
