/** /suche/: the results page the search form in every header submits to. */
import { html, type Html } from '../../src/site/html.ts';
import { basePage } from '../layouts/base.ts';

export function searchPage(): Html {
  const body = html`<h1 class="kern-heading-large">Suche</h1>
<form class="gsn-search-page__form" action="/suche/" method="get" role="search" aria-label="Website durchsuchen">
  <label class="kern-label" for="suche-q">Suchbegriff</label>
  <div class="gsn-search-page__row">
    <input class="kern-form-input__input" id="suche-q" name="q" type="search" autocomplete="off">
    <button class="kern-btn kern-btn--primary" type="submit"><span class="kern-label">Suchen</span></button>
  </div>
</form>
<div id="suche-ergebnisse" class="gsn-search-results" data-search-results></div>
<noscript>
  <div class="kern-alert kern-alert--info">
    <div class="kern-alert__header"><p class="kern-title">Die Suche braucht JavaScript</p></div>
    <div class="kern-alert__body">
      <p class="kern-body">In Ihrem Browser ist JavaScript ausgeschaltet. Alle Einträge finden Sie auch ohne Suche:</p>
      <ul class="kern-list">
        <li><a class="kern-link" href="/hilfe/">Hilfe finden nach Landkreis oder Stadt</a></li>
        <li><a class="kern-link" href="/kontakte/">Kontakte</a></li>
        <li><a class="kern-link" href="/initiativen/">Initiativen</a></li>
        <li><a class="kern-link" href="/netzwerke/">Netzwerke</a></li>
        <li><a class="kern-link" href="/materialien/">Materialien</a></li>
        <li><a class="kern-link" href="/regionen/">Regionen</a> und <a class="kern-link" href="/themen/">Themen</a></li>
      </ul>
    </div>
  </div>
</noscript>`;
  return basePage({
    title: 'Suche',
    description: 'Durchsuchen Sie Initiativen, Netzwerke, Materialien und Kontakte gegen häusliche Gewalt in Niedersachsen.',
    url: '/suche/',
    crumbs: [{ href: '/suche/', label: 'Suche' }],
    body,
  });
}
