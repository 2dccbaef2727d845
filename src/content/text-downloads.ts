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
import { computeNow, type CheckMemo } from './check-memo.ts';
import { fileProblem } from './parse.ts';
import { fileSize } from './source-files.ts';

/**
 * Largest text download in bytes, checked before it is read: the guard reads it word by word,
 * some 6 ms per KB (issue 13, session 19: 256 KB of CSV took 1.5 s of every run).
 */
export const TEXT_DOWNLOAD_LIMIT = 64 * 1024;

/**
 * Largest text download that is neither UTF-8 nor UTF-16/32: such bytes are read in up to ten
 * encodings (`downloadReadings`), each word by word (256 KB with one stray byte took 7.5 s).
 */
export const LEGACY_TEXT_DOWNLOAD_LIMIT = 8 * 1024;

/** Added to a finding in a download that is not UTF-8: it was read in several encodings, one of which found it. */
const NOT_UTF8_HINT = 'die Datei ist nicht in UTF-8 gespeichert und wird darum auch in anderen Kodierungen gelesen; ist die Fundstelle unleserlich, die Datei als UTF-8 speichern (Excel: „CSV UTF-8“) und erneut prüfen';

/** Extensions of downloads that are plain text as published (lower case, without dot). */
export const TEXT_DOWNLOAD_FORMATS: ReadonlySet<string> = new Set(['txt', 'text', 'csv', 'tsv', 'md', 'markdown', 'json', 'xml', 'html', 'htm', 'ics', 'vcf', 'yml', 'yaml', 'rtf', 'geojson', 'gpx', 'kml']);

/**
 * The text of a download as a reader's program shows it. Checked in this order:
 * - UTF-32 when it starts with a UTF-32 byte-order mark, or, without one, when its start has
 *   NUL bytes in the three high bytes of (nearly) every four-byte unit, as any Latin, Cyrillic or
 *   Arabic text in UTF-32 has (little or big endian);
 * - UTF-16 when it starts with a UTF-16 byte-order mark (Excel's "Unicode text", Notepad's
 *   "Unicode") or, without one, when its start has NUL bytes on one side of the byte pairs only (a
 *   third of the pairs or more, as any Latin text in UTF-16 has; no NUL on the other side);
 * - UTF-8 when the bytes are valid UTF-8 (a UTF-8 byte-order mark is dropped);
 * - else Windows-1252 (a superset of Latin-1, what German Windows editors write): read as UTF-8,
 *   "Hauptstraße 13" would lose its "ß" to U+FFFD and its street ending with it (guard17, issue #13).
 *   The guard checks more readings of such bytes (`downloadReadings`); this is the one shown.
 */
export function downloadText(bytes: Uint8Array): string {
  const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return utf32(bytes.subarray(4), true);
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return utf32(bytes.subarray(4), false);
  if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const utf32Order = utf32ByNuls(bytes);
  if (utf32Order !== undefined) return utf32(bytes, utf32Order === 'le');
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
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return windows1252(bytes);
  }
}

/**
 * Legacy encodings of the site's languages that a download not valid as UTF-8 may be written in
 * (guard18, issue #13 §3): Polish/Czech (windows-1250, ISO-8859-2), Cyrillic (windows-1251, KOI8-R,
 * IBM866), Arabic/Persian (windows-1256), old Mac editors (Mac Roman). ISO-8859-16 (Romanian) is
 * decoded by hand: Node 20's TextDecoder does not know it.
 */
const LEGACY_ENCODINGS = ['windows-1250', 'iso-8859-2', 'windows-1251', 'koi8-r', 'ibm866', 'windows-1256', 'macintosh'];

/**
 * Every plausible reading of a download's bytes, the likeliest first. Bytes that are
 * UTF-32, UTF-16 or valid UTF-8 have that one reading. Others are not known to be one encoding —
 * ONE stray byte in a UTF-8 file makes them invalid, and a Cyrillic file in Windows-1251 reads as
 * harmless gibberish in Windows-1252 — so they are also read as lenient UTF-8 (a bad byte as U+FFFD)
 * and in each of LEGACY_ENCODINGS and ISO-8859-16; an address in any reading is refused (guard18).
 */
export function downloadReadings(bytes: Uint8Array): string[] {
  const shown = downloadText(bytes);
  if (!(shown === windows1252(bytes) && !validUtf8(bytes))) return [shown];
  const lenient = new TextDecoder('utf-8').decode(bytes);
  // Letters beyond ASCII that decode as UTF-8 make it UTF-8 with stray bytes: that reading first, so a
  // finding names the address's own line, not one a wrong reading's gibberish joined to it.
  const readings = /[^\u0000-\u007f\ufffd]/.test(lenient) ? [lenient, shown] : [shown, lenient];
  readings.push(iso885916(bytes));
  for (const label of LEGACY_ENCODINGS) readings.push(new TextDecoder(label).decode(bytes));
  return [...new Set(readings)];
}

/** Whether `bytes` are valid UTF-8. */
function validUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** ISO-8859-16 (Latin-10, Romanian) code points of the bytes 0xA0–0xFF; below them it is Latin-1. */
const ISO_8859_16_HIGH = '\u00a0ĄąŁ€„Š§š©Ș«Ź\u00adźŻ°±ČłŽ”¶·žčș»ŒœŸżÀÁÂĂÄĆÆÇÈÉÊËÌÍÎÏĐŃÒÓÔŐÖŚŰÙÚÛÜĘȚßàáâăäćæçèéêëìíîïđńòóôőöśűùúûüęțÿ';

/** ISO-8859-16 bytes to text. */
function iso885916(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => (byte >= 0xa0 ? ISO_8859_16_HIGH[byte - 0xa0]! : String.fromCharCode(byte))).join('');
}

/**
 * Windows-1252 code points of the bytes 0x80–0x9F (the rest is Latin-1, byte = code point);
 * the five bytes it leaves unassigned map to their C1 controls, as WHATWG's decoder does. Decoded by hand:
 * Node 20's TextDecoder('windows-1252') reads these bytes as Latin-1 C1 controls, losing "€", "„", "“", "–".
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Windows-1252 bytes to text. */
function windows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 4096) {
    const codes = Array.from(bytes.subarray(i, i + 4096), (byte) => (byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH.charCodeAt(byte - 0x80) : byte));
    text += String.fromCharCode(...codes);
  }
  return text;
}

/**
 * 'le' or 'be' when the start of `bytes` (up to 512 bytes, whole four-byte units, at least two)
 * looks like UTF-32 without a byte-order mark: the byte that is always 0 in UTF-32 (the highest of
 * 21 bits) is 0 in every unit, the next one in nine units of ten or more (text of the Basic
 * Multilingual Plane), and the lowest byte is not 0 in most units (else it is not text).
 */
function utf32ByNuls(bytes: Uint8Array): 'le' | 'be' | undefined {
  const units = Math.min(bytes.length, 512) >> 2;
  if (units < 2) return undefined;
  let le = 0;
  let be = 0;
  for (let i = 0; i < units * 4; i += 4) {
    if (bytes[i + 3] === 0 && bytes[i + 2] === 0 && bytes[i] !== 0) le++;
    if (bytes[i] === 0 && bytes[i + 1] === 0 && bytes[i + 3] !== 0) be++;
  }
  if (le * 10 >= units * 9) return 'le';
  if (be * 10 >= units * 9) return 'be';
  return undefined;
}

/** UTF-32 code units to text; a unit that is no code point (above U+10FFFF, a surrogate) reads as U+FFFD, like TextDecoder. */
function utf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = 0; i + 4 <= bytes.length; i += 4) {
    const unit = view.getUint32(i, littleEndian);
    chunk.push(unit > 0x10ffff || (unit >= 0xd800 && unit <= 0xdfff) ? 0xfffd : unit);
    // fromCodePoint takes its arguments on the stack: chunks keep a large download within it.
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  if (bytes.length % 4 !== 0) chunk.push(0xfffd);
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}

/**
 * The problems of one material download at `abs` (`file`: as shown to the editor; already checked
 * as a regular file within the size limit); none for a binary format. Read as `downloadText` reads it.
 */
export function textDownloadProblems(abs: string, file: string, memo: CheckMemo = computeNow): Problem[] {
  const format = path.extname(abs).slice(1).toLowerCase();
  if (!TEXT_DOWNLOAD_FORMATS.has(format)) return [];
  const bytes = readFileSync(abs);
  // The same bytes under the same name: the outcome of an earlier run (./kept-outcomes.ts).
  return memo(['text-download', file, bytes.toString('latin1')], () => {
    const readings = downloadReadings(bytes);
    if (readings.length > 1 && bytes.length > LEGACY_TEXT_DOWNLOAD_LIMIT) {
      return [
        fileProblem(
          file,
          `Die Datei ist nicht in UTF-8 gespeichert und ${fileSize(bytes.length)} groß; in einer anderen Kodierung sind höchstens ${fileSize(LEGACY_TEXT_DOWNLOAD_LIMIT)} erlaubt (sie wird in zehn Kodierungen auf Anschriften geprüft). Sie wird nicht veröffentlicht`,
          'die Datei als UTF-8 speichern (Excel: „Speichern unter“ → „CSV UTF-8“; im Texteditor: Kodierung UTF-8)',
          'legacy-encoding-size',
        ),
      ];
    }
    // Each reading of bytes of unknown encoding (downloadReadings) in turn; the first that names an
    // address refuses the download. Only its findings are shown: a wrong reading's gibberish may join
    // lines into a spurious second finding, and once the editor fixes the first the others are checked.
    for (const text of readings) {
      // Rows of a table joined, coordinates of geodata read as pairs, each on its own line (./download-readings.ts).
      const problems = siteTextProblems(file, {}, () => 1, 'Text-Downloads (Materialien)', withReadings(format, text));
      // Read in another encoding, a finding may be gibberish ("GЎttingen MoЦFr 9" from "Göttingen;Mo–Fr 9"):
      // the editor learns why and how to get a plain reading (outside tester, session 19).
      if (problems.length) return readings.length > 1 ? problems.map((problem) => ({ ...problem, suggestion: `${problem.suggestion ?? ''}${problem.suggestion ? '; ' : ''}${NOT_UTF8_HINT}` })) : problems;
    }
    return [];
  });
}
