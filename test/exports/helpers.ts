/**
 * Shared by the export tests: the site that vitest's globalSetup built once for this run
 * (test/support/site.ts; buildSite() cannot run inside vitest's module runner, see there), the
 * graph of the same content, and readers for the files.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { loadContent, type Contact, type ContentGraph } from '../../src/content/index.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Copied from the Open Referral specification (see its README), so the tests run on any clone. */
export const HSDS_DIR = path.resolve(ROOT, 'test', 'fixtures', 'hsds-3');

export function siteDir(): string {
  return inject('siteDir');
}

let graph: ContentGraph | undefined;
/** The published graph of the content folder the test build read. */
export function publishedGraph(): ContentGraph {
  graph ??= loadContent().graph;
  return graph;
}

export function readSite(rel: string): string {
  return readFileSync(path.join(siteDir(), ...rel.replace(/^\//, '').split('/')), 'utf8');
}

export function readSiteJson<T = any>(rel: string): T {
  return JSON.parse(readSite(rel)) as T;
}

export const slugsOf = (list: readonly { slug: string }[]) => list.map((e) => e.slug).sort();

/** A published Frauenhaus as the schema would never let it be: with street and postcode. */
export const SECRET_STREET = 'Geheimweg 7';
export const SECRET_POSTCODE = '29221';

export function forgedShelter(base: Contact, kind: Contact['data']['kind'] = 'frauenhaus'): Contact {
  return {
    ...base,
    data: { ...base.data, kind, address: { street: SECRET_STREET, postcode: SECRET_POSTCODE, city: 'Celle' } },
  };
}

/** The first published contact of a kind (the sample content has every kind the tests need). */
export function contactOfKind(kind: Contact['data']['kind']): Contact {
  const contact = publishedGraph().contacts.find((c) => c.data.kind === kind);
  if (!contact) throw new Error(`no published contact of kind ${kind}`);
  return contact;
}

/** An .xlsx read back with ExcelJS: its first (only) worksheet. */
export async function readXlsx(bytes: Uint8Array) {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as any);
  return { workbook, sheet: workbook.worksheets[0]! };
}

/** Every file inside an .xlsx (a zip) as text, to look for a value wherever it might hide. */
export async function xlsxParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const entry of Object.values(zip.files)) if (!entry.dir) parts.set(entry.name, await entry.async('string'));
  return parts;
}
