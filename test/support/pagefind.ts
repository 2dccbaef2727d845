/** Queries through the built site's own Pagefind bundle, inside a browser page (the browser tests). */
import type { Page } from 'playwright-core';

export interface PagefindHit {
  url: string;
  title: string;
  type: string;
  region: string;
  /** The indexed text of the page. */
  text: string;
  /** Word positions of the matches in `text`. */
  locations: number[];
}

/** Total count and the first `limit` results in rank order; `filters` as Pagefind's `any` filters. */
export async function pagefindQuery(page: Page, term: string | null, filters: Record<string, string[]> = {}, limit = 5): Promise<{ total: number; hits: PagefindHit[] }> {
  // Passed as source text: the test runner would otherwise rewrite import() for Node.
  const run = `(async ({ term, filters, limit }) => {
    const pagefind = await import('/pagefind/pagefind.js');
    const any = Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, { any: v }]));
    const search = await pagefind.search(term, { filters: any });
    const hits = await Promise.all(search.results.slice(0, limit).map(async (r) => {
      const d = await r.data();
      return { url: d.url, title: d.meta.title || '', type: d.meta.type || '', region: d.meta.region || '', text: d.content, locations: d.locations };
    }));
    return { total: search.results.length, hits };
  })(${JSON.stringify({ term, filters, limit })})`;
  return page.evaluate(run) as Promise<{ total: number; hits: PagefindHit[] }>;
}
