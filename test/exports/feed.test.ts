/** /feed.xml of the built site: well-formed XML, the required Atom 1.0 elements, the right entries. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/index.ts';
import { FEED_LIMIT, feedItems } from '../../src/exports/atom.ts';
import { exportPaths } from '../../src/exports/public.ts';
import { site } from '../../src/text/site.ts';
import { listHtmlPages } from '../support/site.ts';
import { publishedGraph, readSite, siteDir } from './helpers.ts';

type Node = Record<string, any>;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const xml = () => readSite(exportPaths.feed);
const feed = (): Node => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link', 'category', 'author'].includes(name) }).parse(xml()).feed;

const linkOf = (node: Node, rel: string) => (node.link as Node[]).find((l) => (l['@rel'] ?? 'alternate') === rel);

describe('feed.xml', () => {
  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml())).toBe(true);
  });

  it('is an Atom 1.0 feed with id, title, updated, author and self/alternate links', () => {
    const f = feed();
    expect(f['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(f.id).toMatch(/^tag:[^:]+,\d{4}:/);
    expect(String(f.title['#text'] ?? f.title)).not.toBe('');
    expect(f.updated).toMatch(RFC3339);
    expect(f.author[0].name).toBeTruthy();
    expect(linkOf(f, 'self')).toMatchObject({ '@href': `${site.url}/feed.xml`, '@type': 'application/atom+xml' });
    expect(linkOf(f, 'alternate')!['@href']).toBe(`${site.url}/`);
  });

  it('every entry has a unique id, title, updated, an alternate link and a summary', () => {
    const entries = feed().entry as Node[];
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.length).toBeLessThanOrEqual(FEED_LIMIT);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    for (const entry of entries) {
      expect(entry.id).toMatch(/^tag:gewaltschutz-netz-niedersachsen\.de,2026:(initiativen|materialien)\/[a-z0-9-]+$/);
      expect(String(entry.title)).not.toBe('');
      expect(entry.updated).toMatch(RFC3339);
      expect(linkOf(entry, 'alternate')!['@href']).toMatch(new RegExp(`^${site.url}/(initiativen|materialien)/[a-z0-9-]+/$`));
      expect(String(entry.summary['#text'])).not.toBe('');
    }
  });

  it('lists initiatives and materials newest first, by reviewed or (materials) a later published date', () => {
    const entries = feed().entry as Node[];
    const dates = entries.map((e) => String(e.updated));
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(feed().updated).toBe(dates[0]);
    const graph = publishedGraph();
    const expected = feedItems(graph).map((item) => `${site.url}${item.entry.url}`);
    expect(entries.map((e) => linkOf(e, 'alternate')!['@href'])).toEqual(expected);
    for (const item of feedItems(graph)) {
      const d = item.entry.data;
      const published = 'published' in d && typeof d.published === 'string' ? d.published : undefined;
      expect(item.updated).toBe(published && published > d.reviewed ? published : d.reviewed);
    }
    if (graph.initiatives.length + graph.materials.length <= FEED_LIMIT) expect(entries.length).toBe(graph.initiatives.length + graph.materials.length);
  });

  it('holds no draft', () => {
    const drafts = loadContent({ includeDrafts: true }).graph.entries.filter((e) => e.data.draft);
    for (const draft of drafts) expect(xml()).not.toContain(`${draft.url}"`);
  });

  it('is announced in the head of every page', () => {
    const pages = listHtmlPages(siteDir());
    expect(pages.length).toBeGreaterThan(publishedGraph().entries.length);
    for (const rel of pages) {
      const head = readSite(rel).split('</head>')[0]!;
      expect(head, rel).toMatch(/<link rel="alternate" type="application\/atom\+xml" title="[^"]+" href="\/feed\.xml">/);
    }
  });
});
