/**
 * Open Referral HSDS 3 (Human Services Data Specification), the shapes of its API:
 * - /daten/hsds/services.json: a page as `GET /services?full=true` returns it (total_items …
 *   empty, contents) with one fully nested service per published contact;
 * - /daten/hsds/organizations.json: the same page shape with one organization per provider.
 *
 * Every id is a UUID v5 of a stable name built from the slug (see ./uuid.ts and
 * docs/open-data.md), so ids survive rebuilds. A Frauenhaus location never carries an address
 * object: HSDS requires address_1 and postal_code in every address, and a shelter's street is
 * confidential, so its location keeps only a name and a description naming the city.
 */
import type { Contact, ContentGraph } from '../content/index.ts';
import type { Region, Topic } from '../schema/index.ts';
import { contactKinds } from '../schema/enums.ts';
import { germanKey } from '../text/german-key.ts';
import { site } from '../text/site.ts';
import { absolute, dateTime, isConfidentialLocation, language, publicAddress } from './public.ts';
import { uuidV5 } from './uuid.ts';
import { jsonWithList } from './chunks.ts';

/** The stable names the ids are made from. */
export const hsdsNames = {
  service: (contact: Pick<Contact, 'slug'>) => `kontakte/${contact.slug}`,
  part: (contact: Pick<Contact, 'slug'>, part: string) => `kontakte/${contact.slug}#${part}`,
  organization: (key: string) => `organisationen/${key}`,
  topicTerm: (topic: Pick<Topic, 'id'>) => `themen/${topic.id}`,
  kindTerm: (kind: string) => `kontaktarten/${kind}`,
  taxonomy: (name: 'themen' | 'kontaktarten') => `taxonomien/${name}`,
};

const TAXONOMY_NAMES = {
  themen: `${site.name}: Themen`,
  kontaktarten: `${site.name}: Kontaktarten`,
};

/** The key of an organization's name (src/text/german-key.ts); it fixes the organization's HSDS UUID. */
export function nameKey(name: string): string {
  return germanKey(name);
}

/**
 * The organization behind a contact: its `organization` (Träger) when given, shared by every
 * contact that names the same Träger; otherwise the contact itself.
 */
export function organizationKey(contact: Contact): string {
  return contact.data.organization ? nameKey(contact.data.organization) : hsdsNames.service(contact);
}

export function serviceId(contact: Pick<Contact, 'slug'>): string {
  return uuidV5(hsdsNames.service(contact));
}

function organizationOf(contact: Contact, providers: ReadonlyMap<string, Contact[]>) {
  const key = organizationKey(contact);
  const id = uuidV5(hsdsNames.organization(key));
  const d = contact.data;
  if (!d.organization) {
    // The contact is its own organization: its reachability is the organization's.
    return { id, name: d.title, description: d.summary, ...(d.email ? { email: d.email } : {}), ...(d.website ? { website: d.website } : {}) };
  }
  return { id, name: d.organization, description: providerDescription(providers.get(key) ?? [contact]) };
}

/** "Träger von „A“ im …" or "Träger von 12 Angeboten im …, darunter „A“, „B“ und „C“": short whatever the count. */
export function providerDescription(services: readonly Contact[]): string {
  const names = services.slice(0, 3).map((c) => `„${c.data.title}“`);
  if (services.length === 1) return `Träger von ${names[0]} im ${site.name}.`;
  const list = `${names.slice(0, -1).join(', ')} und ${names.at(-1)}`;
  return services.length <= 3 ? `Träger von ${list} im ${site.name}.` : `Träger von ${services.length} Angeboten im ${site.name}, darunter ${list}.`;
}

function phones(contact: Contact, sid: string) {
  const d = contact.data;
  const out = [];
  if (d.phone) {
    out.push({
      id: uuidV5(hsdsNames.part(contact, 'phone')),
      service_id: sid,
      number: d.phone.e164,
      type: 'voice',
      description: `Telefon: ${d.phone.text}${d.emergency ? ' (rund um die Uhr erreichbar)' : ''}`,
      ...(d.languages?.length ? { languages: d.languages.map((code) => languageObject(contact, code, sid, 'phone')) } : {}),
    });
  }
  if (d.fax) {
    out.push({ id: uuidV5(hsdsNames.part(contact, 'fax')), service_id: sid, number: d.fax.e164, type: 'fax', description: `Fax: ${d.fax.text}` });
  }
  return out;
}

function languageObject(contact: Contact, code: string, sid: string, scope: 'service' | 'phone') {
  const { label } = language(code);
  return { id: uuidV5(hsdsNames.part(contact, `${scope}-language/${code}`)), ...(scope === 'service' ? { service_id: sid } : {}), name: label, code };
}

function schedules(contact: Contact, sid: string) {
  const d = contact.data;
  const out = [];
  if (d.hours) out.push({ id: uuidV5(hsdsNames.part(contact, 'hours')), service_id: sid, description: d.hours });
  if (d.emergency) {
    out.push({
      id: uuidV5(hsdsNames.part(contact, 'around-the-clock')),
      service_id: sid,
      freq: 'WEEKLY' as const,
      wkst: 'MO' as const,
      byday: 'MO,TU,WE,TH,FR,SA,SU',
      // HSDS 3 wants times with a zone. Around the clock is the same in every zone, so UTC
      // ('Z', timezone 0) is exact all year; a fixed offset for Europe/Berlin (+01:00 or +02:00)
      // would be wrong for half of it.
      opens_at: '00:00Z',
      closes_at: '23:59Z',
      timezone: 0,
      description: 'rund um die Uhr erreichbar, auch an Wochenenden und Feiertagen',
    });
  }
  return out;
}

function serviceAreas(contact: Contact, sid: string) {
  return contact.regions.map((region: Region) => ({
    id: uuidV5(hsdsNames.part(contact, `area/${region.id}`)),
    service_id: sid,
    name: region.label,
    description: region.id === 'niedersachsen' ? 'ganz Niedersachsen' : `${region.label} (Kreisschlüssel ${region.ags})`,
    uri: absolute(`/regionen/${region.id}/`),
  }));
}

/**
 * The place of a contact, when it has one. Only a complete address (street, postcode, city) of a
 * contact that may publish it becomes an HSDS address; otherwise the city is named in the
 * location's description. publicAddress() already drops street and postcode of a Frauenhaus; the
 * check below keeps its location free of any address object even if it did not.
 */
function serviceAtLocations(contact: Contact, sid: string) {
  const address = publicAddress(contact);
  if (!address) return [];
  const locationId = uuidV5(hsdsNames.part(contact, 'location'));
  const confidential = isConfidentialLocation(contact);
  const complete = !confidential && address.street !== undefined && address.postcode !== undefined;
  const location = {
    id: locationId,
    location_type: 'physical' as const,
    name: contact.data.title,
    description: confidential ? `Ort: ${address.city}. Die Anschrift ist vertraulich und wird nicht veröffentlicht.` : `Ort: ${address.city}`,
    ...(complete
      ? {
          addresses: [
            {
              id: uuidV5(hsdsNames.part(contact, 'address')),
              location_id: locationId,
              address_1: address.street!,
              city: address.city,
              state_province: 'Niedersachsen',
              postal_code: address.postcode!,
              country: 'DE',
              address_type: 'physical' as const,
            },
          ],
        }
      : {}),
    ...(contact.data.accessible
      ? { accessibility: [{ id: uuidV5(hsdsNames.part(contact, 'accessibility')), location_id: locationId, description: 'stufenlos erreichbar (barrierefreier Zugang)' }] }
      : {}),
  };
  return [{ id: uuidV5(hsdsNames.part(contact, 'service-at-location')), service_id: sid, location_id: locationId, location }];
}

function attributes(contact: Contact, sid: string) {
  const kind = contact.data.kind;
  const kindTerm = uuidV5(hsdsNames.kindTerm(kind));
  const kindAttribute = {
    id: uuidV5(hsdsNames.part(contact, 'attribute/kind')),
    link_id: sid,
    link_entity: 'service',
    taxonomy_term_id: kindTerm,
    taxonomy_term: {
      id: kindTerm,
      code: kind,
      name: contactKinds[kind],
      description: `Art des Kontakts: ${contactKinds[kind]}`,
      taxonomy: TAXONOMY_NAMES.kontaktarten,
      taxonomy_id: uuidV5(hsdsNames.taxonomy('kontaktarten')),
      language: 'de',
    },
  };
  const topicAttributes = contact.topics.map((topic) => {
    const term = uuidV5(hsdsNames.topicTerm(topic));
    return {
      id: uuidV5(hsdsNames.part(contact, `attribute/topic/${topic.id}`)),
      link_id: sid,
      link_entity: 'service',
      taxonomy_term_id: term,
      taxonomy_term: {
        id: term,
        code: topic.id,
        name: topic.label,
        description: topic.description,
        taxonomy: TAXONOMY_NAMES.themen,
        taxonomy_id: uuidV5(hsdsNames.taxonomy('themen')),
        language: 'de',
        term_uri: absolute(`/themen/${topic.id}/`),
      },
    };
  });
  return [kindAttribute, ...topicAttributes];
}

function interpretation(contact: Contact): string | undefined {
  const other = (contact.data.languages ?? []).filter((code) => code !== 'de');
  if (!other.length) return undefined;
  return `Beratung auch auf ${other.map((code) => language(code).label).join(', ')}`;
}

/** Contacts grouped by the organization that provides them. */
export function providers(contacts: readonly Contact[]): Map<string, Contact[]> {
  const map = new Map<string, Contact[]>();
  for (const contact of [...contacts].sort(bySlug)) {
    const key = organizationKey(contact);
    const list = map.get(key);
    if (list) list.push(contact);
    else map.set(key, [contact]);
  }
  return map;
}

const bySlug = (a: Contact, b: Contact) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

/** One fully nested HSDS service for a contact. */
export function hsdsService(contact: Contact, byProvider: ReadonlyMap<string, Contact[]> = providers([contact])) {
  const d = contact.data;
  const sid = serviceId(contact);
  const organization = organizationOf(contact, byProvider);
  const interpretationServices = interpretation(contact);
  return {
    id: sid,
    organization_id: organization.id,
    name: d.title,
    description: d.summary,
    url: d.website ?? absolute(contact.url),
    ...(d.email ? { email: d.email } : {}),
    status: 'active' as const,
    ...(interpretationServices ? { interpretation_services: interpretationServices } : {}),
    assured_date: d.reviewed,
    last_modified: dateTime(d.reviewed),
    ...(d.example ? { alert: 'Beispieleintrag: erfundene Angaben, die Kontaktdaten sind nicht echt.' } : {}),
    phones: phones(contact, sid),
    schedules: schedules(contact, sid),
    service_areas: serviceAreas(contact, sid),
    service_at_locations: serviceAtLocations(contact, sid),
    languages: (d.languages ?? []).map((code) => languageObject(contact, code, sid, 'service')),
    organization,
    contacts: d.person ? [{ id: uuidV5(hsdsNames.part(contact, 'person')), service_id: sid, name: d.person }] : [],
    attributes: attributes(contact, sid),
  };
}

export type HsdsService = ReturnType<typeof hsdsService>;

/** The paginated list shape of the HSDS API (OpenAPI `Page`), here always one page with everything. */
export function hsdsPage<T>(contents: T[]) {
  return { ...pageHead(contents.length), contents };
}

function pageHead(count: number) {
  return { total_items: count, total_pages: 1, page_number: 1, size: count, first_page: true, last_page: true, empty: count === 0 };
}

/** The same text as JSON.stringify(hsdsPage(…)), item by item, then a newline. */
function* pageChunks(count: number, contents: Iterable<unknown>): Generator<string> {
  yield* jsonWithList(pageHead(count), 'contents', contents);
  yield '\n';
}

function* services(graph: ContentGraph) {
  const byProvider = providers(graph.contacts);
  for (const contact of [...graph.contacts].sort(bySlug)) yield hsdsService(contact, byProvider);
}

export function hsdsServices(graph: ContentGraph) {
  return hsdsPage([...services(graph)]);
}

/** One organization per provider, with the services it provides (their one-to-one fields). */
export function hsdsOrganizations(graph: ContentGraph) {
  const byProvider = providers(graph.contacts);
  const organizations = [...byProvider.values()].map((contacts) => {
    const organization = organizationOf(contacts[0]!, byProvider);
    return {
      ...organization,
      services: contacts.map((contact) => ({
        id: serviceId(contact),
        organization_id: organization.id,
        name: contact.data.title,
        description: contact.data.summary,
        url: contact.data.website ?? absolute(contact.url),
        ...(contact.data.email ? { email: contact.data.email } : {}),
        status: 'active' as const,
        assured_date: contact.data.reviewed,
        last_modified: dateTime(contact.data.reviewed),
      })),
    };
  });
  organizations.sort((a, b) => a.name.localeCompare(b.name, 'de'));
  return hsdsPage(organizations);
}

/** Written compact: HSDS is for programs, and its deep nesting would double the size when indented. */
export function hsdsServicesChunks(graph: ContentGraph): Generator<string> {
  return pageChunks(graph.contacts.length, services(graph));
}

export function hsdsOrganizationsChunks(graph: ContentGraph): Generator<string> {
  const { contents, total_items } = hsdsOrganizations(graph);
  return pageChunks(total_items, contents);
}
