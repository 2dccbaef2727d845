/**
 * /daten/kontakte.xlsx: the contacts table of kontakte.csv (same columns, same rows, one source:
 * contactTable in csv.ts) as an Excel workbook, for people who open the data in a spreadsheet.
 * A CSV opened there loses leading zeros and turns phone numbers into numbers ("06990009123" →
 * 6990009123, postcode "01067" → 1067); here every cell is a string cell in a column formatted as
 * text ("@"), so nothing is converted, neither on opening nor when a cell is edited later. A string
 * cell is never run as a formula, so the CSV's apostrophe guard is not needed here.
 *
 * Written with ExcelJS (MIT, https://github.com/exceljs/exceljs); the workbook and the zip carry
 * the build's time (`generated`, SOURCE_DATE_EPOCH when set), never "now", so one content and one
 * build time give the same bytes.
 */
import { PassThrough } from 'node:stream';
import type { Contact } from '../content/index.ts';
import { contactTable } from './csv.ts';
import { licence } from './public.ts';

export const XLSX_SHEET_NAME = 'Kontakte';
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Excel's number format "Text": what is typed into the cell stays as typed. */
export const TEXT_FORMAT = '@';

/** Column width in characters: wide enough for most values, never wider than a screen's half. */
const MIN_WIDTH = 8;
const MAX_WIDTH = 50;

/**
 * The contacts as an .xlsx file (Office Open XML, one sheet "Kontakte"): a bold, frozen German
 * header row, an autofilter over the whole table, text cells throughout, widths from the longest
 * value per column. `generated` is an ISO 8601 timestamp (the build time); it becomes the
 * workbook's created/modified date and every zip entry's date. Resolves to the file's bytes.
 */
export async function contactsXlsx(contacts: readonly Contact[], generated: string): Promise<Buffer> {
  // Loaded when the file is written: `npm run validate` reaches this module through the page list
  // and would otherwise load ExcelJS (~0.3 s) for nothing.
  const { default: ExcelJS } = await import('exceljs');
  const when = new Date(generated);
  // ExcelJS's streaming writer: rows go out as they are added, so at 20,000 contacts the workbook
  // never exists as an object tree (the in-memory Workbook needed ~650 MB and 35 s there).
  const pieces: Buffer[] = [];
  const sink = new PassThrough();
  sink.on('data', (piece: Buffer) => pieces.push(piece));
  const drained = new Promise((resolve) => sink.on('end', resolve));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: true, zip: { zlib: { level: 9 } } });
  workbook.creator = licence.attribution;
  workbook.lastModifiedBy = licence.attribution;
  workbook.title = 'Gewaltschutz-Netz Niedersachsen: Kontakte';
  workbook.created = when;
  workbook.modified = when;

  // Columns are written before the first row, so their widths come from a first pass.
  const { header } = contactTable(contacts);
  const widths = header.map((text) => text.length);
  let count = 0;
  for (const cells of contactTable(contacts).rows) {
    cells.forEach((cell, i) => (widths[i] = Math.max(widths[i]!, longestLine(cell))));
    count++;
  }
  const sheet = workbook.addWorksheet(XLSX_SHEET_NAME, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  // Every cell takes the text format from its column, empty ones too.
  sheet.columns = widths.map((width) => ({ width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width + 2)), style: { numFmt: TEXT_FORMAT } }));
  const headerRow = sheet.addRow(header);
  headerRow.font = { bold: true };
  headerRow.commit();
  // An empty value stays an empty cell (still formatted as text), not an empty string.
  for (const cells of contactTable(contacts).rows) sheet.addRow(cells.map((cell) => (cell === '' ? null : cell))).commit();
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: count + 1, column: header.length } };
  sheet.commit();
  await workbook.commit();
  await drained;
  return withEntryDates(Buffer.concat(pieces), when);
}

const longestLine = (text: string) => Math.max(0, ...text.split('\n').map((line) => line.length));

/**
 * ExcelJS stamps every file inside the zip with the time of writing; the same archive again with
 * every file dated `when`. JSZip reuses the compressed data of an entry whose compression does
 * not change, so this costs no second compression.
 */
async function withEntryDates(xlsx: Buffer, when: Date): Promise<Buffer> {
  // Loaded here, as ExcelJS above: `npm run validate` reaches this module through the page list
  // (reserved addresses) and never writes a workbook.
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(xlsx);
  for (const entry of Object.values(zip.files)) {
    // Folder entries, if any, are left out: Office files need none.
    if (entry.dir) zip.remove(entry.name);
    else entry.date = when;
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'DOS' });
}
