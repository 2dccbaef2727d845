/**
 * /daten/hsds/ of the built site against the compiled Open Referral HSDS 3 schemas in
 * test/fixtures/hsds-3/ (a copy of the HSDS 3 compiled schemas). The schemas carry no $schema; HSDS's OpenAPI document declares
 * `jsonSchemaDialect: https://json-schema.org/draft/2020-12/schema`, so Ajv's 2020-12 class
 * checks them. Their non-validating annotations (name, path, constraints, core, example …) are
 * declared as a vocabulary so that Ajv's strict mode still catches anything else it doesn't know.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportPaths } from '../../src/exports/public.ts';
import { hsdsService, serviceId } from '../../src/exports/hsds.ts';
import { HSDS_DIR, forgedShelter, publishedGraph, readSiteJson, SECRET_POSTCODE, SECRET_STREET } from './helpers.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/**
 * The `Page` of HSDS's API (schema/openapi.json, components.schemas.Page), which the list
 * endpoints combine with `contents: { type: array, items: <entity schema> }`.
 */
const pageSchema = {
  type: 'object',
  properties: {
    total_items: { type: 'integer' },
    total_pages: { type: 'integer' },
    page_number: { type: 'integer' },
    size: { type: 'integer' },
    first_page: { type: 'boolean' },
    last_page: { type: 'boolean' },
    empty: { type: 'boolean' },
    contents: { type: 'array' },
  },
  required: ['empty'],
};

const ANNOTATIONS = ['name', 'path', 'datapackage_metadata', 'tabular_required', 'constraints', 'example', 'core', 'datapackage_type'];

interface Page<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

type Json = Record<string, any>;

let validateService: ValidateFunction;
let validateServiceListItem: ValidateFunction;
let validateOrganization: ValidateFunction;
let validatePage: ValidateFunction;

const schema = (file: string) => JSON.parse(readFileSync(path.join(HSDS_DIR, file), 'utf8')) as object;
const errorsOf = (validate: ValidateFunction) => JSON.stringify(validate.errors?.slice(0, 5), null, 1);

beforeAll(() => {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
  addFormats(ajv);
  ajv.addVocabulary(ANNOTATIONS);
  validateService = ajv.compile(schema('service.json'));
  validateServiceListItem = ajv.compile(schema('service_list.json'));
  validateOrganization = ajv.compile(schema('organization.json'));
  validatePage = ajv.compile(pageSchema);
});

function expectPage<T>(page: Page<T>, total: number) {
  expect(validatePage(page), errorsOf(validatePage)).toBe(true);
  expect(page).toMatchObject({ total_items: total, total_pages: 1, page_number: 1, size: total, first_page: true, last_page: true, empty: total === 0 });
  expect(page.contents.length).toBe(total);
}

describe('services.json', () => {
  const page = () => readSiteJson<Page<Json>>(exportPaths.hsdsServices);

  it('is a service_list page with one service per published contact', () => {
    const graph = publishedGraph();
    expectPage(page(), graph.contacts.length);
    expect(
      page()
        .contents.map((s) => s.id)
        .sort(),
    ).toEqual(graph.contacts.map((c) => serviceId(c)).sort());
  });

  it('every service validates against service.json and service_list.json', () => {
    for (const service of page().contents) {
      expect(validateService(service), `${service.name}: ${errorsOf(validateService)}`).toBe(true);
      expect(validateServiceListItem(service), `${service.name}: ${errorsOf(validateServiceListItem)}`).toBe(true);
    }
  });

  it('the validators are not vacuous: a broken service fails', () => {
    const service = structuredClone(page().contents.find((s) => s.service_at_locations.length && s.phones.length)!);
    expect(validateService(service)).toBe(true);
    const broken = [
      (s: Json) => delete s.phones[0].number,
      (s: Json) => (s.status = 'offen'),
      (s: Json) => (s.id = 'kontakte/x'),
      (s: Json) => (s.service_at_locations[0].location.addresses = [{ id: s.id, city: 'Celle' }]),
      (s: Json) => delete s.organization.description,
    ];
    for (const breakIt of broken) {
      const copy = structuredClone(service);
      breakIt(copy);
      expect(validateService(copy), breakIt.toString()).toBe(false);
    }
  });

  it('ids are unique UUIDs, and the same in every build (UUID v5 of the slug)', () => {
    const ids: string[] = [];
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') {
        const record = value as Json;
        if (typeof record.id === 'string') ids.push(record.id);
        Object.values(record).forEach(collect);
      }
    };
    const services = page().contents;
    services.forEach((s) => collect({ ...s, organization: undefined, attributes: undefined }));
    expect(new Set(ids).size).toBe(ids.length);
    const graph = publishedGraph();
    for (const contact of graph.contacts) {
      const service = services.find((s) => s.id === serviceId(contact));
      expect(service, contact.slug).toBeDefined();
      expect(hsdsService(contact).id).toBe(service!.id);
      expect(service!.name).toBe(contact.data.title);
    }
  });

  it('nests organization, phones (E.164) and locations', () => {
    const graph = publishedGraph();
    const services = page().contents;
    for (const contact of graph.contacts) {
      const service = services.find((s) => s.id === serviceId(contact))!;
      expect(service.organization.id).toBe(service.organization_id);
      if (contact.data.phone) expect(service.phones[0]).toMatchObject({ number: contact.data.phone.e164, type: 'voice' });
      if (contact.data.address) expect(service.service_at_locations[0].location.location_type).toBe('physical');
      expect(service.service_areas.map((a: Json) => a.name)).toEqual(contact.regions.map((r) => r.label));
    }
    const located = graph.contacts.find((c) => c.data.kind !== 'frauenhaus' && c.data.address?.street && c.data.address.postcode)!;
    const address = services.find((s) => s.id === serviceId(located))!.service_at_locations[0].location.addresses[0];
    expect(address).toEqual({
      id: expect.any(String),
      location_id: expect.any(String),
      address_1: located.data.address!.street,
      city: located.data.address!.city,
      state_province: 'Niedersachsen',
      postal_code: located.data.address!.postcode,
      country: 'DE',
      address_type: 'physical',
    });
  });

  it('a Frauenhaus location has no address object, only the city in its description', () => {
    const graph = publishedGraph();
    const shelters = graph.contacts.filter((c) => c.data.kind === 'frauenhaus');
    expect(shelters.length).toBeGreaterThan(0);
    for (const shelter of shelters) {
      const service = page().contents.find((s) => s.id === serviceId(shelter))!;
      for (const sal of service.service_at_locations) {
        expect(sal.location.addresses).toBeUndefined();
        if (shelter.data.address) expect(sal.location.description).toContain(shelter.data.address.city);
      }
    }
    // Even from data the schema would refuse:
    const forged = hsdsService(forgedShelter(shelters[0]!));
    expect(validateService(forged), errorsOf(validateService)).toBe(true);
    expect(JSON.stringify(forged)).not.toContain(SECRET_STREET);
    expect(JSON.stringify(forged)).not.toContain(SECRET_POSTCODE);
  });
});

describe('organizations.json', () => {
  const page = () => readSiteJson<Page<Json>>(exportPaths.hsdsOrganizations);

  it('is a list page of organizations, each valid against organization.json', () => {
    const data = page();
    expectPage(data, data.contents.length);
    expect(data.contents.length).toBeGreaterThan(0);
    for (const organization of data.contents) {
      expect(validateOrganization(organization), `${organization.name}: ${errorsOf(validateOrganization)}`).toBe(true);
    }
  });

  it('covers every service exactly once, with the organization its service names', () => {
    const services = readSiteJson<Page<Json>>(exportPaths.hsdsServices).contents;
    const listed = page().contents.flatMap((o) => o.services.map((s: Json) => ({ service: s.id as string, organization: o.id as string })));
    expect(listed.map((l) => l.service).sort()).toEqual(services.map((s) => s.id).sort());
    for (const { service, organization } of listed) expect(services.find((s) => s.id === service)!.organization_id).toBe(organization);
    expect(new Set(page().contents.map((o) => o.id)).size).toBe(page().contents.length);
  });
});
