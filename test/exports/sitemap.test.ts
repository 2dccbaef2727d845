/** /sitemap.xml and /robots.txt of the built site. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { exportPaths } from '../../src/exports/public.ts';
import { site } from '../../src/text/site.ts';
import { listHtmlPages, urlOfFile } from '../support/site.ts';
import { publishedGraph, readSite, siteDir } from './helpers.ts';

interface UrlNode {
  loc: string;
  lastmod?: string;
}

const xml = () => readSite(exportPaths.sitemap);
const urls = (): UrlNode[] => new XMLParser({ isArray: (name) => name === 'url', parseTagValue: false }).parse(xml()).urlset.url;

describe('sitemap.xml', () => {
  it('is well-formed and in the sitemaps.org namespace', () => {
    expect(XMLValidator.validate(xml())).toBe(true);
    expect(xml()).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
  });

  it('lists exactly the built HTML pages except 404.html, each once, absolutely', () => {
    const built = listHtmlPages(siteDir())
      .filter((rel) => rel !== '404.html' && !rel.endsWith('/404.html'))
      // The help finder's pages, reached only through its form, are noindex and not listed.
      .filter((rel) => !/^hilfe\/(finden|plz\/\d{5}|ort\/[a-z0-9-]+)\/index\.html$/.test(rel))
      .map((rel) => `${site.url}${urlOfFile(rel)}`)
      .sort();
    const listed = urls().map((u) => u.loc);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(built);
  });

  it('each URL names a file of the site', () => {
    for (const { loc } of urls()) {
      expect(loc.startsWith(`${site.url}/`)).toBe(true);
      const pathname = new URL(loc).pathname;
      const file = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
      expect(existsSync(path.join(siteDir(), file)), loc).toBe(true);
    }
  });

  it('gives entries and content pages their reviewed date as lastmod', () => {
    const byLoc = new Map(urls().map((u) => [u.loc, u.lastmod]));
    const graph = publishedGraph();
    for (const entry of [...graph.entries, ...graph.pages]) expect(byLoc.get(`${site.url}${entry.url}`), entry.url).toBe(entry.data.reviewed);
    expect(byLoc.get(`${site.url}/`)).toBeUndefined();
  });
});

describe('robots.txt', () => {
  it('allows everything but the web editor and names the sitemap absolutely', () => {
    const text = readSite(exportPaths.robots);
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).toMatch(/^Allow: \/$/m);
    expect(text.match(/^Disallow: .*$/gm)).toEqual(['Disallow: /admin/']);
    expect(text).toMatch(new RegExp(`^Sitemap: ${site.url}/sitemap\\.xml$`, 'm'));
  });
});
