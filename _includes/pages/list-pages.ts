/**
 * Listings that scale (issue 16): the numbered pages a listing is split into once it outgrows
 * one page (../lib/paging.ts), and where each group of a listing can be read (one page with an
 * anchor, or its numbered pages). Addresses:
 *   /regionen/<region>/<kontakte|initiativen|…>/[seite-n/]   a region's entries of one type
 *   /themen/<topic>/<kontakte|initiativen|…>/[seite-n/]      a topic's entries of one type
 *   /<kontakte|initiativen|…>/a-z/<letter>/[seite-n/]        one letter of the A–Z listing
 *   /hilfe/<kreis>/<biss|frauenhaus|…|landesweit>/[seite-n/] one section of a help page
 * A group's numbered pages exist only when its overview is split; small sites keep one page.
 */
import type { Contact, ContentGraph, Entry } from '../../src/content/index.ts';
import { contentTypes, entryTypes, type EntryType, type Region, type Topic } from '../../src/schema/index.ts';
import transliterate from '@sindresorhus/transliterate';
import { count } from '../../src/text/format.ts';
import { html, type Html } from '../../src/text/html.ts';
import { fitsOnePage, paginate, pageUrls, type ListPage } from '../lib/paging.ts';
import { helpCardBytes, listingCardBytes } from '../components/card-weight.ts';
import { inRegion } from '../lib/region-names.ts';
import type { Crumb } from '../components/breadcrumbs.ts';
import { contactCard } from '../components/contact-card.ts';
import { entryList } from '../components/entry-card.ts';
import { pagination, paginationLinks } from '../components/pagination.ts';
import { basePage } from '../layouts/base.ts';
import { helpFor, helpRegions, helpSections, type RegionHelp } from '../lib/region-help.ts';

/** One numbered page of a split listing, with what its page needs to say where it is. */
export interface ListPageItem extends ListPage<Entry> {
  /** "Kontakte im Landkreis Celle" (without the page number). */
  title: string;
  description: string;
  /** Entries on all pages of this list. */
  count: number;
  singular: string;
  plural: string;
  /** The list's own breadcrumb: "Kontakte", "K", "Frauenhäuser". */
  crumb: string;
  /** Breadcrumbs above the list itself (the list's own crumb is added). */
  trail: Crumb[];
  /** Contacts with their opening hours (help pages) or as in listings. */
  hours?: boolean;
}

/** The folder word of a type: kontakte, initiativen, netzwerke, materialien. */
export const typeFolder = (type: EntryType) => contentTypes[type].path.slice(1, -1);

const statewideName = 'Niedersachsen (landesweit)';
const regionName = (region: Region) => (region.id === 'niedersachsen' ? statewideName : region.label);

/** Help pages show contacts with their hours; every other list the listing card. */
const weigherOf = (item: { hours?: boolean }) => (item.hours ? (entry: Entry) => helpCardBytes(entry as Contact) : listingCardBytes);

export function pages(base: string, entries: readonly Entry[], item: Omit<ListPageItem, keyof ListPage<Entry> | 'count'>): ListPageItem[] {
  return paginate(base, entries, weigherOf(item)).map((page) => ({ ...page, ...item, count: entries.length }));
}

// Regions

/** Groups of a one-page region or topic page: one per entry type. */
const typeGroups = (entries: readonly Entry[]) => new Set(entries.map((entry) => entry.type)).size;

/** A region page becomes an overview when its cards would not fit one page. */
export const regionIsSplit = (region: Region, graph: ContentGraph) => {
  const entries = graph.byRegion.get(region.id) ?? [];
  return !fitsOnePage(entries, listingCardBytes, typeGroups(entries));
};

/** Where a region's entries of one type are read: its numbered pages, or the anchor on the region page. */
export function regionTypeUrls(region: Region, type: EntryType, graph: ContentGraph): string[] {
  if (!regionIsSplit(region, graph)) return [`/regionen/${region.id}/#region-${type}`];
  const list = (graph.byRegion.get(region.id) ?? []).filter((entry) => entry.type === type);
  return pageUrls(`/regionen/${region.id}/${typeFolder(type)}/`, list, listingCardBytes);
}

export function regionTypePages(graph: ContentGraph): ListPageItem[] {
  return graph.regions
    .filter((region) => regionIsSplit(region, graph))
    .flatMap((region) => {
      const entries = graph.byRegion.get(region.id) ?? [];
      return entryTypes.flatMap((type) => {
        const list = entries.filter((entry) => entry.type === type);
        if (!list.length) return [];
        const t = contentTypes[type];
        return pages(`/regionen/${region.id}/${typeFolder(type)}/`, list, {
          title: region.id === 'niedersachsen' ? `${t.plural}: landesweit` : `${t.plural} ${inRegion(region)}`,
          description: `${t.plural} gegen häusliche Gewalt: ${regionName(region)}.`,
          singular: t.singular,
          plural: t.plural,
          crumb: t.plural,
          trail: [
            { href: '/regionen/', label: 'Regionen' },
            { href: `/regionen/${region.id}/`, label: regionName(region) },
          ],
        });
      });
    });
}

// Topics

export const topicIsSplit = (topic: Topic, graph: ContentGraph) => {
  const entries = graph.byTopic.get(topic.id) ?? [];
  return !fitsOnePage(entries, listingCardBytes, typeGroups(entries));
};

export function topicTypeUrls(topic: Topic, type: EntryType, graph: ContentGraph): string[] {
  if (!topicIsSplit(topic, graph)) return [`/themen/${topic.id}/#thema-${type}`];
  const list = (graph.byTopic.get(topic.id) ?? []).filter((entry) => entry.type === type);
  return pageUrls(`/themen/${topic.id}/${typeFolder(type)}/`, list, listingCardBytes);
}

export function topicTypePages(graph: ContentGraph): ListPageItem[] {
  return graph.topics
    .filter((topic) => topicIsSplit(topic, graph))
    .flatMap((topic) => {
      const entries = graph.byTopic.get(topic.id) ?? [];
      return entryTypes.flatMap((type) => {
        const list = entries.filter((entry) => entry.type === type);
        if (!list.length) return [];
        const t = contentTypes[type];
        return pages(`/themen/${topic.id}/${typeFolder(type)}/`, list, {
          title: `${t.plural} zum Thema ${topic.label}`,
          description: `${t.plural} zum Thema ${topic.label}.`,
          singular: t.singular,
          plural: t.plural,
          crumb: t.plural,
          trail: [
            { href: '/themen/', label: 'Themen' },
            { href: `/themen/${topic.id}/`, label: topic.label },
          ],
        });
      });
    });
}

// A–Z

/**
 * The letter an entry is filed under: A–Z, or # for a title starting with a digit or no letter.
 * Leading quotes and brackets („Name“, (Name), «Name») are skipped; letters outside A–Z go under
 * their base letter by transliteration (Ä → A, Ł → L, Œ → O, ẞ → S, Ø → O, Æ → A).
 */
export function letterOf(entry: Entry): string {
  return titleLetter(entry.data.title);
}

/** letterOf for a bare title. */
export function titleLetter(title: string): string {
  const first = /[\p{L}\p{N}]/u.exec(title)?.[0] ?? '';
  const base = transliterate(first).charAt(0).toUpperCase();
  return /[A-Z]/.test(base) ? base : '#';
}

/** A letter's id in anchors and addresses: "k", "ziffer" for #. */
export const letterId = (letter: string) => (letter === '#' ? 'ziffer' : letter.toLowerCase());

/** Entries by letter, in the order of the type's list (titles sorted by the graph). */
export function byLetter(entries: readonly Entry[]): Map<string, Entry[]> {
  const letters = new Map<string, Entry[]>();
  for (const entry of entries) {
    const letter = letterOf(entry);
    if (!letters.has(letter)) letters.set(letter, []);
    letters.get(letter)!.push(entry);
  }
  // A title filed under its base letter („Zonta“, Łódź) may sort elsewhere in the list: letters in order, # first.
  return new Map([...letters].sort(([a], [b]) => (a === b ? 0 : a === '#' ? -1 : b === '#' ? 1 : a < b ? -1 : 1)));
}

export const azIsSplit = (type: EntryType, graph: ContentGraph) => {
  const entries = graph[type] as readonly Entry[];
  return !fitsOnePage(entries, listingCardBytes, byLetter(entries).size);
};

/** Where one letter's entries (`list`) are read: its numbered pages, or the anchor on the A–Z page. */
export function azLetterUrls(type: EntryType, letter: string, list: readonly Entry[], graph: ContentGraph): string[] {
  const base = `${contentTypes[type].path}a-z/`;
  return azIsSplit(type, graph) ? pageUrls(`${base}${letterId(letter)}/`, list, listingCardBytes) : [`${base}#buchstabe-${letterId(letter)}`];
}

export function azLetterPages(graph: ContentGraph): ListPageItem[] {
  return entryTypes
    .filter((type) => azIsSplit(type, graph))
    .flatMap((type) => {
      const t = contentTypes[type];
      return [...byLetter(graph[type] as readonly Entry[])].flatMap(([letter, list]) =>
        pages(`${t.path}a-z/${letterId(letter)}/`, list, {
          title: `${t.plural} A–Z: ${letter === '#' ? 'Ziffern und Zeichen' : letter}`,
          description: `${t.plural} alphabetisch, Anfangsbuchstabe ${letter === '#' ? 'Ziffer oder Zeichen' : letter}.`,
          singular: t.singular,
          plural: t.plural,
          crumb: letter,
          trail: [
            { href: t.path, label: t.plural },
            { href: `${t.path}a-z/`, label: 'alphabetisch' },
          ],
        }),
      );
    });
}

// Help pages

/**
 * What helpFor gives for every region of a graph, in one pass over the contacts, remembered per
 * graph: the preview asks for every help page's contacts twice per edit (before and after);
 * 46 calls of helpFor (each a pass over all contacts per section) took seconds at 20,000 entries.
 * Same lists in the same order as helpFor (test/build/page-weight.test.ts compares them).
 */
const helpCache = new WeakMap<ContentGraph, Map<string, RegionHelp>>();
export function helpOf(region: Region, graph: ContentGraph): RegionHelp {
  let all = helpCache.get(graph);
  if (!all) helpCache.set(graph, (all = helpForAll(graph)));
  return all.get(region.id) ?? helpFor(region, graph);
}

function helpForAll(graph: ContentGraph): Map<string, RegionHelp> {
  const hotlines = graph.contacts.filter((c) => c.data.kind === 'hotline');
  const statewide = graph.contacts.filter((c) => c.data.kind !== 'hotline' && c.regions.some((r) => r.id === 'niedersachsen'));
  const sectionOf = new Map(helpSections.flatMap((section, i) => section.kinds.map((kind) => [kind, i] as const)));
  const all = new Map<string, RegionHelp>();
  for (const region of helpRegions(graph)) {
    all.set(region.id, {
      hotlines,
      local: helpSections.map((section) => ({ id: section.id, title: section.title, contacts: [] })),
      statewide: statewide.filter((c) => !c.regions.some((r) => r.id === region.id)),
    });
  }
  for (const contact of graph.contacts) {
    const i = sectionOf.get(contact.data.kind);
    if (i === undefined) continue;
    for (const r of new Set(contact.regions.map((region) => region.id))) all.get(r)?.local[i]!.contacts.push(contact);
  }
  return all;
}

/** Every contact a help page shows. */
export const helpContacts = (help: RegionHelp): Contact[] => [...help.hotlines, ...help.local.flatMap((section) => section.contacts), ...help.statewide];

/** Groups of a one-page help page: the hotlines, each local section with contacts, the statewide offers. */
const helpGroupCount = (help: RegionHelp) => 2 + help.local.filter((section) => section.contacts.length).length;

export const helpIsSplit = (help: RegionHelp) => !fitsOnePage(helpContacts(help), helpCardBytes, helpGroupCount(help));

/** The sections of a split help page below the hotlines: local kinds, then statewide offers. */
export function helpGroups(region: Region, help: RegionHelp): { id: string; title: string; contacts: Contact[]; urls: string[] }[] {
  return [...help.local, { id: 'landesweit', title: 'Landesweite Angebote', contacts: help.statewide }]
    .filter((section) => section.contacts.length)
    .map((section) => ({ ...section, urls: pageUrls(`/hilfe/${region.id}/${section.id}/`, section.contacts, helpCardBytes) }));
}

export function helpSectionPages(graph: ContentGraph): ListPageItem[] {
  return helpRegions(graph).flatMap((region) => {
    const help = helpOf(region, graph);
    if (!helpIsSplit(help)) return [];
    return helpGroups(region, help).flatMap((section) =>
      pages(`/hilfe/${region.id}/${section.id}/`, section.contacts, {
        title: section.id === 'landesweit' ? `Landesweite Angebote – Hilfe ${inRegion(region)}` : `${section.title} ${inRegion(region)}`,
        description: `${section.title}: Hilfe bei häuslicher Gewalt ${inRegion(region)}.`,
        singular: 'Stelle',
        plural: 'Stellen',
        crumb: section.title,
        hours: true,
        trail: [
          { href: '/hilfe/', label: 'Hilfe finden' },
          { href: `/hilfe/${region.id}/`, label: region.label },
        ],
      }),
    );
  });
}

/** One numbered page of a split list: heading, count, its cards, the page navigation. */
export function listPage(item: ListPageItem): Html {
  const numbered = item.total > 1 ? ` – Seite ${item.number} von ${item.total}` : '';
  const cards = item.hours ? html`<ul class="gsn-cards">${item.items.map((entry) => contactCard(entry as Contact, 2))}</ul>` : entryList(item.items, { headingLevel: 2, showType: false });
  const body = html`<h1 class="kern-heading-large">${item.title}</h1>
<p class="gsn-count">${count(item.count, item.singular, item.plural)}${item.total > 1 ? html`, hier ${item.first} bis ${item.first + item.items.length - 1} (Seite ${item.number} von ${item.total})` : ''}</p>
${cards}
${pagination(item)}`;
  return basePage({
    title: `${item.title}${numbered}`,
    description: item.description,
    url: item.url,
    head: paginationLinks(item),
    crumbs: [...item.trail, { href: item.url, label: `${item.crumb}${item.total > 1 ? `, Seite ${item.number}` : ''}` }],
    body,
  });
}
