import { inRegion } from '../lib/region-names.ts';
import type { Region } from '../../src/schema/index.ts';
import { html } from '../../src/text/html.ts';
import type { KreisPlaces } from '../../src/geo/kreis-places.ts';

/** What a help page offers, in the words people search for (also its result summary). */
export const helpSummary = (region: Region) => `Hilfe bei häuslicher Gewalt ${inRegion(region)}: Hilfetelefone, Beratungs- und Interventionsstellen, Frauenhäuser, Polizei und Jugendamt.`;

/**
 * The search document of a help page (/hilfe/<kreis>/), hidden on the page: filters and meta
 * (data-pagefind-ignore: not indexed as text), then its Gemeinden and postcodes as indexed text
 * weighted above body text, so "Walsrode" or "29221" lead to the help for that Kreis first.
 * Gemeinden and postcodes: © OpenStreetMap-Mitwirkende, ODbL (src/geo/data/README.md).
 */
export function helpSearchData(region: Region, places: KreisPlaces) {
  return html`<div hidden data-pagefind-ignore>
  <span data-pagefind-filter="Art">Hilfe vor Ort</span>
  <span data-pagefind-filter="Region">${region.label}</span>
  <span data-pagefind-meta="type">Hilfe vor Ort</span>
  <span data-pagefind-meta="region">${region.label}</span>
  <span data-pagefind-meta="summary">${helpSummary(region)}</span>
</div>
<div hidden data-pagefind-weight="${HELP_PLACES_WEIGHT}">
  <p>${helpSummary(region)}</p>
  ${places.towns.length ? html`<p>Städte und Gemeinden: ${places.towns.join(', ')}.</p>` : ''}
  ${places.postcodes.length ? html`<p>Postleitzahlen: ${places.postcodes.join(', ')}.</p>` : ''}
</div>`;
}

/** Pagefind weight of the help page's hidden text (body text 1, h1 7): a town outranks entries that only mention it. */
export const HELP_PLACES_WEIGHT = 5;
