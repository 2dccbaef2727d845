/**
 * The data files of /daten/ and the feed, rendered and written once per build; the /daten/
 * page names their sizes.
 */
import type { ContentGraph } from '../content/index.ts';
import { atomFeed } from './atom.ts';
import type { Chunks } from './chunks.ts';
import { contactsCsvChunks } from './csv.ts';
import { hsdsOrganizationsChunks, hsdsServicesChunks } from './hsds.ts';
import { jsonExportChunks } from './json.ts';
import { buildTime, exportPaths } from './public.ts';

export interface ExportFile {
  /** Site-relative path. */
  path: string;
  /** Media type to serve it with. */
  mediaType: string;
  /** The file's text, piece by piece (see chunks.ts). */
  render: (graph: ContentGraph, generated: string) => Chunks;
}

export const exportFiles = {
  initiatives: { path: exportPaths.initiatives, mediaType: 'application/json', render: (g, t) => jsonExportChunks('initiatives', g, t) },
  networks: { path: exportPaths.networks, mediaType: 'application/json', render: (g, t) => jsonExportChunks('networks', g, t) },
  materials: { path: exportPaths.materials, mediaType: 'application/json', render: (g, t) => jsonExportChunks('materials', g, t) },
  contacts: { path: exportPaths.contacts, mediaType: 'application/json', render: (g, t) => jsonExportChunks('contacts', g, t) },
  contactsCsv: { path: exportPaths.contactsCsv, mediaType: 'text/csv; charset=utf-8', render: (g) => contactsCsvChunks(g.contacts) },
  hsdsServices: { path: exportPaths.hsdsServices, mediaType: 'application/json', render: (g) => hsdsServicesChunks(g) },
  hsdsOrganizations: { path: exportPaths.hsdsOrganizations, mediaType: 'application/json', render: (g) => hsdsOrganizationsChunks(g) },
  feed: { path: exportPaths.feed, mediaType: 'application/atom+xml', render: (g) => [atomFeed(g)] },
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

/** The file's pieces for this graph. All files of one graph share `generated`. */
function renderedExport(name: ExportName, graph: ContentGraph): Chunks {
  return exportFiles[name].render(graph, stateOf(graph).generated);
}

/**
 * Renders and writes every file, piece by piece, keeping only their sizes: `write` takes the
 * pieces of one file and returns its size in bytes.
 */
export function writeExports(graph: ContentGraph, write: (path: string, chunks: Chunks) => number): void {
  const state = stateOf(graph);
  for (const name of Object.keys(exportFiles) as ExportName[]) {
    state.bytes.set(name, write(exportFiles[name].path, renderedExport(name, graph)));
  }
}

/** Size in bytes as written (UTF-8); rendered once more if the file was not written yet. */
export function exportSize(name: ExportName, graph: ContentGraph): number {
  const state = stateOf(graph);
  let bytes = state.bytes.get(name);
  if (bytes === undefined) {
    bytes = 0;
    for (const chunk of renderedExport(name, graph)) bytes += Buffer.byteLength(chunk, 'utf8');
    state.bytes.set(name, bytes);
  }
  return bytes;
}
