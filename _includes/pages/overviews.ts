/**
 * Listings that scale (issue 16): what a listing shows once its entries no longer fit one page —
 * its groups (regions, letters, types, help sections) with counts, each linking to every one of
 * its numbered pages (list-pages.ts), so every entry stays two clicks away, without JavaScript.
 */
import type { ContentGraph, Entry } from '../../src/content/index.ts';
import { contentTypes, entryTypes, type EntryType, type Region, type Topic } from '../../src/schema/index.ts';
import { count } from '../../src/text/format.ts';
import { html } from '../../src/text/html.ts';
import { inRegion } from '../lib/region-names.ts';
import { contactCard } from '../components/contact-card.ts';
import { pageLinks } from '../components/pagination.ts';
import type { RegionHelp } from '../lib/region-help.ts';
import { azLetterUrls, helpGroups, letterId, regionTypeUrls, topicTypeUrls } from './list-pages.ts';

/** One group of an overview: its name as a link to its first page, the count, links to all its pages. */
function group(label: string, urls: readonly string[], counted: string, id?: string) {
  return html`<li${id ? html` id="${id}"` : ''}><a class="kern-link" href="${urls[0]}">${label}</a> <span class="gsn-region-list__count">${counted}</span>${pageLinks(urls, label)}</li>`;
}

const note = (what: string) => html`<p class="kern-body">Die Liste ist zu lang für eine Seite. Wählen Sie ${what}; lange Listen sind auf mehrere Seiten verteilt.</p>`;

/** /kontakte/ and the other type listings: regions with counts, linking to each region's pages of this type. */
export function typeByRegionOverview(type: EntryType, graph: ContentGraph, groups: { id: string; label: string; entries: Entry[] }[]) {
  const t = contentTypes[type];
  return html`${note('eine Region')}
<section class="gsn-group" aria-labelledby="nach-region">
  <h2 class="kern-heading-medium" id="nach-region">${t.plural} nach Region</h2>
  <ul class="gsn-region-list gsn-overview">${groups.map((g) => group(g.label, regionTypeUrls(graph.regionById.get(g.id)!, type, graph), count(g.entries.length, t.singular, t.plural)))}</ul>
</section>`;
}

/** /kontakte/a-z/ and the others: letters with counts. */
export function azOverview(type: EntryType, graph: ContentGraph, letters: Map<string, Entry[]>) {
  const t = contentTypes[type];
  return html`${note('einen Anfangsbuchstaben')}
<section class="gsn-group" aria-labelledby="nach-buchstabe">
  <h2 class="kern-heading-medium" id="nach-buchstabe">${t.plural} nach Anfangsbuchstaben</h2>
  <ul class="gsn-region-list gsn-overview">${[...letters].map(([letter, list]) =>
    group(letter === '#' ? '0–9 und Zeichen' : letter, azLetterUrls(type, letter, list, graph), count(list.length, t.singular, t.plural), `buchstabe-${letterId(letter)}`),
  )}</ul>
</section>`;
}

/** A region's or topic's page: its types with counts. */
function byTypeOverview(entries: readonly Entry[], urls: (type: EntryType) => string[], idPrefix: string) {
  return html`${note('eine Art von Einträgen')}
<section class="gsn-group" aria-labelledby="${idPrefix}-arten">
  <h2 class="kern-heading-medium" id="${idPrefix}-arten">Einträge nach Art</h2>
  <ul class="gsn-region-list gsn-overview">${entryTypes.map((type) => {
    const n = entries.filter((entry) => entry.type === type).length;
    if (!n) return '';
    const t = contentTypes[type];
    return group(t.plural, urls(type), count(n, t.singular, t.plural), `${idPrefix}-${type}`);
  })}</ul>
</section>`;
}

export const regionOverview = (region: Region, graph: ContentGraph, entries: readonly Entry[]) => byTypeOverview(entries, (type) => regionTypeUrls(region, type, graph), 'region');

export const topicOverview = (topic: Topic, graph: ContentGraph, entries: readonly Entry[]) => byTypeOverview(entries, (type) => topicTypeUrls(topic, type, graph), 'thema');

/** The nationwide hotlines of a help page, first on it whether the page is split or not (empty without hotlines). */
export function hotlinesSection(help: RegionHelp) {
  return help.hotlines.length
    ? html`<section class="gsn-group" aria-labelledby="hilfetelefone">
  <h2 class="kern-heading-medium" id="hilfetelefone">Hilfetelefone – sofort erreichbar</h2>
  <ul class="gsn-cards">${help.hotlines.map((c) => contactCard(c))}</ul>
</section>`
    : '';
}

/** A help page too long for one page: the hotlines stay on it, every other section gets its pages. */
export function helpOverview(region: Region, help: RegionHelp) {
  return html`${hotlinesSection(help)}
<section class="gsn-group" aria-labelledby="stellen">
  <h2 class="kern-heading-medium" id="stellen">Stellen ${inRegion(region)}</h2>
  <ul class="gsn-region-list gsn-overview">${helpGroups(region, help).map((section) => group(section.title, section.urls, count(section.contacts.length, 'Stelle', 'Stellen'), section.id))}</ul>
</section>`;
}
