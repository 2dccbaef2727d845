/**
 * Hands every page of the page loop (allPages, _includes/pages/index.ts) to Eleventy as one
 * paginated virtual template, each rendered by its TypeScript template from _includes/pages/.
 */
import type { ContentGraph } from '../../content/index.ts';
import { latin1Html, type Html } from '../html.ts';
import type { SiteBuild } from './config.ts';
import { keepTogether } from '../typeset.ts';
import { allPages, type SitePage } from '../../../_includes/pages/index.ts';

export interface PageDefinition<Item = unknown> {
  /** Unique name, used as the virtual template's path. */
  name: string;
  /** Items to paginate over, one page each. */
  items?: (graph: ContentGraph) => readonly Item[];
  url: (item: Item, graph: ContentGraph) => string;
  render: (item: Item, graph: ContentGraph) => Html;
  /** Its pages carry data-pagefind-body and are rendered ahead of Eleventy for the index. */
  searchable?: boolean;
  /** false: left out of sitemap.xml (pages only reached through a form). */
  sitemap?: boolean;
  /** Shows nothing from the entries (only vocabularies and src/geo data): the preview renders it again only when the vocabularies change. */
  vocabularyOnly?: boolean;
}

export function definePage<Item>(page: PageDefinition<Item>): PageDefinition<unknown> {
  return page as PageDefinition<unknown>;
}

interface EleventyData {
  sitePage: SitePage;
}

/**
 * A page as written: templates leave spaces where optional parts are empty (trimmed at the line
 * end); numbers and legal references get their non-breaking spaces.
 */
export function renderPage(page: PageDefinition, item: unknown, graph: ContentGraph): string {
  return latin1Html(keepTogether(trimLineEnds(page.render(item, graph).value)));
}

/** Spaces and tabs before a line break or the end; `/[ \t]+$/gm` does the same at half the speed. */
export function trimLineEnds(text: string): string {
  const trimmed = text.replace(/[ \t]+\n/g, '\n');
  let end = trimmed.length;
  while (end > 0 && (trimmed[end - 1] === ' ' || trimmed[end - 1] === '\t')) end--;
  return end === trimmed.length ? trimmed : trimmed.slice(0, end);
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
export default function pagesPlugin(eleventyConfig: any, { graph, prerendered }: SiteBuild): void {
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
  // Every page of the graph, computed when Eleventy asks for data.
  eleventyConfig.addGlobalData('sitePages', () => [...allPages(graph)]);
}
