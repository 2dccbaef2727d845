/**
 * /daten/kontakte.xlsx read back with ExcelJS: the same table as kontakte.csv, every cell a
 * string cell formatted as text (phone, fax, postcode keep their leading zeros), a bold frozen
 * header row, an autofilter over the table, and the same bytes for the same build time.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../../src/content/index.ts';
import { contactColumns, contactTable } from '../../src/exports/csv.ts';
import { exportPaths } from '../../src/exports/public.ts';
import { contactsXlsx, TEXT_FORMAT, XLSX_SHEET_NAME } from '../../src/exports/xlsx.ts';
import { contactOfKind, publishedGraph, readXlsx, siteDir, xlsxParts } from './helpers.ts';

const GENERATED = '2026-11-24T15:00:00Z';
const headers = contactColumns.map((c) => c.header);
const col = (header: string) => headers.indexOf(header) + 1;
const texts = (row: ExcelJS.Row) => headers.map((_, i) => String(row.getCell(i + 1).value ?? ''));

/** A contact with the values a spreadsheet mangles: a leading-zero phone, fax and postcode, a digits-only name. */
function zeroContact(): Contact {
  const base = contactOfKind('beratungsstelle');
  return {
    ...base,
    slug: '00-test-nullen',
    data: {
      ...base.data,
      title: '0049',
      phone: { text: '06990009123', e164: '+496990009123', href: 'tel:+496990009123' },
      fax: { text: '06990009124', e164: '+496990009124', href: 'tel:+496990009124' },
      address: { street: 'Musterweg 1', postcode: '01067', city: 'Dresden' },
      hours: '=1+1',
    },
  };
}

describe('contactsXlsx()', () => {
  it('writes phone, fax, postcode (and every other cell) as text cells with format "@"', async () => {
    const { sheet } = await readXlsx(await contactsXlsx([zeroContact(), ...publishedGraph().contacts], GENERATED));
    const row = sheet.getRow(2); // sorted by slug: 00-test-nullen first
    const cases: [string, string][] = [
      ['Telefon', '06990009123'],
      ['Fax', '06990009124'],
      ['PLZ', '01067'],
      ['Name', '0049'],
      ['Erreichbarkeit', '=1+1'],
    ];
    for (const [header, value] of cases) {
      const cell = row.getCell(col(header));
      expect(cell.value, header).toBe(value);
      expect(cell.type, header).toBe(ExcelJS.ValueType.String);
      expect(cell.numFmt, header).toBe(TEXT_FORMAT);
    }
    // No cell anywhere is a number, a date, a formula or a boolean.
    sheet.eachRow((r) => r.eachCell((cell) => expect([ExcelJS.ValueType.String, ExcelJS.ValueType.Null], cell.address).toContain(cell.type)));
    // Empty cells are formatted as text too, so a phone typed in later stays text.
    const empty = headers.findIndex((_, i) => row.getCell(i + 1).value === null);
    if (empty >= 0) expect(sheet.getColumn(empty + 1).numFmt).toBe(TEXT_FORMAT);
  });

  it('stores the digit strings as shared strings in the sheet XML, never as <v> numbers', async () => {
    const parts = await xlsxParts(await contactsXlsx([zeroContact()], GENERATED));
    const sheetXml = parts.get('xl/worksheets/sheet1.xml')!;
    const cells = sheetXml.match(/<c [^>]*>(?:(?!<\/c>).)*<\/c>|<c [^>]*\/>/gs)!;
    const withValue = cells.filter((c) => c.includes('<v>'));
    expect(withValue.length).toBeGreaterThan(0);
    for (const cell of withValue) expect(cell, cell).toMatch(/ t="s"/);
    expect(parts.get('xl/sharedStrings.xml')).toContain('<t>06990009123</t>');
    expect(parts.get('xl/sharedStrings.xml')).toContain('<t>01067</t>');
    expect(sheetXml).not.toContain('<f>');
  });

  it('has a bold German header row, frozen, an autofilter over the whole table, sensible widths and a German sheet name', async () => {
    const contacts = publishedGraph().contacts;
    const { sheet } = await readXlsx(await contactsXlsx(contacts, GENERATED));
    expect(sheet.name).toBe(XLSX_SHEET_NAME);
    expect(XLSX_SHEET_NAME).toBe('Kontakte');
    expect(texts(sheet.getRow(1))).toEqual(headers);
    expect(headers).toContain('Telefon');
    for (let i = 1; i <= headers.length; i++) expect(sheet.getRow(1).getCell(i).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const lastColumn = sheet.getColumn(headers.length).letter;
    expect(sheet.autoFilter).toBe(`A1:${lastColumn}${contacts.length + 1}`);
    for (let i = 1; i <= headers.length; i++) {
      const width = sheet.getColumn(i).width!;
      expect(width, headers[i - 1]).toBeGreaterThanOrEqual(Math.min(50, headers[i - 1]!.length));
      expect(width, headers[i - 1]).toBeLessThanOrEqual(50);
    }
  });

  it('gives the same bytes for the same build time, dated by it (not by the clock)', async () => {
    const contacts = publishedGraph().contacts;
    const a = await contactsXlsx(contacts, GENERATED);
    await new Promise((resolve) => setTimeout(resolve, 2100)); // zip times have a 2 s resolution
    const b = await contactsXlsx(contacts, GENERATED);
    expect(Buffer.compare(a, b)).toBe(0);
    const { workbook } = await readXlsx(a);
    expect(workbook.created.toISOString()).toBe('2026-11-24T15:00:00.000Z');
    expect(workbook.modified.toISOString()).toBe('2026-11-24T15:00:00.000Z');
    const zip = await JSZip.loadAsync(a);
    for (const entry of Object.values(zip.files)) expect(entry.date.getTime(), entry.name).toBe(new Date(GENERATED).getTime());
    expect(Buffer.compare(a, await contactsXlsx(contacts, '2026-11-25T15:00:00Z'))).not.toBe(0);
  });
});

describe('kontakte.xlsx in the built site', () => {
  const bytes = () => readFileSync(path.join(siteDir(), exportPaths.contactsXlsx));

  it('holds the rows of kontakte.csv, cell for cell, in the same order', async () => {
    const { sheet } = await readXlsx(bytes());
    const csv = parse(readFileSync(path.join(siteDir(), exportPaths.contactsCsv)), { delimiter: ';', bom: true }) as string[][];
    expect(sheet.rowCount).toBe(csv.length);
    expect(sheet.rowCount).toBe(publishedGraph().contacts.length + 1);
    for (let r = 1; r <= sheet.rowCount; r++) {
      // The CSV guards formula-like cells with an apostrophe; a text cell needs no guard.
      expect(texts(sheet.getRow(r)), `row ${r}`).toEqual(csv[r - 1]!.map((cell) => cell.replace(/^'(?=[=+\-@\t\r])/, '')));
    }
    const { header, rows } = contactTable(publishedGraph().contacts);
    expect(texts(sheet.getRow(1))).toEqual(header);
    expect(texts(sheet.getRow(2))).toEqual(rows.next().value);
  });

  it('keeps the sample content’s leading-zero numbers as text', async () => {
    const { sheet } = await readXlsx(bytes());
    let zeros = 0;
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      for (const header of ['Telefon', 'Fax', 'PLZ']) {
        const cell = row.getCell(col(header));
        if (cell.value === null) continue;
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        if (String(cell.value).startsWith('0')) zeros++;
      }
    });
    expect(zeros).toBeGreaterThan(0);
  });
});
