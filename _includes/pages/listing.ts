/** The four listings: grouped by region (default) or A–Z, counts shown, no JavaScript needed. */
import type { ContentGraph, Entry } from '../../src/content/index.ts';
import { contentTypes, type EntryType } from '../../src/schema/index.ts';
import { count } from '../../src/text/format.ts';
import { html, type Html } from '../../src/text/html.ts';
import { entryList } from '../components/entry-card.ts';
import { basePage } from '../layouts/base.ts';
import { compareRegions } from '../lib/region-names.ts';
import { fitsOnePage } from '../lib/paging.ts';
import { listingCardBytes } from '../components/card-weight.ts';
import { byLetter } from './list-pages.ts';
import { azOverview, typeByRegionOverview } from './overviews.ts';

export const listingIntro: Record<EntryType, string> = {
  initiatives: 'Runde Tische, Arbeitskreise, kriminalpräventive Räte und Interventionsprojekte aus ganz Niedersachsen: was vor Ort gegen häusliche Gewalt getan wird – zum Nachmachen und Mitmachen.',
  networks: 'Lokale und regionale Kooperationsstrukturen von Polizei, Beratung, Justiz, Jugendhilfe und weiteren Stellen.',
  materials: 'Leitfäden, Formulare, Gesetze, Studien und Flyer für die Praxis – aus den Ministerien, von Fachstellen und aus den Netzwerken vor Ort.',
  contacts: 'Beratungs- und Interventionsstellen (BISS), Frauenhäuser, Beratungsstellen, Polizei, Jugendämter und weitere Ansprechpartner.',
};

/** Entries grouped by region: statewide first, then the regions by the name people look for. */
export function groupByRegion(graph: ContentGraph, entries: readonly Entry[]): { id: string; label: string; entries: Entry[] }[] {
  const groups = new Map<string, Entry[]>();
  for (const entry of entries) {
    for (const region of entry.regions) {
      if (!groups.has(region.id)) groups.set(region.id, []);
      groups.get(region.id)!.push(entry);
    }
  }
  return [...groups.entries()]
    .map(([id, list]) => ({ region: graph.regionById.get(id)!, id, label: id === 'niedersachsen' ? 'Landesweit' : graph.regionById.get(id)!.label, entries: list }))
    .sort((a, b) => compareRegions(a.region, b.region))
    .map(({ id, label, entries }) => ({ id, label, entries }));
}

function sortSwitch(type: EntryType, current: 'region' | 'az') {
  const base = contentTypes[type].path;
  const link = (href: string, label: string, active: boolean) =>
    active ? html`<li><a href="${href}" aria-current="page">${label}</a></li>` : html`<li><a class="kern-link" href="${href}">${label}</a></li>`;
  return html`<nav class="gsn-sort" aria-label="Sortierung">
  <span class="gsn-sort__label">Sortiert:</span>
  <ul class="gsn-sort__list">${link(base, 'nach Region', current === 'region')}${link(`${base}a-z/`, 'alphabetisch', current === 'az')}</ul>
</nav>`;
}

function header(type: EntryType, graph: ContentGraph, entries: readonly Entry[]) {
  const t = contentTypes[type];
  const statewide = entries.filter((entry) => entry.regions.some((r) => r.id === 'niedersachsen')).length;
  const local = new Set(entries.flatMap((entry) => entry.regions.filter((r) => r.id !== 'niedersachsen').map((r) => r.id)));
  const where = local.size ? `in ${count(local.size, 'Landkreis oder Stadt', 'Landkreisen und Städten')}` : '';
  // "30 Kontakte, davon 8 landesweit, die übrigen in 28 Landkreisen und Städten"
  const spread = statewide ? `, davon ${statewide} landesweit${where ? `, die übrigen ${where}` : ''}` : where ? ` ${where}` : '';
  return html`<h1 class="kern-heading-large">${t.plural}</h1>
<p class="kern-body--large">${listingIntro[type]}</p>
<p class="gsn-count">${count(entries.length, t.singular, t.plural)}${spread}</p>`;
}

export function listingByRegion(type: EntryType, graph: ContentGraph): Html {
  const t = contentTypes[type];
  const entries = graph[type] as readonly Entry[];
  const groups = groupByRegion(graph, entries);
  // Too many cards for one page (issue 16): regions with counts, linking to their pages.
  const split = !fitsOnePage(
    groups.flatMap((g) => g.entries),
    listingCardBytes,
    groups.length,
  );
  const body = html`${header(type, graph, entries)}
${sortSwitch(type, 'region')}
${
  split
    ? typeByRegionOverview(type, graph, groups)
    : groups.length
      ? html`<nav class="gsn-jump" aria-labelledby="sprung">
  <h2 class="kern-heading-small" id="sprung">Springen zu</h2>
  <ul class="gsn-jump__list">${groups.map((g) => html`<li><a class="kern-link" href="#${g.id}">${g.label} <span class="gsn-jump__count">(${g.entries.length})</span></a></li>`)}</ul>
</nav>
${groups.map(
  (g) => html`<section class="gsn-group" aria-labelledby="${g.id}">
  <h2 class="kern-heading-medium" id="${g.id}">${g.label} <span class="gsn-group__count">(${count(g.entries.length, t.singular, t.plural)})</span></h2>
  ${entryList(g.entries, { headingLevel: 3, showType: false })}
</section>`,
)}`
      : html`<p class="kern-body">Noch keine Einträge.</p>`
}`;
  return basePage({ title: t.plural, description: listingIntro[type], url: t.path, crumbs: [{ href: t.path, label: t.plural }], body });
}

export function listingAz(type: EntryType, graph: ContentGraph): Html {
  const t = contentTypes[type];
  const entries = graph[type] as readonly Entry[];
  const letters = byLetter(entries);
  const url = `${t.path}a-z/`;
  const body = html`${header(type, graph, entries)}
${sortSwitch(type, 'az')}
${
  !fitsOnePage(entries, listingCardBytes, letters.size)
    ? azOverview(type, graph, letters)
    : html`<nav class="gsn-jump" aria-label="Anfangsbuchstaben"><ul class="gsn-jump__list gsn-jump__list--letters">${[...letters.keys()].map((l) => html`<li><a class="kern-link" href="#buchstabe-${l === '#' ? 'ziffer' : l.toLowerCase()}">${l}</a></li>`)}</ul></nav>
${[...letters.entries()].map(
  ([letter, list]) => html`<section class="gsn-group" aria-labelledby="buchstabe-${letter === '#' ? 'ziffer' : letter.toLowerCase()}">
  <h2 class="kern-heading-medium" id="buchstabe-${letter === '#' ? 'ziffer' : letter.toLowerCase()}">${letter}</h2>
  ${entryList(list, { headingLevel: 3, showType: false })}
</section>`,
)}`
}`;
  return basePage({
    title: `${t.plural} A–Z`,
    description: listingIntro[type],
    url,
    crumbs: [
      { href: t.path, label: t.plural },
      { href: url, label: 'alphabetisch' },
    ],
    body,
  });
}
