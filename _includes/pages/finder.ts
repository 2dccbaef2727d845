/**
 * The help finder's small generated pages, reached without JavaScript from the form
 * "Postleitzahl oder Ort" (netlify.toml: /hilfe/finden/?q=… → /hilfe/ort/…/ → these pages):
 *
 * - /hilfe/plz/<plz>/ and /hilfe/ort/<slug>/: one Kreis → forwards at once (meta refresh, no
 *   script) and links it; several Kreise or Länder → a choice, never a guess;
 * - /hilfe/finden/: what to try when nothing matched (also a postcode or place outside
 *   Niedersachsen), with the nationwide hotlines.
 *
 * Not in the search index (no data-pagefind-body) and not in the sitemap.
 */
import type { ContentGraph } from '../../src/content/index.ts';
import { geoLookup, type Match } from '../../src/geo/postcodes.ts';
import type { Region } from '../../src/schema/index.ts';
import { html, type Html } from '../../src/text/html.ts';
import { emergencyBox } from '../components/emergency.ts';
import { finderForm, osmCredit } from '../components/finder.ts';
import { basePage } from '../layouts/base.ts';

export function finderPostcodes(graph: ContentGraph): Match[] {
  return [...geoLookup(graph.regions).postcodes.values()];
}

export function finderPlaces(graph: ContentGraph): Match[] {
  return [...geoLookup(graph.regions).places.values()];
}

export const postcodeUrl = (match: Match) => `/hilfe/plz/${match.key}/`;
export const placeUrl = (match: Match) => `/hilfe/ort/${match.key}/`;

const crumbs = (url: string, label: string) => [
  { href: '/hilfe/', label: 'Hilfe finden' },
  { href: url, label },
];

function outsideHelp(intro: Html | string) {
  return html`<p class="kern-body">${intro} Diese Website zeigt Hilfe in Niedersachsen. Überall in Deutschland helfen Ihnen:</p>
${emergencyBox()}`;
}

function finderPage(match: Match, graph: ContentGraph, url: string, what: string, pretty: (regionId: string) => Html | string): Html {
  const region = (id: string) => graph.regions.find((r) => r.id === id)!;
  const single = match.regions.length === 1 && !match.foreign.length ? region(match.regions[0]!) : undefined;
  const target = single && `/hilfe/${single.id}/`;
  const foreignNames = match.foreign.map((f) => `${f.name} (${f.land})`).join(', ');
  const body = single
    ? html`<h1 class="kern-heading-large">${what}: ${single.label}</h1>
<p class="kern-body--large">Ihr Kreis: ${single.label}. Sie werden weitergeleitet.</p>
<p class="gsn-cta"><a class="kern-btn kern-btn--primary" href="${target}"><span class="kern-label">Hilfe anzeigen: ${single.label}</span></a></p>`
    : html`<h1 class="kern-heading-large">${what}: Bitte wählen Sie</h1>
${
  match.regions.length
    ? html`<p class="kern-body--large">${what} gibt es in ${match.regions.length > 1 ? 'mehreren Kreisen' : 'Niedersachsen'}${match.foreign.length ? ' und außerhalb Niedersachsens' : ''}. Wo wohnen Sie?</p>
<ul class="gsn-choices">${match.regions.map((id) => html`<li><a class="kern-link" href="/hilfe/${id}/">${pretty(id)}</a></li>`)}</ul>`
    : ''
}
${match.foreign.length ? outsideHelp(match.regions.length ? `Sie wohnen in ${foreignNames}?` : `${what}: ${foreignNames} liegt nicht in Niedersachsen.`) : ''}`;
  return basePage({
    title: single ? `${what}: ${single.label}` : `${what}: Bitte wählen`,
    description: `Hilfe bei häuslicher Gewalt für ${what}.`,
    url,
    crumbs: crumbs(url, what),
    head: target ? html`<meta http-equiv="refresh" content="0; url=${target}">\n<meta name="robots" content="noindex">` : html`<meta name="robots" content="noindex">`,
    body: html`${body}
<p class="gsn-back"><a class="kern-link" href="/hilfe/">Andere Postleitzahl, anderen Ort oder Kreis wählen</a></p>
${osmCredit()}`,
  });
}

export function postcodePage(match: Match, graph: ContentGraph): Html {
  const label = (id: string) => graph.regions.find((r) => r.id === id)!.label;
  return finderPage(match, graph, postcodeUrl(match), `Postleitzahl ${match.key}`, (id) => html`${(match.places[id] ?? []).join(', ')} – ${label(id)}`);
}

export function placePage(match: Match, graph: ContentGraph): Html {
  const region = (id: string): Region => graph.regions.find((r) => r.id === id)!;
  return finderPage(match, graph, placeUrl(match), match.name, (id) => region(id).label);
}

/** /hilfe/finden/: the form's target when nothing matched; says what to try. */
export function finderIndex(): Html {
  const url = '/hilfe/finden/';
  const body = html`<h1 class="kern-heading-large">Hilfe finden: Postleitzahl oder Ort</h1>
<p class="kern-body--large">Zu Ihrer Eingabe haben wir keinen Ort in Niedersachsen gefunden.</p>
<p class="kern-body">Versuchen Sie es mit der fünfstelligen Postleitzahl (zum Beispiel 29221) oder dem Namen Ihrer Stadt oder Gemeinde (zum Beispiel Celle oder Walsrode), ohne Straße und Hausnummer. Oder wählen Sie <a class="kern-link" href="/hilfe/">Ihren Landkreis oder Ihre Stadt aus der Liste</a>.</p>
${finderForm('finder-q-retry')}
${outsideHelp('Sie wohnen nicht in Niedersachsen?')}
${osmCredit()}`;
  return basePage({
    title: 'Postleitzahl oder Ort nicht gefunden',
    description: 'Hilfe finden mit Postleitzahl oder Ort in Niedersachsen.',
    url,
    crumbs: crumbs(url, 'Postleitzahl oder Ort'),
    head: html`<meta name="robots" content="noindex">`,
    scripts: ['/assets/js/help-finder.js'],
    body,
  });
}
