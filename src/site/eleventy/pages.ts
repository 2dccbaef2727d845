/**
 * Registers every page of the site as an Eleventy virtual template rendered by a TypeScript
 * template from _includes/pages/. Paginated pages take their items from the content graph.
 */
import type { ContentGraph } from '../../content/index.ts';
import type { Html } from '../html.ts';
import { currentGraph } from '../graph-source.ts';
import { pageDefinitions } from '../../../_includes/pages/index.ts';

export interface PageDefinition<Item = unknown> {
  /** Unique name, used as the virtual template's path. */
  name: string;
  /** Items to paginate over, one page each. */
  items?: (graph: ContentGraph) => readonly Item[];
  url: (item: Item, graph: ContentGraph) => string;
  render: (item: Item, graph: ContentGraph) => Html;
}

export function definePage<Item>(page: PageDefinition<Item>): PageDefinition<unknown> {
  return page as PageDefinition<unknown>;
}

interface EleventyData {
  item?: unknown;
}

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
      // Templates leave spaces where optional parts are empty; trim them at the line end.
      render: (data: EleventyData) => page.render(data.item, currentGraph()).value.replace(/[ \t]+$/gm, ''),
    });
  }
  // The items of every paginated page, computed from the graph when Eleventy asks for data.
  eleventyConfig.addGlobalData('pageItems', () => {
    const graph = currentGraph();
    return Object.fromEntries(pageDefinitions.filter((p) => p.items).map((p) => [p.name, p.items!(graph)]));
  });
}
