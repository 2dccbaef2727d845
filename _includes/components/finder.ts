/** "Postleitzahl oder Ort": the help finder's form, the map of the Kreise and their data credits. */
import type { ContentGraph } from '../../src/content/index.ts';
import { bkgAttribution, kreiseMap } from '../../src/geo/map.ts';
import { osmAttribution } from '../../src/geo/postcodes.ts';
import { html } from '../../src/text/html.ts';

/** Where the form goes without JavaScript; netlify.toml forwards `?q=` to the matching page. */
export const FINDER_ACTION = '/hilfe/finden/';

/**
 * A plain GET form (works without JavaScript); src/client/help-finder.js adds suggestions while
 * typing. `autocomplete="off"`: the browser keeps no history of where someone looked for help.
 */
export function finderForm(id = 'finder-q') {
  return html`<form class="gsn-finder" action="${FINDER_ACTION}" method="get" data-finder>
  <label class="kern-label" for="${id}">Postleitzahl oder Ort</label>
  <p class="kern-hint" id="${id}-hint">Zum Beispiel 29221 oder Celle</p>
  <div class="gsn-finder__row">
    <input class="kern-form-input__input" id="${id}" name="q" type="text" autocomplete="off" spellcheck="false" autocapitalize="off" aria-describedby="${id}-hint" required>
    <button class="kern-btn kern-btn--primary" type="submit"><span class="kern-label">Hilfe finden</span></button>
  </div>
  <p class="gsn-finder__status" data-finder-status role="status" data-outside="Diese Postleitzahl liegt nicht in Niedersachsen. Überall in Deutschland helfen: Polizei 110, Hilfetelefon Gewalt gegen Frauen 116 016." data-digits="Bitte alle fünf Ziffern der Postleitzahl eingeben." data-none="Kein Ort in Niedersachsen gefunden. Versuchen Sie die Postleitzahl oder den Namen Ihrer Stadt oder Gemeinde. Außerhalb Niedersachsens helfen: Polizei 110, Hilfetelefon 116 016."></p>
  <ul class="gsn-finder__list" data-finder-list></ul>
</form>`;
}

export function osmCredit() {
  return html`<p class="gsn-credit">Postleitzahlen und Orte: <a class="kern-link" href="${osmAttribution.href}">${osmAttribution.text}</a></p>`;
}

export function bkgCredit() {
  return html`<a class="kern-link" href="${bkgAttribution.href}">${bkgAttribution.text}</a>`;
}

/**
 * The map of the Kreise: every shape a link to `href(region)` named by the Kreis, reachable by
 * keyboard, drawn at build time. The list of links beside it stays the primary way.
 */
export function kreiseMapFigure(graph: ContentGraph, href: (regionId: string) => string, caption: string, words = { map: 'Karte', source: 'Kartengrundlage' }) {
  const map = kreiseMap(graph.regions);
  return html`<figure class="gsn-map">
<svg class="gsn-map__svg" viewBox="0 0 ${map.width} ${map.height}" role="group" aria-label="${words.map}: ${caption}">
${map.shapes.map((shape) => html`<a href="${href(shape.region.id)}" aria-label="${shape.region.label}"><path d="${shape.d}"/></a>\n`)}
<g class="gsn-map__labels" aria-hidden="true">${map.shapes
    // The kreisfreie Städte are too small for a label; their shapes are still links.
    .filter((shape) => shape.region.kind !== 'kreisfreie-stadt')
    .map((shape) => {
      const name = shape.region.short.replace(/ \(Landkreis\)$/, '');
      const x = Math.min(Math.max(shape.label[0], name.length * 3.2), map.width - name.length * 3.2);
      return html`<text x="${x}" y="${shape.label[1]}">${name}</text>`;
    })}</g>
</svg>
<figcaption class="gsn-credit">${words.map}: ${caption}. ${words.source}: ${bkgCredit()}</figcaption>
</figure>`;
}
