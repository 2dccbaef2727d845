/**
 * /suche/: the results page the search form in every header submits to. Pagefind runs in the
 * browser (assets/js/search.js); without JavaScript the page says so and offers the listings.
 */
import type { ContentGraph } from '../../src/content/index.ts';
import { html, type Html } from '../../src/text/html.ts';
import { sortRegions } from '../lib/region-names.ts';
import { regionFilterValue } from '../components/search-data.ts';
import { emergencyBox } from '../components/emergency.ts';
import { basePage } from '../layouts/base.ts';
import { alternatesOf } from '../../src/i18n/alternates.ts';

const browseLinks = html`<ul class="kern-list">
  <li><a class="kern-link" href="/hilfe/">Hilfe finden nach Landkreis oder Stadt</a></li>
  <li><a class="kern-link" href="/kontakte/">Kontakte</a></li>
  <li><a class="kern-link" href="/initiativen/">Initiativen</a></li>
  <li><a class="kern-link" href="/netzwerke/">Netzwerke</a></li>
  <li><a class="kern-link" href="/materialien/">Materialien</a></li>
  <li><a class="kern-link" href="/regionen/">Regionen</a> und <a class="kern-link" href="/themen/">Themen</a></li>
</ul>`;

export function searchPage(graph: ContentGraph): Html {
  // The Region filter lists its values in the site's one order of regions (region-names.ts).
  const regionOrder = JSON.stringify(sortRegions(graph.regions).map(regionFilterValue));
  const body = html`<h1 class="kern-heading-large">Suche</h1>
<form class="gsn-search-page__form" action="/suche/" method="get" role="search" aria-label="Suchbegriff ändern" data-search-form>
  <label class="kern-label" for="suche-q">Suchbegriff</label>
  <div class="gsn-search-page__row">
    <input class="kern-form-input__input" id="suche-q" name="q" type="search" autocomplete="off" spellcheck="false">
    <button class="kern-btn kern-btn--primary" type="submit"><span class="kern-label">Suchen</span></button>
  </div>
</form>
<div class="gsn-search" data-search data-region-order="${regionOrder}" hidden>
  <div class="gsn-search__filters" data-search-filters></div>
  <div class="gsn-search__main">
    <p class="gsn-search__status" role="status" aria-live="polite" aria-atomic="true" data-search-status></p>
    <ol class="gsn-results" data-search-results></ol>
    <p class="gsn-search__more" data-search-more hidden><button class="kern-btn kern-btn--secondary" type="button"><span class="kern-label">Weitere Ergebnisse anzeigen</span></button></p>
    <div class="gsn-search__filtered" data-search-filtered hidden></div>
    <div class="gsn-search__empty" data-search-empty hidden>
      <h2 class="kern-heading-medium">Nichts gefunden?</h2>
      <p class="kern-body">Versuchen Sie ein anderes Wort, zum Beispiel „Beratung“, „Frauenhaus“ oder den Namen Ihrer Stadt – oder suchen Sie nach Region:</p>
      ${browseLinks}
      ${emergencyBox()}
    </div>
  </div>
</div>
<div class="gsn-search__unavailable" data-search-unavailable hidden>
  <p class="kern-body">Die Suche konnte nicht geladen werden. Alle Einträge finden Sie auch hier:</p>
  ${browseLinks}
</div>
<noscript>
  <div class="kern-alert kern-alert--info">
    <div class="kern-alert__header"><p class="kern-title">Die Suche braucht JavaScript</p></div>
    <div class="kern-alert__body">
      <p class="kern-body">In Ihrem Browser ist JavaScript ausgeschaltet. Alle Einträge finden Sie auch ohne Suche:</p>
      ${browseLinks}
    </div>
  </div>
</noscript>`;
  return basePage({
    title: 'Suche',
    description: 'Durchsuchen Sie Initiativen, Netzwerke, Materialien und Kontakte gegen häusliche Gewalt in Niedersachsen.',
    url: '/suche/',
    // Each language's search page points back here; the German one names them too (both ways).
    alternates: alternatesOf('/suche/', graph.translations),
    crumbs: [{ href: '/suche/', label: 'Suche' }],
    scripts: ['/assets/js/search.js'],
    body,
  });
}
