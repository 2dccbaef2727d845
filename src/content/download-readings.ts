/**
 * How a text download is read besides its raw text (issue 13, session 14, tester14): data formats
 * publish a location in a shape the text rules do not see as one.
 *
 * - CSV/TSV: a row's cells are read joined by spaces ("Lindenkamp,14,Celle" → "Lindenkamp 14 Celle";
 *   latitude and longitude in two columns "52.6234;10.0812" → "52.6234 10.0812"), parsed with
 *   csv-parse (the delimiter is the one of `,` `;` tab the first line uses most);
 * - GeoJSON, KML and JSON put the longitude first ("coordinates": [10.0812, 52.6234]): every pair of
 *   decimals joined by a comma is read swapped as well;
 * - GPX, KML and XML name the parts in attributes (`lat="52.6234" lon="10.0812"`): read as a pair.
 *
 * - every format: a control character (C0, DEL; not tab, line feed or carriage return) reads as a
 *   space ("Lindenallee\x0013" shows as "Lindenallee 13" in many viewers), and a line with quoted
 *   cells or a plus between a word and a number ("\"Lindenallee\",\"13\"", "Lindenallee+13", as
 *   a CSV or a URL query writes them) is read once more with those separators as spaces — a `.txt`
 *   may hold a table just as well as a `.csv` (guard18, issue #13 §3).
 *
 * Each reading is appended to the line where it starts, so a finding names the download's real line.
 */
import { parse } from 'csv-parse/sync';

/** Formats whose rows are read joined. */
const TABLE_FORMATS = new Set(['csv', 'tsv']);
/** Formats that may put the longitude first or name latitude and longitude apart. */
const GEO_FORMATS = new Set(['json', 'geojson', 'gpx', 'kml', 'xml']);

/** Two decimals joined by a comma ("10.0812, 52.6234", "[10.0812,52.6234]"). Bounded. */
const DECIMAL_PAIR = /(-?\d{1,3}\.\d{2,12})\s{0,20},\s{0,20}(-?\d{1,3}\.\d{2,12})/g;
/** A latitude attribute or key and, in the same element, a longitude ("lat=\"52.6\" lon=\"10.0\"", "\"lat\": 52.6, \"lng\": 10.0"). Bounded. */
const LAT_LON = /\blat(?:itude)?["']?\s{0,3}[:=]\s{0,3}["']?(-?\d{1,3}\.\d{1,12})["']?[^<>{}\n]{0,80}?\blo?ng?(?:itude)?["']?\s{0,3}[:=]\s{0,3}["']?(-?\d{1,3}\.\d{1,12})/gi;

/** Control characters a viewer shows as a gap or not at all (C0 but tab, LF, CR; DEL). */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
/** Separators of quoted cells ('","', '";"', '"\t"') and a quote at a cell's edge. */
const QUOTED_CELLS = /"\s{0,20}[,;\t]\s{0,20}"|^\s{0,20}"|"\s{0,20}$/g;
/** A plus joining a letter and a digit ("Lindenallee+13", a URL query's space). */
const PLUS_BETWEEN = /(?<=\p{L})\+(?=\d)|(?<=\d)\+(?=\p{L})/gu;

/**
 * `text` of a download in format `format` (extension, lower case) with its readings appended to
 * the lines where they start (control characters as spaces, else the text unchanged; line count unchanged).
 */
export function withReadings(format: string, raw: string): string {
  const text = raw.replace(CONTROLS, ' ');
  const extra = new Map<number, string[]>();
  const lineStarts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const add = (line: number, reading: string) => extra.set(line, [...(extra.get(line) ?? []), reading]);
  if (TABLE_FORMATS.has(format)) for (const [line, cells] of rows(format, text)) add(line, cells.join(' '));
  text.split('\n').forEach((line, at) => {
    const plain = line.replace(QUOTED_CELLS, ' ').replace(PLUS_BETWEEN, ' ');
    if (plain !== line) add(at, plain);
  });
  if (GEO_FORMATS.has(format)) {
    for (const match of text.matchAll(DECIMAL_PAIR)) add(lineOf(match.index), `${match[2]}, ${match[1]}`);
    for (const match of text.matchAll(LAT_LON)) add(lineOf(match.index), `${match[1]}, ${match[2]}`);
  }
  if (!extra.size) return text;
  const lines = text.split('\n');
  for (const [line, readings] of extra) lines[line] = `${lines[line]} — ${readings.join(' — ')}`;
  return lines.join('\n');
}

/** The rows of a CSV/TSV text with the 0-based line each starts on; none when it cannot be parsed. */
function rows(format: string, text: string): [number, string[]][] {
  const first = text.slice(0, text.indexOf('\n') >= 0 ? text.indexOf('\n') : text.length);
  const delimiter = format === 'tsv' ? '\t' : [',', ';', '\t'].reduce((best, d) => (first.split(d).length > first.split(best).length ? d : best), ',');
  try {
    const records = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true, bom: true }) as unknown as { record: string[]; info: { lines: number } }[];
    // info.lines is the (1-based) line where the record ends; a record spans as many lines as its cells' line breaks.
    return records.map(({ record, info }) => [Math.max(0, info.lines - 1 - record.join('').split('\n').length + 1), record.map((cell) => cell.replace(/\s+/g, ' ').trim())]);
  } catch {
    return [];
  }
}
