/**
 * /daten/<typ>.json: every published entry of one type with all its fields, references resolved
 * to slug, title and absolute URL, closed-list values as { id, label }, absent values as null.
 * The graph holds published entries only (drafts never reach it).
 */
import type { Contact, ContentGraph, Entry, Initiative, Material, Network } from '../content/index.ts';
import type { EntryType } from '../schema/index.ts';
import { audiences, contactKinds, initiativeKinds, initiativeStatuses, materialKinds, networkLevels, sectors } from '../schema/enums.ts';
import { contentTypes as types } from '../schema/index.ts';
import { site } from '../text/site.ts';
import { jsonWithList, mapped } from './chunks.ts';
import { absolute, entryRef, exportPaths, labelled, language, licence, mediaTypeOf, publicAddress, regionRef, topicRef, vcardPath } from './public.ts';

function common(entry: Entry) {
  return {
    slug: entry.slug,
    url: absolute(entry.url),
    title: entry.data.title,
    summary: entry.data.summary,
    /** The entry's text as Markdown. */
    text: entry.body,
    regions: entry.regions.map(regionRef),
    topics: entry.topics.map(topicRef),
    reviewed: entry.data.reviewed,
    stale: entry.stale,
    example: entry.data.example === true,
  };
}

const sectorList = (list: readonly (keyof typeof sectors)[] | undefined) => (list ?? []).map((key) => labelled(sectors, key));

export function initiativeItem(entry: Initiative) {
  const d = entry.data;
  return {
    ...common(entry),
    kind: labelled(initiativeKinds, d.kind),
    status: labelled(initiativeStatuses, d.status),
    since: d.since ?? null,
    sectors: sectorList(d.sectors),
    website: d.website ?? null,
    networks: entry.networks.map(entryRef),
    contacts: entry.contacts.map(entryRef),
    materials: entry.materials.map(entryRef),
  };
}

export function networkItem(entry: Network) {
  const d = entry.data;
  return {
    ...common(entry),
    level: labelled(networkLevels, d.level),
    sectors: sectorList(d.sectors),
    coordinator: entry.coordinator ? entryRef(entry.coordinator) : null,
    contacts: entry.contacts.map(entryRef),
    meets: d.meets ?? null,
    website: d.website ?? null,
    /** Backlinks: initiatives that name this network. */
    initiatives: entry.initiatives.map(entryRef),
  };
}

export function materialItem(entry: Material) {
  const d = entry.data;
  const file = entry.download;
  return {
    ...common(entry),
    kind: labelled(materialKinds, d.kind),
    audience: d.audience.map((key) => labelled(audiences, key)),
    languages: d.languages.map(language),
    publisher: d.publisher ?? null,
    /** A date (YYYY-MM-DD) or a year. */
    published: d.published ?? null,
    /** The file published on this site, or null when the material lives elsewhere (externalUrl). */
    file: file ? { name: file.name, url: absolute(file.href), mediaType: mediaTypeOf(file), format: file.format, bytes: file.bytes } : null,
    externalUrl: d.url ?? null,
    /** Backlinks: initiatives that name this material. */
    initiatives: entry.initiatives.map(entryRef),
  };
}

export function contactItem(entry: Contact) {
  const d = entry.data;
  const phone = (p: typeof d.phone) => (p ? { text: p.text, e164: p.e164 } : null);
  return {
    ...common(entry),
    kind: labelled(contactKinds, d.kind),
    organization: d.organization ?? null,
    person: d.person ?? null,
    phone: phone(d.phone),
    fax: phone(d.fax),
    email: d.email ?? null,
    website: d.website ?? null,
    /** Street and postcode never for a Frauenhaus (city only). */
    address: publicAddress(entry) ?? null,
    hours: d.hours ?? null,
    languages: (d.languages ?? []).map(language),
    /** Step-free access; null when not stated. */
    accessible: d.accessible ?? null,
    /** Reachable 24/7; null when not stated. */
    emergency: d.emergency ?? null,
    vcard: absolute(vcardPath(entry)),
    /** Backlinks: initiatives that name this contact. */
    initiatives: entry.initiatives.map(entryRef),
    /** Backlinks: networks that name this contact as member or coordinator. */
    networks: entry.networks.map(entryRef),
    /** Backlinks: networks this contact coordinates. */
    coordinates: entry.coordinates.map(entryRef),
  };
}

export type InitiativeItem = ReturnType<typeof initiativeItem>;
export type NetworkItem = ReturnType<typeof networkItem>;
export type MaterialItem = ReturnType<typeof materialItem>;
export type ContactItem = ReturnType<typeof contactItem>;

const bySlug = <T extends { slug: string }>(a: T, b: T) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

/** The items of one type, sorted by slug (stable diffs between builds), made one at a time. */
export function itemsOf(type: EntryType, graph: ContentGraph): { count: number; items: Iterable<InitiativeItem | NetworkItem | MaterialItem | ContactItem> } {
  switch (type) {
    case 'initiatives':
      return { count: graph.initiatives.length, items: mapped([...graph.initiatives].sort(bySlug), initiativeItem) };
    case 'networks':
      return { count: graph.networks.length, items: mapped([...graph.networks].sort(bySlug), networkItem) };
    case 'materials':
      return { count: graph.materials.length, items: mapped([...graph.materials].sort(bySlug), materialItem) };
    case 'contacts':
      return { count: graph.contacts.length, items: mapped([...graph.contacts].sort(bySlug), contactItem) };
  }
}

/** The whole file: metadata first, then the items. Compact: any JSON viewer indents it. */
export function* jsonExportChunks(type: EntryType, graph: ContentGraph, generated: string): Generator<string> {
  const { count, items } = itemsOf(type, graph);
  const head = {
    title: `${site.name}: ${types[type].plural}`,
    publisher: site.publisher,
    generated,
    source: absolute(exportPaths.page),
    url: absolute(exportPaths[type]),
    licence,
    count,
  };
  yield* jsonWithList(head, 'items', items);
  yield '\n';
}
