/**
 * The data files of /daten/ and the feed, rendered and written once per build; the /daten/
 * page names their sizes. Text files are rendered piece by piece; a binary file (kontakte.xlsx,
 * whose library writes asynchronously) is made whole and written once.
 */
import type { ContentGraph } from '../content/index.ts';
import { atomFeed } from './atom.ts';
import type { Chunks } from './chunks.ts';
import { contactsCsvChunks } from './csv.ts';
import { hsdsOrganizationsChunks, hsdsServicesChunks } from './hsds.ts';
import { jsonExportChunks } from './json.ts';
import { buildTime, exportPaths } from './public.ts';
import { contactsXlsx, XLSX_MEDIA_TYPE } from './xlsx.ts';

export interface TextExportFile {
  /** Site-relative path. */
  path: string;
  /** Media type to serve it with. */
  mediaType: string;
  /** The file's text, piece by piece (see chunks.ts). */
  render: (graph: ContentGraph, generated: string) => Chunks;
}

export interface BinaryExportFile {
  path: string;
  mediaType: string;
  /** The file's bytes. */
  bytes: (graph: ContentGraph, generated: string) => Promise<Uint8Array>;
}

export type ExportFile = TextExportFile | BinaryExportFile;

export const exportFiles = {
  initiatives: { path: exportPaths.initiatives, mediaType: 'application/json', render: (g, t) => jsonExportChunks('initiatives', g, t) },
  networks: { path: exportPaths.networks, mediaType: 'application/json', render: (g, t) => jsonExportChunks('networks', g, t) },
  materials: { path: exportPaths.materials, mediaType: 'application/json', render: (g, t) => jsonExportChunks('materials', g, t) },
  contacts: { path: exportPaths.contacts, mediaType: 'application/json', render: (g, t) => jsonExportChunks('contacts', g, t) },
  contactsCsv: { path: exportPaths.contactsCsv, mediaType: 'text/csv; charset=utf-8', render: (g) => contactsCsvChunks(g.contacts) },
  contactsXlsx: { path: exportPaths.contactsXlsx, mediaType: XLSX_MEDIA_TYPE, bytes: (g, t) => contactsXlsx(g.contacts, t) },
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
function renderedExport(file: TextExportFile, graph: ContentGraph): Chunks {
  return file.render(graph, stateOf(graph).generated);
}

/**
 * Renders and writes every file, keeping only their sizes: `write` takes the pieces of one text
 * file and returns its size in bytes, `writeBytes` writes a binary file. Resolves when all are
 * written.
 */
export async function writeExports(graph: ContentGraph, write: (path: string, chunks: Chunks) => number, writeBytes: (path: string, bytes: Uint8Array) => void): Promise<void> {
  const state = stateOf(graph);
  for (const [name, file] of Object.entries(exportFiles) as [ExportName, ExportFile][]) {
    if ('render' in file) {
      state.bytes.set(name, write(file.path, renderedExport(file, graph)));
    } else {
      const bytes = await file.bytes(graph, state.generated);
      writeBytes(file.path, bytes);
      state.bytes.set(name, bytes.length);
    }
  }
}

/**
 * Size in bytes as written (UTF-8). A text file not written yet is rendered once more to count
 * it; a binary file must have been written by writeExports first (the /daten/ page is rendered
 * after the exports in the build and the preview), else this throws.
 */
export function exportSize(name: ExportName, graph: ContentGraph): number {
  const state = stateOf(graph);
  let bytes = state.bytes.get(name);
  if (bytes === undefined) {
    const file: ExportFile = exportFiles[name];
    if (!('render' in file)) throw new Error(`${file.path}: Größe erst bekannt, wenn writeExports die Datei geschrieben hat`);
    bytes = 0;
    for (const chunk of renderedExport(file, graph)) bytes += Buffer.byteLength(chunk, 'utf8');
    state.bytes.set(name, bytes);
  }
  return bytes;
}
