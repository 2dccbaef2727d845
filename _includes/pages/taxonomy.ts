/** Region and topic pages: what exists where, and on which subject. */
import type { ContentGraph, Entry } from '../../src/content/index.ts';
import { entryTypes, regionKinds, type Region, type Topic } from '../../src/schema/index.ts';
import { contentTypes } from '../../src/schema/index.ts';
import { count } from '../../src/text/format.ts';
import { html, type Html } from '../../src/text/html.ts';
import { entryList } from '../components/entry-card.ts';
import { kreiseMapFigure } from '../components/finder.ts';
import { basePage } from '../layouts/base.ts';
import { forRegion, inRegion, sortRegions } from '../lib/region-names.ts';
import { regionIsSplit, topicIsSplit } from './list-pages.ts';
import { regionOverview, topicOverview } from './overviews.ts';

/** Entries split by type, each type under its own heading. */
function byType(entries: readonly Entry[], idPrefix: string) {
  return entryTypes.map((type) => {
    const list = entries.filter((entry) => entry.type === type);
    if (!list.length) return '';
    const t = contentTypes[type];
    return html`<section class="gsn-group" aria-labelledby="${idPrefix}-${type}">
  <h2 class="kern-heading-medium" id="${idPrefix}-${type}">${t.plural} <span class="gsn-group__count">(${list.length})</span></h2>
  ${entryList(list, { headingLevel: 3, showType: false })}
</section>`;
  });
}

export function regionsIndex(graph: ContentGraph): Html {
  const counted = (region: Region) => graph.byRegion.get(region.id)?.length ?? 0;
  const groups: [string, Region[]][] = [
    ['Landesweit', graph.regions.filter((r) => r.kind === 'land')],
    ['Kreisfreie Städte', graph.regions.filter((r) => r.kind === 'kreisfreie-stadt')],
    ['Landkreise und Region Hannover', graph.regions.filter((r) => r.kind === 'landkreis' || r.kind === 'region')],
  ];
  const body = html`<h1 class="kern-heading-large">Regionen</h1>
<p class="kern-body--large">Alle Einträge nach Landkreisen und kreisfreien Städten in Niedersachsen. Landesweite Angebote gelten überall.</p>
${groups.map(
  ([label, regions], i) => html`<section class="gsn-group" aria-labelledby="regionen-${i}">
  <h2 class="kern-heading-medium" id="regionen-${i}">${label}</h2>
  <ul class="gsn-region-list">${sortRegions(regions).map(
    (r) =>
      html`<li><a class="kern-link" href="/regionen/${r.id}/">${r.kind === 'land' ? 'Niedersachsen (landesweit)' : r.label}</a> <span class="gsn-region-list__count">${count(counted(r), 'Eintrag', 'Einträge')}</span></li>`,
  )}</ul>
</section>`,
)}
${kreiseMapFigure(graph, (id) => `/regionen/${id}/`, 'Einträge nach Landkreisen und kreisfreien Städten')}`;
  return basePage({
    title: 'Regionen',
    description: 'Initiativen, Netzwerke, Materialien und Kontakte nach Landkreisen und kreisfreien Städten in Niedersachsen.',
    url: '/regionen/',
    crumbs: [{ href: '/regionen/', label: 'Regionen' }],
    body,
  });
}

export function regionPage(region: Region, graph: ContentGraph): Html {
  const entries = graph.byRegion.get(region.id) ?? [];
  const statewide = region.id === 'niedersachsen';
  const name = statewide ? 'Niedersachsen (landesweit)' : region.label;
  const url = `/regionen/${region.id}/`;
  const body = html`<p class="kern-preline">${statewide ? 'Land' : regionKinds[region.kind]}${statewide ? '' : html` · Verwaltungssitz ${region.seat}`}</p>
<h1 class="kern-heading-large">${name}</h1>
<p class="kern-body--large">${statewide ? 'Angebote und Strukturen, die in ganz Niedersachsen gelten.' : html`${count(entries.length, 'Eintrag', 'Einträge')} ${forRegion(region)}. Landesweite Angebote finden Sie unter <a class="kern-link" href="/regionen/niedersachsen/">Niedersachsen (landesweit)</a>.`}</p>
${statewide ? '' : html`<p class="gsn-cta"><a class="kern-btn kern-btn--primary" href="/hilfe/${region.id}/"><span class="kern-label">Hilfe ${inRegion(region)} finden</span></a></p>`}
${regionIsSplit(region, graph) ? regionOverview(region, graph, entries) : entries.length ? byType(entries, 'region') : html`<p class="kern-body">Für diese Region gibt es noch keine eigenen Einträge. <a class="kern-link" href="/ueber-uns/">Schlagen Sie einen Eintrag vor.</a></p>`}`;
  return basePage({
    title: name,
    description: `Initiativen, Netzwerke, Materialien und Kontakte gegen häusliche Gewalt: ${name}.`,
    url,
    crumbs: [
      { href: '/regionen/', label: 'Regionen' },
      { href: url, label: name },
    ],
    body,
  });
}

export function topicsIndex(graph: ContentGraph): Html {
  const body = html`<h1 class="kern-heading-large">Themen</h1>
<p class="kern-body--large">Einträge nach fachlichen Themen der Arbeit gegen häusliche Gewalt.</p>
<ul class="gsn-topic-list">${graph.topics.map(
    (topic) => html`<li class="gsn-topic">
  <h2 class="gsn-topic__title"><a class="kern-link" href="/themen/${topic.id}/">${topic.label}</a> <span class="gsn-topic__count">(${count(graph.byTopic.get(topic.id)?.length ?? 0, 'Eintrag', 'Einträge')})</span></h2>
  <p class="gsn-topic__description">${topic.description}</p>
</li>`,
  )}</ul>`;
  return basePage({ title: 'Themen', description: 'Einträge nach fachlichen Themen der Arbeit gegen häusliche Gewalt.', url: '/themen/', crumbs: [{ href: '/themen/', label: 'Themen' }], body });
}

export function topicPage(topic: Topic, graph: ContentGraph): Html {
  const entries = graph.byTopic.get(topic.id) ?? [];
  const url = `/themen/${topic.id}/`;
  const body = html`<p class="kern-preline">Thema</p>
<h1 class="kern-heading-large">${topic.label}</h1>
<p class="kern-body--large">${topic.description}</p>
<p class="gsn-count">${count(entries.length, 'Eintrag', 'Einträge')}</p>
${topicIsSplit(topic, graph) ? topicOverview(topic, graph, entries) : entries.length ? byType(entries, 'thema') : html`<p class="kern-body">Zu diesem Thema gibt es noch keine Einträge.</p>`}`;
  return basePage({
    title: topic.label,
    description: topic.description,
    url,
    crumbs: [
      { href: '/themen/', label: 'Themen' },
      { href: url, label: topic.label },
    ],
    body,
  });
}
