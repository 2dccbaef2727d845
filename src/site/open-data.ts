/**
 * Open data and sharing (DESIGN §6b), written once per build (per-build work, not pages):
 * /daten/*.json, /daten/kontakte.csv and .xlsx, /daten/hsds/*.json, /feed.xml, a vCard per contact
 * (/kontakte/<slug>.vcf), /sitemap.xml and /robots.txt. Each file is written piece by piece and
 * dropped, so none of them stays in memory for the rest of the build. The serialisers are pure
 * functions in src/exports/; this module only writes them.
 */
import type { ContentGraph } from '../content/index.ts';
import { writeExports } from '../exports/files.ts';
import { exportPaths } from '../exports/public.ts';
import { robotsTxt, sitemapXml, type SitemapPage } from '../exports/sitemap.ts';
import { vcardFiles } from '../exports/vcard.ts';
import { writeSiteFile, writeSiteFileChunks } from './output.ts';
import { allPages, type SitePage } from '../../_includes/pages/index.ts';

/** Every export of the graph into outDir; `pages`: the graph's pages when already listed (allPages). */
export async function writeAllExports(graph: ContentGraph, outDir: string, pages?: readonly SitePage[]): Promise<void> {
  const write = (url: string, text: string | Uint8Array) => writeSiteFile(outDir, url, text);
  await writeExports(graph, (url, chunks) => writeSiteFileChunks(outDir, url, chunks), write);
  write(exportPaths.sitemap, sitemapXml(sitePages(graph, pages)));
  write(exportPaths.robots, robotsTxt());
  for (const contact of graph.contacts) for (const [url, text] of vcardFiles(contact)) write(url, text);
}

/** Every HTML page the pages plugin registers, with the date its facts were last checked. */
export function sitePages(graph: ContentGraph, all: Iterable<SitePage> = allPages(graph)): SitemapPage[] {
  const pages: SitemapPage[] = [];
  for (const { url, page, item } of all) if (page.sitemap !== false) pages.push({ url, lastmod: reviewedOf(item) });
  return pages;
}

/** `data.reviewed` of an entry or content page; undefined for listings, regions, topics. */
function reviewedOf(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null || !('data' in item)) return undefined;
  const data: unknown = item.data;
  if (typeof data !== 'object' || data === null || !('reviewed' in data)) return undefined;
  return typeof data.reviewed === 'string' ? data.reviewed : undefined;
}
