/**
 * Registers every page of the site as an Eleventy virtual template rendered by a TypeScript
 * template from _includes/pages/. Paginated pages take their items from the content graph.
 */
import type { ContentGraph } from '../../content/index.ts';
import { latin1Html, type Html } from '../html.ts';
import { currentGraph } from '../graph-source.ts';
import { keepTogether } from '../typeset.ts';
import { pageDefinitions } from '../../../_includes/pages/index.ts';

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
  /**
   * The entries an item's page shows (each only through its own fields, as a card or count). The
   * preview renders the page again only when one of them is edited or the list changes; without
   * it, a page is rendered after every edit.
   */
  shows?: (item: Item, graph: ContentGraph) => readonly { file: string }[];
  /** Shows nothing from the entries (only vocabularies and src/geo data): the preview renders it again only when the vocabularies change. */
  vocabularyOnly?: boolean;
}

export function definePage<Item>(page: PageDefinition<Item>): PageDefinition<unknown> {
  return page as PageDefinition<unknown>;
}

interface EleventyData {
  item?: unknown;
  page: { url: string };
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

/** Searchable pages rendered before Eleventy asks for them (url → HTML); each is used once. */
const prerendered = new Map<string, string>();

/**
 * Renders every searchable page at the start of a build and hands it to `each` (the search
 * indexer), so indexing runs alongside Eleventy instead of after it. Eleventy then takes the
 * same HTML from here: every page is still rendered once. Every few hundred pages it lets the
 * event loop run, so the indexer's requests actually leave for Pagefind's process.
 */
export async function prerenderSearchable(graph: ContentGraph, each: (url: string, html: string) => void): Promise<void> {
  prerendered.clear();
  let count = 0;
  for (const page of pageDefinitions) {
    if (!page.searchable) continue;
    for (const item of page.items ? page.items(graph) : [undefined]) {
      const url = page.url(item, graph);
      const html = renderPage(page, item, graph);
      prerendered.set(url, html);
      each(url, html);
      if (++count % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
    }
  }
}

const YIELD_EVERY = 250;

export default function pagesPlugin(eleventyConfig: any): void {
  for (const page of pageDefinitions) {
    const paginated = page.items !== undefined;
    eleventyConfig.addTemplate(`pages/${page.name}.11ty.js`, {
      data: () => ({
        eleventyExcludeFromCollections: true,
        ...(paginated
          ? {
              // Eleventy resolves this path in the data cascade; the graph sits under `pages`.
              pagination: { data: `pageItems.${page.name}`, size: 1, alias: 'item', addAllPagesToCollections: false },
            }
          : {}),
        permalink: (data: EleventyData) => page.url(data.item, currentGraph()),
      }),
      render: (data: EleventyData) => {
        const ready = prerendered.get(data.page.url);
        if (ready === undefined) return renderPage(page, data.item, currentGraph());
        prerendered.delete(data.page.url);
        return ready;
      },
    });
  }
  // The items of every paginated page, computed from the graph when Eleventy asks for data.
  eleventyConfig.addGlobalData('pageItems', () => {
    const graph = currentGraph();
    return Object.fromEntries(pageDefinitions.filter((p) => p.items).map((p) => [p.name, p.items!(graph)]));
  });
}
