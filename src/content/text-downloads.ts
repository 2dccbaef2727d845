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
 * The text of a download as a reader's program shows it: UTF-16 when it starts with a UTF-16
 * byte-order mark (Excel's "Unicode text", Notepad's "Unicode") or, without one, when its start
 * has NUL bytes on one side of the byte pairs only (a third of the pairs or more, as any Latin text
 * in UTF-16 has; no NUL on the other side); else UTF-8, leniently: a Latin-1 file is
 * published as it is, and its street names and numbers are ASCII all the same.
 */
export function downloadText(bytes: Uint8Array): string {
  const [a, b] = [bytes[0], bytes[1]];
  if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const head = bytes.subarray(0, Math.min(bytes.length, 512) & ~1);
  if (head.length >= 4) {
    let evenNul = 0;
    let oddNul = 0;
    for (let i = 0; i < head.length; i += 2) {
      if (head[i] === 0) evenNul++;
      if (head[i + 1] === 0) oddNul++;
    }
    const pairs = head.length / 2;
    if (oddNul * 3 >= pairs && evenNul * 10 < oddNul) return new TextDecoder('utf-16le').decode(bytes);
    if (evenNul * 3 >= pairs && oddNul * 10 < evenNul) return new TextDecoder('utf-16be').decode(bytes);
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * The problems of one material download at `abs` (`file`: as shown to the editor; already checked
 * as a regular file within the size limit); none for a binary format. Read as `downloadText` reads it.
 */
export function textDownloadProblems(abs: string, file: string): Problem[] {
  const format = path.extname(abs).slice(1).toLowerCase();
  if (!TEXT_DOWNLOAD_FORMATS.has(format)) return [];
  const text = downloadText(readFileSync(abs));
  // Rows of a table joined, coordinates of geodata read as pairs, each on its own line (./download-readings.ts).
  return siteTextProblems(file, {}, () => 1, 'Text-Downloads (Materialien)', withReadings(format, text));
}
