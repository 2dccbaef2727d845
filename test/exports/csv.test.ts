/** /daten/kontakte.csv of the built site, read back with a real CSV parser. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { contactColumns, contactsCsv } from '../../src/exports/csv.ts';
import { exportPaths } from '../../src/exports/public.ts';
import { site } from '../../src/text/site.ts';
import { publishedGraph, siteDir, slugsOf } from './helpers.ts';

const bytes = () => readFileSync(path.join(siteDir(), exportPaths.contactsCsv));
const rows = () => parse(bytes(), { delimiter: ';', bom: true, columns: true, relax_column_count: false }) as Record<string, string>[];

describe('kontakte.csv', () => {
  it('is UTF-8 with a byte order mark, semicolon-separated, CRLF records', () => {
    const raw = bytes();
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = raw.toString('utf8');
    expect(text.split('\r\n')[0]).toBe(`\uFEFF${contactColumns.map((c) => c.header).join(';')}`);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).toContain('Träger;Ansprechperson');
  });

  it('has one row per published contact, values intact (umlauts, commas, dashes)', () => {
    const graph = publishedGraph();
    const parsed = rows();
    expect(slugsOf(parsed.map((row) => ({ slug: row.Kennung! })))).toEqual(slugsOf(graph.contacts));
    for (const row of parsed) {
      const contact = graph.contacts.find((c) => c.slug === row.Kennung)!;
      expect(row.Name).toBe(contact.data.title);
      expect(row.Kurzbeschreibung).toBe(contact.data.summary);
      expect(row['Träger']).toBe(contact.data.organization ?? '');
      expect(row.Erreichbarkeit).toBe(contact.data.hours ?? '');
      expect(row.Seite).toBe(`${site.url}${contact.url}`);
      if (contact.data.phone) expect(row['Telefon (tel:-URI)']).toMatch(/^tel:/);
    }
    // The sample content has what makes quoting matter.
    expect(parsed.some((row) => /[äöüß]/.test(row.Name!))).toBe(true);
    expect(parsed.some((row) => row.Kurzbeschreibung!.includes(','))).toBe(true);
  });

  it('keeps a tricky value intact through the contacts table', () => {
    const tricky = 'Beratung „Süd“, Haus; "A"\nZeile 2';
    const base = publishedGraph().contacts[0]!;
    const contact = { ...base, data: { ...base.data, title: tricky, hours: '=1+1' } };
    const [row] = parse(contactsCsv([contact]), { delimiter: ';', bom: true, columns: true }) as Record<string, string>[];
    expect(row!.Name).toBe(tricky);
    expect(row!.Erreichbarkeit).toBe("'=1+1");
  });
});
