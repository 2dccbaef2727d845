/**
 * The data files of /daten/ and the feed, rendered and written once per build; the /daten/
 * page names their sizes.
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

/** Sizes of the files as written for a graph, so the /daten/ page can name them. */
const written = new WeakMap<ContentGraph, { generated: string; bytes: Map<ExportName, number> }>();

function stateOf(graph: ContentGraph) {
  let state = written.get(graph);
  if (!state) {
    state = { generated: buildTime(), bytes: new Map() };
    written.set(graph, state);
  }
  return state;
}

/** The file's text for this graph. All files of one graph share `generated`. */
function renderedExport(name: ExportName, graph: ContentGraph): string {
  return exportFiles[name].render(graph, stateOf(graph).generated);
}

/**
 * Renders and writes every file, one at a time, keeping only their sizes: at 20,000 entries the
 * files hold well over 100 MB, which no build should keep in memory.
 */
export function writeExports(graph: ContentGraph, write: (path: string, text: string) => void): void {
  const state = stateOf(graph);
  for (const name of Object.keys(exportFiles) as ExportName[]) {
    const text = renderedExport(name, graph);
    write(exportFiles[name].path, text);
    state.bytes.set(name, Buffer.byteLength(text, 'utf8'));
  }
}

/** Size in bytes as written (UTF-8); rendered once more if the file was not written yet. */
export function exportSize(name: ExportName, graph: ContentGraph): number {
  const state = stateOf(graph);
  let bytes = state.bytes.get(name);
  if (bytes === undefined) {
    bytes = Buffer.byteLength(renderedExport(name, graph), 'utf8');
    state.bytes.set(name, bytes);
  }
  return bytes;
}
