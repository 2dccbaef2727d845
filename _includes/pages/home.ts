/** The home page: help first, then the way in for professionals, then what is new. */
import type { ContentGraph } from '../../src/content/index.ts';
import { contentTypes, entryTypes } from '../../src/schema/index.ts';
import { count } from '../../src/text/format.ts';
import { html, type Html } from '../../src/text/html.ts';
import { site } from '../../src/text/site.ts';
import { entryList } from '../components/entry-card.ts';
import { emergencyBox } from '../components/emergency.ts';
import { finderForm, osmCredit } from '../components/finder.ts';
import { basePage } from '../layouts/base.ts';
import { jsonLdScript, websiteJsonLd } from '../../src/exports/jsonld.ts';
import { helpRegions } from './help.ts';
import { listingIntro } from './listing.ts';
import { alternatesOf } from '../../src/i18n/alternates.ts';
import { languageSwitcher } from '../components/language-switcher.ts';

export function homePage(graph: ContentGraph): Html {
  const newest = [...graph.entries].sort((a, b) => (a.data.reviewed < b.data.reviewed ? 1 : a.data.reviewed > b.data.reviewed ? -1 : 0)).slice(0, 6);
  const alternates = alternatesOf('/', graph.translations);
  const body = html`${languageSwitcher(alternates, 'de')}<h1 class="kern-heading-x-large gsn-home__title">${site.name}</h1>
<p class="kern-body--large gsn-home__lead">Gemeinsam gegen häusliche Gewalt: Hilfe in Ihrer Nähe, und für Fachkräfte die Initiativen, Netzwerke und Materialien aus ganz Niedersachsen.</p>
<div class="gsn-home__grid">
  <section class="gsn-home__help" aria-labelledby="hilfe-finden">
    <h2 class="kern-heading-medium" id="hilfe-finden">Sie brauchen Hilfe?</h2>
    ${emergencyBox()}
    <h3 class="kern-heading-small" id="hilfe-region">Hilfe in Ihrem Landkreis oder Ihrer Stadt</h3>
    ${finderForm('finder-q-home')}
    ${osmCredit()}
    <ul class="gsn-region-list gsn-region-list--columns">${helpRegions(graph).map((region) => html`<li><a class="kern-link" href="/hilfe/${region.id}/">${region.short}</a></li>`)}</ul>
  </section>
  <section class="gsn-home__pro" aria-labelledby="fachkraefte">
    <h2 class="kern-heading-medium" id="fachkraefte">Für Fachkräfte</h2>
    <ul class="gsn-entry-points">
      ${entryTypes.map((type) => {
        const t = contentTypes[type];
        return html`<li class="gsn-entry-point"><a class="kern-link gsn-entry-point__link" href="${t.path}">${t.plural}</a> <span class="gsn-entry-point__count">${count(graph[type].length, 'Eintrag', 'Einträge')}</span><p class="gsn-entry-point__text">${listingIntro[type]}</p></li>`;
      })}
      <li class="gsn-entry-point"><a class="kern-link gsn-entry-point__link" href="/themen/">Themen</a> <span class="gsn-entry-point__count">${count(graph.topics.length, 'Thema', 'Themen')}</span><p class="gsn-entry-point__text">Von Gewaltschutzgesetz bis Kinderschutz: Einträge nach fachlichen Themen.</p></li>
      <li class="gsn-entry-point"><a class="kern-link gsn-entry-point__link" href="/regionen/">Regionen</a> <span class="gsn-entry-point__count">${count(graph.regions.length - 1, 'Region', 'Regionen')}</span><p class="gsn-entry-point__text">Was es in Ihrem Landkreis oder Ihrer Stadt gibt.</p></li>
    </ul>
  </section>
</div>
<section class="gsn-group" aria-labelledby="neu">
  <h2 class="kern-heading-medium" id="neu">Neu und aktualisiert</h2>
  ${entryList(newest, { headingLevel: 3 })}
</section>
<section class="gsn-group" aria-labelledby="ueber">
  <h2 class="kern-heading-medium" id="ueber">Über diese Plattform</h2>
  <p class="kern-body">Das Koordinationsprojekt Häusliche Gewalt beim Landespräventionsrat Niedersachsen dokumentiert, was vor Ort gegen häusliche Gewalt getan wird, verbindet Netzwerke, stellt Materialien bereit und begleitet die Praxis. <a class="kern-link" href="/ueber-uns/">Mehr über uns</a></p>
</section>`;
  return basePage({ title: site.name, description: site.tagline, url: '/', alternates, head: jsonLdScript(websiteJsonLd(graph)), scripts: ['/assets/js/help-finder.js'], body });
}
