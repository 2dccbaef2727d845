/**
 * Open data and sharing (DESIGN §6b) as Eleventy virtual templates, so the files are part of
 * every build and of the dev server: /daten/*.json, /daten/kontakte.csv, /daten/hsds/*.json,
 * /feed.xml, /kontakte/<slug>.vcf, /sitemap.xml and /robots.txt. The serialisers are pure
 * functions in src/exports/; this module only registers them.
 */
import type { Contact, ContentGraph } from '../../content/index.ts';
import { exportFiles, renderedExport, type ExportName } from '../../exports/files.ts';
import { exportPaths, vcardPath } from '../../exports/public.ts';
import { robotsTxt, sitemapXml, type SitemapPage } from '../../exports/sitemap.ts';
import { vcard } from '../../exports/vcard.ts';
import { currentGraph } from '../graph-source.ts';
import { pageDefinitions } from '../../../_includes/pages/index.ts';

interface VcardData {
  contact: Contact;
}

export default function exportsPlugin(eleventyConfig: any): void {
  const plain = (name: string, permalink: string, render: () => string) =>
    eleventyConfig.addTemplate(`exports/${name}.11ty.js`, {
      data: () => ({ permalink, eleventyExcludeFromCollections: true }),
      render,
    });

  for (const name of Object.keys(exportFiles) as ExportName[]) {
    plain(name, exportFiles[name].path, () => renderedExport(name, currentGraph()));
  }
  plain('sitemap', exportPaths.sitemap, () => sitemapXml(sitePages(currentGraph())));
  plain('robots', exportPaths.robots, () => robotsTxt());

  eleventyConfig.addTemplate('exports/vcard.11ty.js', {
    data: () => ({
      eleventyExcludeFromCollections: true,
      pagination: { data: 'exportItems.contacts', size: 1, alias: 'contact', addAllPagesToCollections: false },
      permalink: (data: VcardData) => vcardPath(data.contact),
    }),
    render: (data: VcardData) => vcard(data.contact),
  });
  eleventyConfig.addGlobalData('exportItems', () => ({ contacts: currentGraph().contacts }));
}

/** Every HTML page the pages plugin registers, with the date its facts were last checked. */
export function sitePages(graph: ContentGraph): SitemapPage[] {
  const pages: SitemapPage[] = [];
  for (const page of pageDefinitions) {
    const items = page.items ? page.items(graph) : [undefined];
    for (const item of items) pages.push({ url: page.url(item, graph), lastmod: reviewedOf(item) });
  }
  return pages;
}

/** `data.reviewed` of an entry or content page; undefined for listings, regions, topics. */
function reviewedOf(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null || !('data' in item)) return undefined;
  const data: unknown = item.data;
  if (typeof data !== 'object' || data === null || !('reviewed' in data)) return undefined;
  return typeof data.reviewed === 'string' ? data.reviewed : undefined;
}
