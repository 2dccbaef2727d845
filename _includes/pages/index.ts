/** Every page of the site (DESIGN §4), in one list. */
import type { Entry, Page } from '../../src/content/index.ts';
import { entryTypes, type Region, type Topic } from '../../src/schema/index.ts';
import type { Match } from '../../src/geo/postcodes.ts';
import type { ContentGraph } from '../../src/content/index.ts';
import { definePage, type PageDefinition } from './page-type.ts';
import { contentTypes } from '../../src/schema/index.ts';
import { contentPage } from './content-page.ts';
import { dataPage } from './data.ts';
import { entryPage } from './entry.ts';
import { finderIndex, finderPlaces, finderPostcodes, placePage, placeUrl, postcodePage, postcodeUrl } from './finder.ts';
import { helpIndex, helpRegionPage, helpRegions } from './help.ts';
import { homePage } from './home.ts';
import { listingAz, listingByRegion } from './listing.ts';
import { azLetterPages, helpContacts, helpOf, helpSectionPages, listPage, regionTypePages, topicTypePages, type ListPageItem } from './list-pages.ts';
import { notFoundPage } from './not-found.ts';
import { relationPages, type RelationPageItem } from './relations.ts';
import { searchPage } from './search.ts';
import { regionPage, regionsIndex, topicPage, topicsIndex } from './taxonomy.ts';
import {
  translatedHelp,
  translatedHelpRegion,
  translatedHelpSection,
  translatedNotFound,
  translatedRegions,
  translatedSafety,
  translatedSearch,
  translatedStart,
  translationsOf,
  translatedSectionPages,
  type TranslatedRegion,
  type TranslatedSectionPage,
} from './translated.ts';
import type { Translation } from '../../src/i18n/load-translations.ts';

export const pageDefinitions = [
  definePage<undefined>({ name: 'home', url: () => '/', render: (_, graph) => homePage(graph) }),
  definePage<Entry>({ name: 'entry', items: (graph) => graph.entries, url: (entry) => entry.url, render: (entry) => entryPage(entry), searchable: true }),
  ...entryTypes.flatMap((type) => [
    definePage<undefined>({ name: `${type}-by-region`, url: () => contentTypes[type].path, render: (_, graph) => listingByRegion(type, graph) }),
    definePage<undefined>({ name: `${type}-a-z`, url: () => `${contentTypes[type].path}a-z/`, render: (_, graph) => listingAz(type, graph) }),
  ]),
  // Listings that scale (issue 16): the numbered pages of listings too long for one page.
  definePage<ListPageItem>({ name: 'a-z-letter', items: azLetterPages, url: (item) => item.url, render: listPage, shows: (item) => item.items, below: true }),
  // A detail page's long list of related entries (a contact named by hundreds of initiatives), in numbered pages below the entry.
  definePage<RelationPageItem>({ name: 'entry-relation', items: relationPages, url: (item) => item.url, render: listPage, shows: (item) => [item.owner, ...item.items], below: true }),
  definePage<undefined>({ name: 'regions', url: () => '/regionen/', render: (_, graph) => regionsIndex(graph) }),
  definePage<Region>({
    name: 'region',
    items: (graph) => graph.regions,
    url: (region) => `/regionen/${region.id}/`,
    render: (region, graph) => regionPage(region, graph),
    shows: (region, graph) => graph.byRegion.get(region.id) ?? [],
  }),
  definePage<ListPageItem>({ name: 'region-type', items: regionTypePages, url: (item) => item.url, render: listPage, shows: (item) => item.items, below: true }),
  definePage<undefined>({ name: 'topics', url: () => '/themen/', render: (_, graph) => topicsIndex(graph) }),
  definePage<Topic>({
    name: 'topic',
    items: (graph) => graph.topics,
    url: (topic) => `/themen/${topic.id}/`,
    render: (topic, graph) => topicPage(topic, graph),
    shows: (topic, graph) => graph.byTopic.get(topic.id) ?? [],
  }),
  definePage<ListPageItem>({ name: 'topic-type', items: topicTypePages, url: (item) => item.url, render: listPage, shows: (item) => item.items, below: true }),
  definePage<undefined>({ name: 'help', url: () => '/hilfe/', render: (_, graph) => helpIndex(graph) }),
  definePage<Region>({
    name: 'help-region',
    items: helpRegions,
    url: (region) => `/hilfe/${region.id}/`,
    render: (region, graph) => helpRegionPage(region, graph),
    searchable: true,
    shows: (region, graph) => helpContacts(helpOf(region, graph)),
  }),
  definePage<ListPageItem>({ name: 'help-section', items: helpSectionPages, url: (item) => item.url, render: listPage, shows: (item) => item.items, below: true }),
  // The help finder's small pages: reached from the form, not listed in the sitemap.
  definePage<undefined>({ name: 'finder', url: () => '/hilfe/finden/', render: () => finderIndex(), sitemap: false }),
  definePage<Match>({ name: 'finder-postcode', items: finderPostcodes, url: postcodeUrl, render: postcodePage, sitemap: false, vocabularyOnly: true }),
  definePage<Match>({ name: 'finder-place', items: finderPlaces, url: placeUrl, render: placePage, sitemap: false, vocabularyOnly: true }),
  definePage<Page>({ name: 'page', items: (graph) => graph.pages, url: (page) => page.url, render: (page, graph) => contentPage(page, graph), searchable: true }),
  definePage<undefined>({ name: 'search', url: () => '/suche/', render: (_, graph) => searchPage(graph) }),
  definePage<undefined>({ name: 'data', url: () => '/daten/', render: (_, graph) => dataPage(graph) }),
  definePage<undefined>({ name: 'not-found', url: () => '/404.html', render: () => notFoundPage() }),
  // The core help in other languages (issue #19): /<lang>/… for each published translation.
  definePage<Translation>({ name: 'lang-start', items: translationsOf, url: (t) => `/${t.language.code}/`, render: translatedStart, searchable: true }),
  definePage<Translation>({ name: 'lang-help', items: translationsOf, url: (t) => `/${t.language.code}/hilfe/`, render: translatedHelp, searchable: true }),
  definePage<TranslatedRegion>({ name: 'lang-help-region', items: translatedRegions, url: (r) => `/${r.translation.language.code}/hilfe/${r.region.id}/`, render: translatedHelpRegion }),
  definePage<TranslatedSectionPage>({ name: 'lang-help-section', items: translatedSectionPages, url: (item) => item.url, render: translatedHelpSection, shows: (item) => item.items, below: true }),
  definePage<Translation>({ name: 'lang-safety', items: translationsOf, url: (t) => `/${t.language.code}/sicherheit/`, render: translatedSafety, searchable: true }),
  definePage<Translation>({ name: 'lang-search', items: translationsOf, url: (t) => `/${t.language.code}/suche/`, render: translatedSearch }),
  definePage<Translation>({ name: 'lang-not-found', items: translationsOf, url: (t) => `/${t.language.code}/404.html`, render: translatedNotFound, sitemap: false }),
];

/** One page of the site: its address, its page type and the item it shows (undefined for a page without items). */
export interface SitePage {
  url: string;
  page: PageDefinition;
  item: unknown;
}

/**
 * The page loop, the only one: every page of the site for `graph`, in the order of
 * pageDefinitions, each page type once per item (or once when it has none). `select` picks page
 * types. Used by the Eleventy plugin, the preview, the search pre-rendering, the sitemap and the
 * reserved-address check.
 */
export function* allPages(graph: ContentGraph, select: (page: PageDefinition) => boolean = () => true): Generator<SitePage> {
  for (const page of pageDefinitions) {
    if (!select(page)) continue;
    for (const item of page.items ? page.items(graph) : [undefined]) yield { url: page.url(item, graph), page, item };
  }
}

/**
 * The pages whose address does not depend on the content (page types without items: /, /suche/,
 * /kontakte/a-z/, /404.html …), known before any graph is loaded.
 */
export function* fixedPages(): Generator<SitePage> {
  // Page types without items never read the graph for their address.
  yield* allPages(undefined as unknown as ContentGraph, (page) => !page.items);
}
