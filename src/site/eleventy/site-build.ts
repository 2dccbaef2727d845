import type { ContentGraph } from '../../content/index.ts';
import { allPages, type SitePage } from '../../../_includes/pages/index.ts';

/** What every plugin of one build shares: the graph, and the searchable pages rendered ahead for the index (url → HTML). */
export interface SiteBuild {
  graph: ContentGraph;
  prerendered: Map<string, string>;
  /** Whether this build writes the Pagefind index (default true; BuildOptions.searchIndex). */
  searchIndex?: boolean;
  /** The page loop's pages for this graph, once computed (pagesOf). */
  pages?: SitePage[];
}

/**
 * Every page of the build, computed once: the sitemap and Eleventy both need the list, and
 * working out the numbered pages of the translated help pages weighs every card (~0.5 s CPU at
 * 4,000 entries).
 */
export function pagesOf(build: SiteBuild): SitePage[] {
  return (build.pages ??= [...allPages(build.graph)]);
}
