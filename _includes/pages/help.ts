/** "Hilfe finden": choose a Kreis or Stadt, see who helps there – hotlines first. */
import type { ContentGraph } from '../../src/content/index.ts';
import type { Region } from '../../src/schema/index.ts';
import { html, type Html } from '../../src/text/html.ts';
import { contactCard } from '../components/contact-card.ts';
import { emergencyBox } from '../components/emergency.ts';
import { finderForm, kreiseMapFigure, osmCredit } from '../components/finder.ts';
import { helpSearchData, helpSummary } from '../components/help-search-data.ts';
import { kreisPlaces } from '../../src/geo/kreis-places.ts';
import { basePage } from '../layouts/base.ts';
import { forRegion, inRegion } from '../lib/region-names.ts';
import { helpIsSplit, helpOf } from './list-pages.ts';
import { helpOverview, hotlinesSection } from './overviews.ts';
import { alternatesOf } from '../../src/i18n/alternates.ts';
import { languageSwitcher } from '../components/language-switcher.ts';

export { helpFor, helpRegions, helpSections, type RegionHelp } from '../lib/region-help.ts';
import { helpRegions } from '../lib/region-help.ts';

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function regionChooser(graph: ContentGraph) {
  return html`<ul class="gsn-region-list gsn-region-list--columns" data-help-regions>${helpRegions(graph).map(
    (region) => html`<li><a class="kern-link" href="/hilfe/${region.id}/">${region.label}</a></li>`,
  )}</ul>`;
}

export function helpIndex(graph: ContentGraph): Html {
  const alternates = alternatesOf('/hilfe/', graph.translations);
  const body = html`${languageSwitcher(alternates, 'de')}<h1 class="kern-heading-large">Hilfe finden</h1>
<p class="kern-body--large">Geben Sie Ihre Postleitzahl oder Ihren Ort ein, oder wählen Sie Ihren Landkreis oder Ihre Stadt. Sie sehen dann, wer dort hilft: Beratungsstellen, Frauenhäuser, Polizei und Jugendamt. Die Hilfetelefone sind immer für Sie da.</p>
${finderForm()}
${emergencyBox()}
<section aria-labelledby="region-waehlen">
  <h2 class="kern-heading-medium" id="region-waehlen">Ihr Landkreis oder Ihre Stadt</h2>
  <p class="kern-body">Die Region Hannover umfasst auch die Stadt Hannover, der Landkreis Göttingen auch die Stadt Göttingen.</p>
  <div class="gsn-map-layout">
  ${regionChooser(graph)}
  ${kreiseMapFigure(graph, (id) => `/hilfe/${id}/`, 'Hilfe in den Landkreisen und kreisfreien Städten')}
  </div>
</section>
${osmCredit()}`;
  return basePage({
    title: 'Hilfe finden',
    description: 'Hilfe bei häuslicher Gewalt in Ihrem Landkreis oder Ihrer Stadt in Niedersachsen: Beratungsstellen, Frauenhäuser, Polizei, Hilfetelefone.',
    url: '/hilfe/',
    alternates,
    crumbs: [{ href: '/hilfe/', label: 'Hilfe finden' }],
    scripts: ['/assets/js/help-finder.js'],
    body,
  });
}

export function helpRegionPage(region: Region, graph: ContentGraph): Html {
  // helpOf: every region's lists from one pass per graph (helpFor passes over all contacts per section and page).
  const help = helpOf(region, graph);
  const url = `/hilfe/${region.id}/`;
  const anyLocal = help.local.some((section) => section.contacts.length);
  const alternates = alternatesOf(url, graph.translations);
  const body = html`${languageSwitcher(alternates, 'de')}
    <p class="kern-preline" data-pagefind-ignore>Hilfe finden</p>
<h1 class="kern-heading-large">Hilfe ${inRegion(region)}</h1>
${helpSearchData(region, kreisPlaces(region))}
<div data-pagefind-ignore="all">
${emergencyBox()}
${
  helpIsSplit(help)
    ? helpOverview(region, help)
    : html`${hotlinesSection(help)}
${help.local.map((section) =>
  section.contacts.length
    ? html`<section class="gsn-group" aria-labelledby="${section.id}">
  <h2 class="kern-heading-medium" id="${section.id}">${section.title} <span class="gsn-group__count">(${section.contacts.length})</span></h2>
  <ul class="gsn-cards">${section.contacts.map((c) => contactCard(c))}</ul>
</section>`
    : '',
)}
${anyLocal ? '' : html`<p class="kern-body">${capitalized(forRegion(region))} sind noch keine Stellen eingetragen. Die Hilfetelefone und die landesweiten Angebote helfen Ihnen weiter und vermitteln an Stellen in Ihrer Nähe.</p>`}
${
  help.statewide.length
    ? html`<section class="gsn-group" aria-labelledby="landesweit">
  <h2 class="kern-heading-medium" id="landesweit">Landesweite Angebote</h2>
  <ul class="gsn-cards">${help.statewide.map((c) => contactCard(c))}</ul>
</section>`
    : ''
}`
}
<p class="gsn-back"><a class="kern-link" href="/hilfe/">Andere Region wählen</a> · <a class="kern-link" href="/regionen/${region.id}/">Alles zu ${region.short}: Initiativen, Netzwerke, Materialien</a></p>
</div>`;
  return basePage({
    title: `Hilfe ${inRegion(region)}`,
    description: helpSummary(region),
    url,
    alternates,
    searchable: true,
    crumbs: [
      { href: '/hilfe/', label: 'Hilfe finden' },
      { href: url, label: region.label },
    ],
    body,
  });
}
