/**
 * Material downloads that are text (content/materials/files/*.txt, .csv, .md …) are published
 * byte for byte: the site shows no page for them, so nothing else reads them. Every text download
 * gets the site-text check of the shelter guard (./shelter-guard.ts `siteTextProblems`): no street
 * with number, postcode, coordinates or map link, whether or not it names a shelter — a download
 * is passed on and printed, and the one place for an address is a contact (tester13, hole 3).
 * Binary formats (PDF, DOCX, ODT …) are not read: their text needs a parser per format, so they
 * stay the editor's and reviewer's responsibility (docs/safety.md).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from './problems.ts';
import { siteTextProblems } from './shelter-guard.ts';
import { withReadings } from './download-readings.ts';

/** Extensions of downloads that are plain text as published (lower case, without dot). */
export const TEXT_DOWNLOAD_FORMATS: ReadonlySet<string> = new Set(['txt', 'text', 'csv', 'tsv', 'md', 'markdown', 'json', 'xml', 'html', 'htm', 'ics', 'vcf', 'yml', 'yaml', 'rtf', 'geojson', 'gpx', 'kml']);

/**
 * The problems of one material download at `abs` (`file`: as shown to the editor; already checked
 * as a regular file within the size limit); none for a binary format. Read as UTF-8, leniently: a
 * Latin-1 file is published as it is, and its street names and numbers are ASCII all the same.
 */
export function textDownloadProblems(abs: string, file: string): Problem[] {
  const format = path.extname(abs).slice(1).toLowerCase();
  if (!TEXT_DOWNLOAD_FORMATS.has(format)) return [];
  const text = new TextDecoder('utf-8').decode(readFileSync(abs));
  // Rows of a table joined, coordinates of geodata read as pairs, each on its own line (./download-readings.ts).
  return siteTextProblems(file, {}, () => 1, 'Text-Downloads (Materialien)', withReadings(format, text));
}
