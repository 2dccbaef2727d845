/**
 * The data files of /daten/ and the feed, each rendered once per content graph: the Eleventy
 * plugin writes them, the /daten/ page names their size, both from the same cached string.
 */
import type { ContentGraph } from '../content/index.ts';
import { atomFeed } from './atom.ts';
import { renderContactsCsv } from './csv.ts';
import { renderHsdsOrganizations, renderHsdsServices } from './hsds.ts';
import { renderJsonExport } from './json.ts';
import { buildTime, exportPaths } from './public.ts';

export interface ExportFile {
  /** Site-relative path. */
  path: string;
  /** Media type to serve it with. */
  mediaType: string;
  render: (graph: ContentGraph, generated: string) => string;
}

export const exportFiles = {
  initiatives: { path: exportPaths.initiatives, mediaType: 'application/json', render: (g, t) => renderJsonExport('initiatives', g, t) },
  networks: { path: exportPaths.networks, mediaType: 'application/json', render: (g, t) => renderJsonExport('networks', g, t) },
  materials: { path: exportPaths.materials, mediaType: 'application/json', render: (g, t) => renderJsonExport('materials', g, t) },
  contacts: { path: exportPaths.contacts, mediaType: 'application/json', render: (g, t) => renderJsonExport('contacts', g, t) },
  contactsCsv: { path: exportPaths.contactsCsv, mediaType: 'text/csv; charset=utf-8', render: (g) => renderContactsCsv(g) },
  hsdsServices: { path: exportPaths.hsdsServices, mediaType: 'application/json', render: (g) => renderHsdsServices(g) },
  hsdsOrganizations: { path: exportPaths.hsdsOrganizations, mediaType: 'application/json', render: (g) => renderHsdsOrganizations(g) },
  feed: { path: exportPaths.feed, mediaType: 'application/atom+xml', render: (g) => atomFeed(g) },
} satisfies Record<string, ExportFile>;

export type ExportName = keyof typeof exportFiles;

interface Rendered {
  generated: string;
  outputs: Map<ExportName, string>;
}

const cache = new WeakMap<ContentGraph, Rendered>();

/** The file's text for this graph, rendered on first use. All files of one graph share `generated`. */
export function renderedExport(name: ExportName, graph: ContentGraph): string {
  let rendered = cache.get(graph);
  if (!rendered) {
    rendered = { generated: buildTime(), outputs: new Map() };
    cache.set(graph, rendered);
  }
  let text = rendered.outputs.get(name);
  if (text === undefined) {
    text = exportFiles[name].render(graph, rendered.generated);
    rendered.outputs.set(name, text);
  }
  return text;
}

/** Size in bytes as written (UTF-8). */
export function exportSize(name: ExportName, graph: ContentGraph): number {
  return Buffer.byteLength(renderedExport(name, graph), 'utf8');
}
