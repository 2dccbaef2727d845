/**
 * Hands every page of the page loop (allPages, _includes/pages/index.ts) to Eleventy as one
 * paginated virtual template, each rendered by its TypeScript template from _includes/pages/.
 */
import type { ContentGraph } from '../../content/index.ts';
import { pagesOf, type SiteBuild } from './site-build.ts';
import { allPages, type SitePage } from '../../../_includes/pages/index.ts';
import { renderPage } from '../../../_includes/pages/page-type.ts';

interface EleventyData {
  sitePage: SitePage;
}

/**
 * Renders every searchable page at the start of a build and hands it to `each` (the search
 * indexer), so indexing runs alongside Eleventy instead of after it. Eleventy then takes the
 * same HTML from here: every page is still rendered once. Every few hundred pages it lets the
 * event loop run, so the indexer's requests actually leave for Pagefind's process.
 * `prerendered` (url → HTML) is the build's own map; each page in it is used once.
 */

export async function prerenderSearchable(graph: ContentGraph, prerendered: Map<string, string>, each: (url: string, html: string) => void): Promise<void> {
  prerendered.clear();
  let count = 0;
  for (const { url, page, item } of allPages(graph, (page) => page.searchable === true)) {
    const html = renderPage(page, item, graph);
    prerendered.set(url, html);
    each(url, html);
    if (++count % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
  }
}

const YIELD_EVERY = 250;

/**
 * Every page of the site as one Eleventy virtual template paginated over the page loop
 * (allPages): Eleventy writes one file per page at the page's own address. The searchable pages
 * were rendered at the start of the build for the index; Eleventy takes them from `prerendered`.
 */
export default function pagesPlugin(eleventyConfig: any, build: SiteBuild): void {
  const { graph, prerendered } = build;
  eleventyConfig.addTemplate('pages/site.11ty.js', {
    data: () => ({
      eleventyExcludeFromCollections: true,
      // Eleventy resolves this path in the data cascade (the global data below).
      pagination: { data: 'sitePages', size: 1, alias: 'sitePage', addAllPagesToCollections: false },
      permalink: (data: EleventyData) => data.sitePage.url,
    }),
    render: (data: EleventyData) => {
      const { url, page, item } = data.sitePage;
      const ready = prerendered.get(url);
      if (ready === undefined) return renderPage(page, item, graph);
      prerendered.delete(url);
      return ready;
    },
  });
  // Every page of the graph, computed when Eleventy asks for data (or already for the sitemap).
  eleventyConfig.addGlobalData('sitePages', () => pagesOf(build));
}
