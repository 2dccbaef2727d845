/**
 * /daten/kontakte.csv for spreadsheets, German Excel first:
 * - UTF-8 with byte order mark (without it Excel reads the file as Windows-1252 and breaks umlauts);
 * - semicolon as separator (German Excel splits on the list separator of the locale, which is ";";
 *   a `sep=;` line is left out on purpose: with it Excel ignores the byte order mark);
 * - RFC 4180 quoting: a field holding the separator, a quote, a line break or edge whitespace is
 *   quoted, quotes are doubled; records end with CRLF;
 * - cells that a spreadsheet would run as a formula (starting with = + - @ tab or CR) get a
 *   leading apostrophe (OWASP "CSV injection"); phone numbers are therefore given as written and
 *   as tel: URI, never as bare "+49…".
 */
import type { Contact } from '../content/index.ts';
import { contactKinds } from '../schema/enums.ts';
import { joined, mapped } from './chunks.ts';
import { absolute, language, publicAddress, telUri, vcardPath } from './public.ts';

export const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';

export interface CsvOptions {
  separator?: string;
  /** Prefix formula-like cells with an apostrophe (default true). */
  neutraliseFormulas?: boolean;
}

/** One field, quoted when needed. */
export function csvField(value: string, options: CsvOptions = {}): string {
  const separator = options.separator ?? CSV_SEPARATOR;
  let text = value;
  if ((options.neutraliseFormulas ?? true) && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  const needsQuotes = text.includes(separator) || /["\r\n]/.test(text) || /^\s|\s$/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Header and rows as CSV, record by record: BOM, separator, CRLF after every record. */
export function* csvChunks(header: readonly string[], rows: Iterable<readonly string[]>, options: CsvOptions = {}): Generator<string> {
  const line = (cells: readonly string[]) => `${cells.map((cell) => csvField(cell, options)).join(options.separator ?? CSV_SEPARATOR)}\r\n`;
  yield BOM + line(header);
  for (const cells of rows) yield line(cells);
}

export function toCsv(header: readonly string[], rows: Iterable<readonly string[]>, options: CsvOptions = {}): string {
  return joined(csvChunks(header, rows, options));
}

const yesNo = (value: boolean | undefined) => (value === undefined ? '' : value ? 'ja' : 'nein');
const list = (values: readonly string[]) => values.join(', ');

/** The columns of kontakte.csv: German header and how each cell is read from a contact. */
export const contactColumns: readonly { header: string; cell: (contact: Contact) => string }[] = [
  { header: 'Kennung', cell: (c) => c.slug },
  { header: 'Name', cell: (c) => c.data.title },
  { header: 'Art', cell: (c) => contactKinds[c.data.kind] },
  { header: 'Träger', cell: (c) => c.data.organization ?? '' },
  { header: 'Ansprechperson', cell: (c) => c.data.person ?? '' },
  { header: 'Telefon', cell: (c) => c.data.phone?.text ?? '' },
  { header: 'Telefon (tel:-URI)', cell: (c) => (c.data.phone ? telUri(c.data.phone.e164) : '') },
  { header: 'Fax', cell: (c) => c.data.fax?.text ?? '' },
  { header: 'E-Mail', cell: (c) => c.data.email ?? '' },
  { header: 'Website', cell: (c) => c.data.website ?? '' },
  // Street and postcode only through publicAddress(): never for a Frauenhaus.
  { header: 'Straße', cell: (c) => publicAddress(c)?.street ?? '' },
  { header: 'PLZ', cell: (c) => publicAddress(c)?.postcode ?? '' },
  { header: 'Ort', cell: (c) => publicAddress(c)?.city ?? '' },
  { header: 'Erreichbarkeit', cell: (c) => c.data.hours ?? '' },
  { header: 'Rund um die Uhr', cell: (c) => yesNo(c.data.emergency) },
  { header: 'Sprachen', cell: (c) => list((c.data.languages ?? []).map((code) => language(code).label)) },
  { header: 'Barrierefreier Zugang', cell: (c) => yesNo(c.data.accessible) },
  { header: 'Regionen', cell: (c) => list(c.regions.map((r) => r.label)) },
  { header: 'Themen', cell: (c) => list(c.topics.map((t) => t.label)) },
  { header: 'Kurzbeschreibung', cell: (c) => c.data.summary },
  { header: 'Zuletzt geprüft', cell: (c) => c.data.reviewed },
  { header: 'Beispieleintrag', cell: (c) => yesNo(c.data.example === true) },
  { header: 'Seite', cell: (c) => absolute(c.url) },
  { header: 'vCard', cell: (c) => absolute(vcardPath(c)) },
];

/**
 * The contacts table that kontakte.csv and kontakte.xlsx both publish: the headers of
 * contactColumns and one row of text cells per contact, sorted by slug (rows made lazily).
 */
export function contactTable(contacts: readonly Contact[]): { header: string[]; rows: Generator<string[]> } {
  const sorted = [...contacts].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  return {
    header: contactColumns.map((column) => column.header),
    rows: mapped(sorted, (contact) => contactColumns.map((column) => column.cell(contact))),
  };
}

export function contactsCsvChunks(contacts: readonly Contact[]): Generator<string> {
  const { header, rows } = contactTable(contacts);
  return csvChunks(header, rows);
}

export function contactsCsv(contacts: readonly Contact[]): string {
  return joined(contactsCsvChunks(contacts));
}
