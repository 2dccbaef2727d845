/**
 * DESIGN §3: a Frauenhaus never publishes its street address — city, phone and e-mail only,
 * "here and in every export". Checked on the built files (JSON, CSV, XLSX, HSDS, vCard, JSON-LD), and
 * on data the schema would refuse (defence in depth: the exporters cannot output it).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { contactsCsv } from '../../src/exports/csv.ts';
import { hsdsService, serviceId } from '../../src/exports/hsds.ts';
import { contactItem } from '../../src/exports/json.ts';
import { contactJsonLd } from '../../src/exports/jsonld.ts';
import { exportPaths, publicAddress, vcardPath } from '../../src/exports/public.ts';
import { vcard } from '../../src/exports/vcard.ts';
import { contactsXlsx } from '../../src/exports/xlsx.ts';
import { forgedShelter, publishedGraph, readSite, readSiteJson, readXlsx, SECRET_POSTCODE, SECRET_STREET, siteDir, xlsxParts } from './helpers.ts';

type Json = Record<string, any>;

const shelters = publishedGraph().contacts.filter((c) => c.data.kind === 'frauenhaus');

describe('Frauenhaus in the built exports', () => {
  it('the sample content has shelters with a city', () => {
    expect(shelters.length).toBeGreaterThan(0);
    expect(shelters.some((s) => s.data.address?.city)).toBe(true);
  });

  it.each(shelters.map((s) => ({ slug: s.slug, shelter: s })))('$slug: city only everywhere', async ({ shelter }) => {
    const json = readSiteJson<{ items: Json[] }>(exportPaths.contacts).items.find((i) => i.slug === shelter.slug)!;
    if (json.address) expect(Object.keys(json.address)).toEqual(['city']);

    const rows = parse(readFileSync(path.join(siteDir(), exportPaths.contactsCsv)), { delimiter: ';', bom: true, columns: true }) as Record<string, string>[];
    const row = rows.find((r) => r.Kennung === shelter.slug)!;
    expect([row['Straße'], row.PLZ]).toEqual(['', '']);

    const { sheet } = await readXlsx(readFileSync(path.join(siteDir(), exportPaths.contactsXlsx)));
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    let found = 0;
    sheet.eachRow((r) => {
      if (r.getCell(header.indexOf('Kennung')).value !== shelter.slug) return;
      found++;
      expect([r.getCell(header.indexOf('Straße')).value, r.getCell(header.indexOf('PLZ')).value]).toEqual([null, null]);
      if (shelter.data.address) expect(r.getCell(header.indexOf('Ort')).value).toBe(shelter.data.address.city);
    });
    expect(found).toBe(1);

    const service = readSiteJson<{ contents: Json[] }>(exportPaths.hsdsServices).contents.find((s) => s.id === serviceId(shelter))!;
    expect(JSON.stringify(service)).not.toMatch(/"(address_1|address_2|postal_code|addresses)"/);

    const card = new ICAL.Component(ICAL.parse(readSite(vcardPath(shelter))));
    const adr = card.getFirstPropertyValue('adr') as string[] | null;
    if (adr) expect([adr[0], adr[1], adr[2], adr[5]]).toEqual(['', '', '', '']);

    const doc = parseDocument(readSite(`${shelter.url}index.html`));
    const script = DomUtils.findOne((el) => el.name === 'script' && el.attribs.type === 'application/ld+json', doc.children)!;
    const ld = JSON.stringify(JSON.parse(DomUtils.textContent(script)));
    expect(ld).not.toMatch(/"(streetAddress|postalCode)"/);
  });
});

describe('exporters given a Frauenhaus with street and postcode (which the schema refuses)', () => {
  const shelter = forgedShelter(shelters[0]!);
  const counterpart = forgedShelter(shelters[0]!, 'beratungsstelle');
  const outputs = (contact: typeof shelter) => ({
    json: JSON.stringify(contactItem(contact)),
    csv: contactsCsv([contact]),
    hsds: JSON.stringify(hsdsService(contact)),
    vcard: vcard(contact),
    jsonld: JSON.stringify(contactJsonLd(contact)),
  });

  it('publicAddress() keeps the city only', () => {
    expect(publicAddress(shelter)).toEqual({ city: 'Celle' });
  });

  it.each(Object.keys(outputs(shelter)) as (keyof ReturnType<typeof outputs>)[])('%s leaves out street and postcode', (format) => {
    const text = outputs(shelter)[format];
    expect(text).toContain('Celle');
    expect(text).not.toContain(SECRET_STREET);
    expect(text).not.toContain(SECRET_POSTCODE);
    // Control: for another kind the same data is published, so a leak would be seen.
    expect(outputs(counterpart)[format]).toContain(SECRET_STREET);
  });

  it('xlsx leaves out street and postcode (in every part of the file)', async () => {
    const text = async (contact: typeof shelter) => [...(await xlsxParts(await contactsXlsx([contact], '2026-11-24T15:00:00Z'))).values()].join('\n');
    const xml = await text(shelter);
    expect(xml).toContain('Celle');
    expect(xml).not.toContain(SECRET_STREET);
    expect(xml).not.toContain(SECRET_POSTCODE);
    expect(await text(counterpart)).toContain(SECRET_STREET);
  });
});
