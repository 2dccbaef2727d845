/**
 * The page type of the render layer: what a page of the site is (name, items, address,
 * template) and how it is written (renderPage). The list of pages is ./index.ts; the Eleventy
 * adapter (src/site/eleventy/pages.ts) and the preview only consume it.
 */
import type { ContentGraph } from '../../src/content/index.ts';
import { latin1Html, type Html } from '../../src/text/html.ts';
import { keepTogether } from '../../src/text/typeset.ts';

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
  /**
   * Its pages are the further numbered pages of a list shown on a page of another type, below that
   * page's address (/regionen/<id>/kontakte/2/): they have no address of their own that content
   * could take, so the check for addresses two pages share (src/site/url-collisions.ts) leaves out
   * their items, whose lists are measured by rendering.
   */
  below?: boolean;
}

export function definePage<Item>(page: PageDefinition<Item>): PageDefinition<unknown> {
  return page as PageDefinition<unknown>;
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
