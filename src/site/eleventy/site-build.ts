import type { ContentGraph } from '../../content/index.ts';

/** What every plugin of one build shares: the graph, and the searchable pages rendered ahead for the index (url → HTML). */
export interface SiteBuild {
  graph: ContentGraph;
  prerendered: Map<string, string>;
}
