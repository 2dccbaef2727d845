/**
 * schema.org JSON-LD for detail pages and the home page, embedded as
 * <script type="application/ld+json">: a data block, never executed, so CSP `script-src 'self'`
 * neither runs nor blocks it. The JSON is escaped so that no content can end the element:
 * < > & become \u003c \u003e \u0026 (still the same JSON), and only that string is trusted.
 */
import type { Contact, ContentGraph, Entry, Initiative, Material, Network } from '../content/index.ts';
import type { Region } from '../schema/index.ts';
import { audiences, contactKinds, initiativeKinds, materialKinds, networkLevels } from '../schema/enums.ts';
import { formatBytes } from '../text/format.ts';
import { html, trusted, type Html } from '../text/html.ts';
import { site } from '../text/site.ts';
import { absolute, isConfidentialLocation, language, mediaTypeOf, publicAddress } from './public.ts';

type Json = Record<string, unknown>;

const CONTEXT = 'https://schema.org';
const WEBSITE_ID = `${absolute('/')}#website`;
/** Contact kinds that are public authorities: described as a GovernmentService. */
const GOVERNMENT_KINDS: ReadonlySet<string> = new Set(['polizei', 'justiz', 'jugendamt']);
const ALL_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((day) => `https://schema.org/${day}`);

/** JSON that can sit inside <script> unharmed: <, > and & and every character beyond Latin-1 as \u escapes. */
export function safeJson(data: unknown): string {
  return (
    JSON.stringify(data)
      .replace(/</g, '\\u003c')
      .replace(/>/g, '\\u003e')
      .replace(/&/g, '\\u0026')
      // Everything beyond Latin-1 too (it includes U+2028/2029): pages are written as Latin-1
      // with character references (latin1Html), and those are not decoded inside <script>.
      .replace(/[\u0100-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
  );
}

export function jsonLdScript(data: Json): Html {
  return html`<script type="application/ld+json">${trusted(safeJson(data))}</script>`;
}

function area(region: Region): Json {
  if (region.id === 'niedersachsen') return { '@type': 'State', name: 'Niedersachsen', identifier: region.ags };
  return { '@type': 'AdministrativeArea', name: region.label, identifier: region.ags, containedInPlace: { '@type': 'State', name: 'Niedersachsen' } };
}

/**
 * What every detail object has: id, name, description, the regions, and the page it is the
 * subject of. Properties follow the type (checked against schema.org in test/exports/jsonld-schema.test.ts):
 * the regions are `areaServed` of an Organization or Service but the `spatialCoverage` of a
 * CreativeWork; topics are `keywords`, which a Service does not have.
 */
function base(entry: Entry, kind: 'organization' | 'service' | 'creative-work'): Json {
  const regions = entry.regions.map(area);
  return {
    '@id': `${absolute(entry.url)}#eintrag`,
    name: entry.data.title,
    description: entry.data.summary,
    ...(kind === 'creative-work' ? { spatialCoverage: regions } : { areaServed: regions }),
    ...(entry.topics.length && kind !== 'service' ? { keywords: entry.topics.map((t) => t.label).join(', ') } : {}),
    mainEntityOfPage: {
      '@type': 'WebPage',
      '@id': absolute(entry.url),
      url: absolute(entry.url),
      dateModified: entry.data.reviewed,
      inLanguage: 'de',
      isPartOf: { '@id': WEBSITE_ID },
    },
  };
}

const ref = (entry: Entry, type: string): Json => ({ '@type': type, '@id': `${absolute(entry.url)}#eintrag`, name: entry.data.title, url: absolute(entry.url) });

function contactPoint(contact: Contact): Json {
  const d = contact.data;
  const hours: Json[] = [];
  if (d.hours) hours.push({ '@type': 'OpeningHoursSpecification', description: d.hours });
  if (d.emergency) hours.push({ '@type': 'OpeningHoursSpecification', description: 'rund um die Uhr erreichbar', dayOfWeek: ALL_DAYS, opens: '00:00', closes: '23:59' });
  return {
    '@type': 'ContactPoint',
    contactType: contactKinds[d.kind],
    ...(d.phone ? { telephone: d.phone.e164 } : {}),
    ...(d.fax ? { faxNumber: d.fax.e164 } : {}),
    ...(d.email ? { email: d.email } : {}),
    ...(d.website ? { url: d.website } : {}),
    ...(d.languages?.length ? { availableLanguage: d.languages.map((code) => ({ '@type': 'Language', name: language(code).label, alternateName: code })) } : {}),
    ...(hours.length ? { hoursAvailable: hours } : {}),
    areaServed: contact.regions.map(area),
  };
}

/** Street and postcode only through publicAddress(), and never for a Frauenhaus. */
function postalAddress(contact: Contact): Json | undefined {
  const a = publicAddress(contact);
  if (!a) return undefined;
  const confidential = isConfidentialLocation(contact);
  return {
    '@type': 'PostalAddress',
    ...(!confidential && a.street ? { streetAddress: a.street } : {}),
    ...(!confidential && a.postcode ? { postalCode: a.postcode } : {}),
    addressLocality: a.city,
    addressCountry: 'DE',
  };
}

export function contactJsonLd(contact: Contact): Json {
  const d = contact.data;
  const address = postalAddress(contact);
  const point = contactPoint(contact);
  if (GOVERNMENT_KINDS.has(d.kind)) {
    return {
      '@context': CONTEXT,
      '@type': 'GovernmentService',
      ...base(contact, 'service'),
      url: d.website ?? absolute(contact.url),
      serviceType: contactKinds[d.kind],
      provider: {
        '@type': 'GovernmentOrganization',
        name: d.organization ?? d.title,
        contactPoint: point,
        ...(address ? { address } : {}),
      },
    };
  }
  return {
    '@context': CONTEXT,
    '@type': 'Organization',
    ...base(contact, 'organization'),
    url: d.website ?? absolute(contact.url),
    ...(d.organization ? { parentOrganization: { '@type': 'Organization', name: d.organization } } : {}),
    ...(d.email ? { email: d.email } : {}),
    ...(d.phone ? { telephone: d.phone.e164 } : {}),
    contactPoint: point,
    ...(address ? { address } : {}),
    ...(d.languages?.length ? { knowsLanguage: d.languages } : {}),
  };
}

export function materialJsonLd(material: Material): Json {
  const d = material.data;
  const file = material.download;
  return {
    '@context': CONTEXT,
    '@type': file ? 'DigitalDocument' : 'CreativeWork',
    ...base(material, 'creative-work'),
    url: file ? absolute(material.url) : d.url,
    genre: materialKinds[d.kind],
    inLanguage: d.languages,
    ...(d.publisher ? { publisher: { '@type': 'Organization', name: d.publisher } } : {}),
    ...(d.published !== undefined ? { datePublished: String(d.published) } : {}),
    dateModified: d.reviewed,
    audience: d.audience.map((key) => ({ '@type': 'Audience', audienceType: audiences[key] })),
    ...(file ? { encoding: { '@type': 'MediaObject', contentUrl: absolute(file.href), encodingFormat: mediaTypeOf(file), contentSize: formatBytes(file.bytes) } } : {}),
  };
}

export function initiativeJsonLd(initiative: Initiative): Json {
  const d = initiative.data;
  return {
    '@context': CONTEXT,
    '@type': 'Project',
    ...base(initiative, 'organization'),
    url: d.website ?? absolute(initiative.url),
    additionalType: initiativeKinds[d.kind],
    ...(d.since !== undefined ? { foundingDate: String(d.since) } : {}),
    ...(initiative.networks.length ? { memberOf: initiative.networks.map((n) => ref(n, 'Organization')) } : {}),
    ...(initiative.contacts.length ? { member: initiative.contacts.map((c) => ref(c, 'Organization')) } : {}),
  };
}

export function networkJsonLd(network: Network): Json {
  const d = network.data;
  const members = network.coordinator && !network.contacts.includes(network.coordinator) ? [network.coordinator, ...network.contacts] : network.contacts;
  return {
    '@context': CONTEXT,
    '@type': 'Organization',
    ...base(network, 'organization'),
    url: d.website ?? absolute(network.url),
    additionalType: `Netzwerk (${networkLevels[d.level]})`,
    ...(members.length ? { member: members.map((c) => ref(c, 'Organization')) } : {}),
  };
}

export function entryJsonLd(entry: Entry): Json {
  switch (entry.type) {
    case 'contacts':
      return contactJsonLd(entry);
    case 'materials':
      return materialJsonLd(entry);
    case 'initiatives':
      return initiativeJsonLd(entry);
    case 'networks':
      return networkJsonLd(entry);
  }
}

/** The home page: the site, its publisher and its search. */
export function websiteJsonLd(_graph?: ContentGraph): Json {
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    '@id': WEBSITE_ID,
    name: site.name,
    url: absolute('/'),
    description: site.tagline,
    inLanguage: 'de',
    publisher: { '@type': 'GovernmentOrganization', name: site.publisher },
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${absolute('/suche/')}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}
