/**
 * /feed.xml: Atom 1.0 (RFC 4287) of new and updated initiatives and materials, newest first.
 * An entry's `updated` is its `reviewed` date, or for a material its `published` date when that
 * is later. Ids are tag: URIs (RFC 4151) that do not change with the site's host name.
 */
import type { ContentGraph, Initiative, Material } from '../content/index.ts';
import { contentTypes } from '../schema/index.ts';
import { initiativeKinds, materialKinds } from '../schema/enums.ts';
import { site } from '../text/site.ts';
import { absolute, dateTime, exportPaths, laterDate, licence, publishedDate } from './public.ts';

/** The tag: authority, fixed for good (a domain and a date it was held). */
export const TAG_AUTHORITY = 'gewaltschutz-netz-niedersachsen.de,2026';
export const FEED_LIMIT = 50;
export const feedTitle = `${site.name}: neue und aktualisierte Initiativen und Materialien`;

/** Characters XML 1.0 forbids even escaped. */
const INVALID_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text or attribute value for XML: the five specials escaped, forbidden characters dropped. */
export function xmlEscape(value: string): string {
  return value.replace(INVALID_XML, '').replace(/[&<>"']/g, (char) => XML_ESCAPES[char]!);
}

export interface FeedItem {
  entry: Initiative | Material;
  /** YYYY-MM-DD */
  updated: string;
  /** YYYY-MM-DD, when known (materials with a full publication date). */
  published: string | undefined;
}

export function feedItems(graph: ContentGraph, limit = FEED_LIMIT): FeedItem[] {
  const items: FeedItem[] = [
    ...graph.initiatives.map((entry) => ({ entry, updated: entry.data.reviewed, published: undefined })),
    ...graph.materials.map((entry) => {
      const published = publishedDate(entry.data.published);
      return { entry, updated: laterDate(entry.data.reviewed, published), published };
    }),
  ];
  items.sort((a, b) => (a.updated !== b.updated ? (a.updated < b.updated ? 1 : -1) : a.entry.data.title.localeCompare(b.entry.data.title, 'de') || (a.entry.slug < b.entry.slug ? -1 : 1)));
  return items.slice(0, limit);
}

export function entryTagUri(entry: Initiative | Material): string {
  return `tag:${TAG_AUTHORITY}:${contentTypes[entry.type].path.replace(/^\/|\/$/g, '')}/${entry.slug}`;
}

function entryXml(item: FeedItem): string {
  const { entry } = item;
  const type = contentTypes[entry.type];
  const kind = entry.type === 'initiatives' ? initiativeKinds[entry.data.kind] : materialKinds[entry.data.kind];
  const regions = entry.regions.map((r) => r.label).join(', ');
  const lines = [
    '  <entry>',
    `    <id>${xmlEscape(entryTagUri(entry))}</id>`,
    `    <title>${xmlEscape(entry.data.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${xmlEscape(absolute(entry.url))}"/>`,
    `    <updated>${dateTime(item.updated)}</updated>`,
    ...(item.published ? [`    <published>${dateTime(item.published)}</published>`] : []),
    `    <summary type="text">${xmlEscape(entry.data.summary)}</summary>`,
    `    <category term="${xmlEscape(entry.type)}" label="${xmlEscape(type.singular)}"/>`,
    `    <category term="${xmlEscape(entry.data.kind)}" label="${xmlEscape(kind)}"/>`,
    ...entry.topics.map((topic) => `    <category term="${xmlEscape(topic.id)}" label="${xmlEscape(topic.label)}" scheme="${xmlEscape(absolute('/themen/'))}"/>`),
    `    <content type="text">${xmlEscape(`${type.singular} (${kind}) · ${regions}\n\n${entry.data.summary}`)}</content>`,
    '  </entry>',
  ];
  return lines.join('\n');
}

export function atomFeed(graph: ContentGraph, limit = FEED_LIMIT): string {
  const items = feedItems(graph, limit);
  const updated = items[0]?.updated ?? graph.today;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">',
    `  <id>tag:${TAG_AUTHORITY}:feed</id>`,
    `  <title>${xmlEscape(feedTitle)}</title>`,
    `  <subtitle>${xmlEscape(site.tagline)}</subtitle>`,
    `  <updated>${dateTime(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(absolute(exportPaths.feed))}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(absolute('/'))}"/>`,
    `  <author><name>${xmlEscape(site.publisher)}</name><uri>${xmlEscape(absolute('/'))}</uri></author>`,
    `  <rights>${xmlEscape(`${licence.name} (${licence.id}), ${licence.url}; Namensnennung: ${licence.attribution}`)}</rights>`,
    ...items.map(entryXml),
    '</feed>',
    '',
  ].join('\n');
}
