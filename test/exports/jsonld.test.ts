/** JSON-LD in the built pages: parses on every detail page and the home page, with the expected @type. */
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/content/index.ts';
import { contactJsonLd } from '../../src/exports/jsonld.ts';
import { site } from '../../src/text/site.ts';
import { forgedShelter, publishedGraph, readSite, SECRET_POSTCODE, SECRET_STREET } from './helpers.ts';

type Json = Record<string, any>;

/** The JSON-LD blocks of a built page, parsed; the raw text must not be able to end the element. */
function jsonLdOf(file: string): Json[] {
  const doc = parseDocument(readSite(file));
  const scripts = DomUtils.findAll((el) => el.name === 'script' && el.attribs.type === 'application/ld+json', doc.children);
  return scripts.map((script) => {
    const text = DomUtils.textContent(script);
    expect(text).not.toMatch(/[<>]/);
    return JSON.parse(text) as Json;
  });
}

function expectedType(entry: Entry): string {
  switch (entry.type) {
    case 'contacts':
      return ['polizei', 'justiz', 'jugendamt'].includes(entry.data.kind) ? 'GovernmentService' : 'Organization';
    case 'materials':
      return entry.download ? 'DigitalDocument' : 'CreativeWork';
    case 'initiatives':
      return 'Project';
    case 'networks':
      return 'Organization';
  }
}

const entries = publishedGraph().entries;

describe('detail pages', () => {
  it('the sample content has every detail type and every @type variant', () => {
    expect(new Set(entries.map((e) => `${e.type}:${expectedType(e)}`)).size).toBe(6);
  });

  it.each(entries.map((entry) => ({ url: entry.url, entry })))('$url', ({ entry }) => {
    const blocks = jsonLdOf(`${entry.url}index.html`);
    expect(blocks.length).toBe(1);
    const data = blocks[0]!;
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe(expectedType(entry));
    expect(data.name).toBe(entry.data.title);
    expect(data.mainEntityOfPage).toMatchObject({ '@type': 'WebPage', url: `${site.url}${entry.url}`, dateModified: entry.data.reviewed });
    // A CreativeWork covers an area (spatialCoverage); organisations and services serve one (areaServed).
    expect((entry.type === 'materials' ? data.spatialCoverage : data.areaServed).length).toBe(entry.regions.length);
    if (entry.type === 'contacts') {
      const point = data['@type'] === 'GovernmentService' ? data.provider.contactPoint : data.contactPoint;
      expect(point['@type']).toBe('ContactPoint');
      if (entry.data.phone) expect(point.telephone).toBe(entry.data.phone.e164);
      if (entry.data.email) expect(point.email).toBe(entry.data.email);
      const address = data['@type'] === 'GovernmentService' ? data.provider.address : data.address;
      if (entry.data.kind === 'frauenhaus' && address) expect(Object.keys(address).sort()).toEqual(['@type', 'addressCountry', 'addressLocality']);
    }
    if (entry.type === 'materials') {
      expect(data.inLanguage).toEqual(entry.data.languages);
      expect(data.audience.length).toBe(entry.data.audience.length);
      if (entry.download) expect(data.encoding.contentUrl).toBe(`${site.url}${entry.download.href}`);
    }
  });

  it('a Frauenhaus never gets a street or postcode, whatever the data holds', () => {
    const shelter = publishedGraph().contacts.find((c) => c.data.kind === 'frauenhaus')!;
    const text = JSON.stringify(contactJsonLd(forgedShelter(shelter)));
    expect(text).not.toContain(SECRET_STREET);
    expect(text).not.toContain(SECRET_POSTCODE);
    expect(JSON.stringify(contactJsonLd(forgedShelter(shelter, 'beratungsstelle')))).toContain(SECRET_STREET);
  });
});

describe('home page', () => {
  it('describes the WebSite with a SearchAction on /suche/?q=', () => {
    const blocks = jsonLdOf('index.html');
    expect(blocks.length).toBe(1);
    const data = blocks[0]!;
    expect(data['@type']).toBe('WebSite');
    expect(data.url).toBe(`${site.url}/`);
    expect(data.potentialAction['@type']).toBe('SearchAction');
    expect(data.potentialAction.target.urlTemplate).toBe(`${site.url}/suche/?q={search_term_string}`);
    expect(data.potentialAction['query-input']).toBe('required name=search_term_string');
  });
});
