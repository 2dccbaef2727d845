/**
 * What every export shares: absolute URLs, the licence, German labels beside ids, and the one
 * place that decides which part of a contact's address may be published.
 */
import type { Contact, Entry, MaterialFile } from '../content/index.ts';
import type { Region, Topic } from '../schema/index.ts';
import { fileFormats } from '../schema/enums.ts';
import { languageName } from '../schema/fields.ts';
import { site } from '../text/site.ts';

/** Site-relative path → absolute URL on the published site. */
export function absolute(path: string): string {
  return `${site.url}${path.startsWith('/') ? path : `/${path}`}`;
}

export const licence = {
  id: 'dl-de/by-2-0',
  name: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
  url: 'https://www.govdata.de/dl-de/by-2-0',
  attribution: 'Gewaltschutz-Netz Niedersachsen / Landespräventionsrat Niedersachsen',
} as const;

/** Where each export is published (site-relative). */
export const exportPaths = {
  initiatives: '/daten/initiativen.json',
  networks: '/daten/netzwerke.json',
  materials: '/daten/materialien.json',
  contacts: '/daten/kontakte.json',
  contactsCsv: '/daten/kontakte.csv',
  contactsXlsx: '/daten/kontakte.xlsx',
  hsdsServices: '/daten/hsds/services.json',
  hsdsOrganizations: '/daten/hsds/organizations.json',
  feed: '/feed.xml',
  sitemap: '/sitemap.xml',
  robots: '/robots.txt',
  page: '/daten/',
} as const;

/** The vCard of a contact: /kontakte/<slug>.vcf */
export function vcardPath(contact: Pick<Contact, 'slug'>): string {
  return `/kontakte/${contact.slug}.vcf`;
}

/** The neutral vCard (phone number only, see neutralVcard): /kontakte/<slug>/kontakt.vcf */
export function neutralVcardPath(contact: Pick<Contact, 'slug'>): string {
  return `/kontakte/${contact.slug}/kontakt.vcf`;
}

/**
 * The part of a contact's address that may be published. A Frauenhaus keeps its location
 * confidential: the schema already forbids street and postcode there, and this function, the
 * only way the exporters read an address, copies the city alone for that kind whatever the data
 * holds (defence in depth). The result is built field by field, never by spreading the input.
 */
export interface PublicAddress {
  street?: string;
  postcode?: string;
  city: string;
}

export function publicAddress(contact: Contact): PublicAddress | undefined {
  const address = contact.data.address;
  if (!address) return undefined;
  if (isConfidentialLocation(contact)) return { city: address.city };
  const out: PublicAddress = { city: address.city };
  if (address.street !== undefined) out.street = address.street;
  if (address.postcode !== undefined) out.postcode = address.postcode;
  return out;
}

/** Contacts whose street address is never published (DESIGN §3). */
export function isConfidentialLocation(contact: Contact): boolean {
  return contact.data.kind === 'frauenhaus';
}

/** A value of a closed list with its German label: { id: 'biss', label: 'BISS – …' } */
export function labelled<T extends Record<string, string>>(table: T, id: keyof T & string): { id: keyof T & string; label: string } {
  return { id, label: table[id] ?? id };
}

/** ISO 639-1 code with its German name. */
export function language(code: string): { code: string; label: string } {
  return { code, label: languageName(code) };
}

export function regionRef(region: Region) {
  return { id: region.id, label: region.label, ags: region.ags, url: absolute(`/regionen/${region.id}/`) };
}

export function topicRef(topic: Topic) {
  return { id: topic.id, label: topic.label, url: absolute(`/themen/${topic.id}/`) };
}

/** A reference to another entry: slug, title and absolute URL. */
export function entryRef(entry: Entry) {
  return { slug: entry.slug, title: entry.data.title, url: absolute(entry.url) };
}

const mediaTypes: Record<keyof typeof fileFormats, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odp: 'application/vnd.oasis.opendocument.presentation',
  txt: 'text/plain',
  csv: 'text/csv',
};

/** IANA media type of a material's file, from its extension. */
export function mediaTypeOf(file: Pick<MaterialFile, 'name'>): string {
  const ext = file.name.split('.').pop() ?? '';
  return mediaTypes[ext as keyof typeof mediaTypes] ?? 'application/octet-stream';
}

/**
 * tel: URI (RFC 3966) of an E.164 number, or of a German short number (110, 116 016), which has
 * no E.164 form and is dialled as it is within Germany.
 */
export function telUri(e164: string): string {
  return e164.startsWith('+') ? `tel:${e164}` : `tel:${e164};phone-context=+49`;
}

/** A calendar date (YYYY-MM-DD) as an RFC 3339 timestamp at midnight UTC. */
export function dateTime(date: string): string {
  return `${date}T00:00:00Z`;
}

/** The later of two YYYY-MM-DD dates. */
export function laterDate(a: string, b: string | undefined): string {
  return b !== undefined && b > a ? b : a;
}

/** A material's `published` when it is a full date (a bare year says too little to sort by). */
export function publishedDate(published: string | number | undefined): string | undefined {
  return typeof published === 'string' ? published : undefined;
}

/**
 * The build's timestamp for `generated` fields: now, or SOURCE_DATE_EPOCH (seconds) when set,
 * for reproducible builds.
 */
export function buildTime(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
