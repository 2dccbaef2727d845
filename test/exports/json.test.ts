/** /daten/*.json of the built site: exactly the published entries, every field, absolute URLs. */
import { statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/index.ts';
import type { ContactItem, MaterialItem } from '../../src/exports/json.ts';
import { exportPaths, licence } from '../../src/exports/public.ts';
import { entryTypes, type EntryType } from '../../src/schema/index.ts';
import { site } from '../../src/text/site.ts';
import { publishedGraph, readSite, readSiteJson, siteDir, slugsOf } from './helpers.ts';

interface ExportFileJson {
  generated: string;
  licence: typeof licence;
  count: number;
  url: string;
  items: ({ slug: string; url: string } & Record<string, unknown>)[];
}

/** Content fields whose name changes in the export. */
const RENAMED: Partial<Record<EntryType, Record<string, string>>> = { materials: { url: 'externalUrl' } };

const withDrafts = loadContent({ includeDrafts: true }).graph;

describe.each(entryTypes)('%s', (type) => {
  const graph = publishedGraph();
  const file = () => readSiteJson<ExportFileJson>(exportPaths[type]);

  it('parses and has metadata: generated (ISO 8601), licence, count, its own URL', () => {
    const data = file();
    expect(new Date(data.generated).toISOString().replace(/\.\d{3}Z$/, 'Z')).toBe(data.generated);
    expect(data.licence.id).toBe('dl-de/by-2-0');
    expect(data.licence.attribution).toBe('Gewaltschutz-Netz Niedersachsen / Landespräventionsrat Niedersachsen');
    expect(data.count).toBe(data.items.length);
    expect(data.url).toBe(`${site.url}${exportPaths[type]}`);
  });

  it('holds exactly the published entries of the graph', () => {
    expect(slugsOf(file().items)).toEqual(slugsOf(graph[type]));
  });

  it('holds no draft', () => {
    const drafts = withDrafts[type].filter((entry) => entry.data.draft).map((entry) => entry.slug);
    const slugs = new Set(file().items.map((item) => item.slug));
    for (const draft of drafts) expect(slugs.has(draft), draft).toBe(false);
  });

  it('has every field of every entry (absent ones as null or [])', () => {
    const items = new Map(file().items.map((item) => [item.slug, item]));
    for (const entry of graph[type]) {
      const item = items.get(entry.slug)!;
      for (const key of Object.keys(entry.data)) {
        if (key === 'draft') continue;
        const name = RENAMED[type]?.[key] ?? key;
        expect(item, `${entry.slug}: ${key}`).toHaveProperty(name);
        expect(item[name], `${entry.slug}: ${key}`).not.toBeNull();
      }
      expect(item.title).toBe(entry.data.title);
      expect(item.text).toBe(entry.body);
    }
  });

  it('gives every URL absolutely: the entry, its references, its regions and topics', () => {
    const urls: string[] = [];
    const collect = (value: unknown, key = ''): void => {
      if (Array.isArray(value)) value.forEach((v) => collect(v, key));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) collect(v, k);
      else if (typeof value === 'string' && /url$/i.test(key)) urls.push(value);
    };
    const data = file();
    collect(data.items);
    expect(urls.length).toBeGreaterThan(data.items.length);
    for (const url of urls) expect(url, url).toMatch(/^https:\/\/[^/]+\//);
    for (const item of data.items) expect(item.url).toBe(`${site.url}/${contentPathOf(type)}/${item.slug}/`);
  });
});

function contentPathOf(type: EntryType): string {
  return { initiatives: 'initiativen', networks: 'netzwerke', materials: 'materialien', contacts: 'kontakte' }[type];
}

describe('kontakte.json', () => {
  const items = () => readSiteJson<{ items: ContactItem[] }>(exportPaths.contacts).items;

  it('gives phones as { text, e164 } and labels beside ids', () => {
    const graph = publishedGraph();
    for (const item of items()) {
      const contact = graph.contacts.find((c) => c.slug === item.slug)!;
      if (contact.data.phone) expect(item.phone).toEqual({ text: contact.data.phone.text, e164: contact.data.phone.e164 });
      else expect(item.phone).toBeNull();
      expect(item.kind.id).toBe(contact.data.kind);
      expect(item.kind.label).not.toBe(item.kind.id);
      expect(item.vcard).toBe(`${site.url}/kontakte/${item.slug}.vcf`);
    }
  });

  it('names references by slug and absolute URL', () => {
    const withBacklinks = items().filter((item) => item.networks.length || item.initiatives.length);
    expect(withBacklinks.length).toBeGreaterThan(0);
    for (const item of withBacklinks) {
      for (const ref of [...item.networks, ...item.initiatives]) expect(ref.url).toMatch(new RegExp(`^${site.url}/(netzwerke|initiativen)/${ref.slug}/$`));
    }
  });
});

describe('materialien.json', () => {
  it('gives downloads absolutely, as the material page links them', () => {
    const items = readSiteJson<{ items: MaterialItem[] }>(exportPaths.materials).items;
    const files = items.filter((item) => item.file);
    expect(files.length).toBeGreaterThan(0);
    for (const item of files) {
      expect(item.file!.url).toMatch(new RegExp(`^${site.url}/materialien/dateien/`));
      expect(item.externalUrl).toBeNull();
      const pathname = new URL(item.file!.url).pathname;
      expect(readSite(`/materialien/${item.slug}/index.html`)).toContain(`href="${pathname}"`);
      expect(statSync(path.join(siteDir(), pathname)).size).toBe(item.file!.bytes);
    }
    for (const item of items.filter((i) => !i.file)) expect(item.externalUrl).toMatch(/^https:\/\//);
  });
});
