/** The /daten/ page: names every file (which exists), the licence with its attribution, HSDS and the rhythm. */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { exportFiles } from '../../src/exports/files.ts';
import { exportPaths, licence } from '../../src/exports/public.ts';
import { formatBytes } from '../../src/text/format.ts';
import { readSite, siteDir } from './helpers.ts';

const page = () => readSite('/daten/index.html');
const text = () => DomUtils.textContent(parseDocument(page())).replace(/\s+/g, ' ');

describe('/daten/', () => {
  it('links every data file, and each exists in the site', () => {
    const hrefs = DomUtils.findAll((el) => el.name === 'a', parseDocument(page()).children).map((a) => a.attribs.href);
    for (const file of [...Object.values(exportFiles).map((f) => f.path), exportPaths.sitemap]) {
      expect(hrefs, file).toContain(file);
      expect(existsSync(path.join(siteDir(), file)), file).toBe(true);
    }
  });

  it('names the size of every file as written (the files are written piece by piece)', () => {
    const rows = DomUtils.findAll((el) => el.name === 'tr', parseDocument(page()).children).map((tr) => DomUtils.textContent(tr).replace(/\s+/g, ' '));
    for (const file of Object.values(exportFiles)) {
      const row = rows.find((r) => r.includes(file.path));
      expect(row, file.path).toBeDefined();
      expect(row, file.path).toContain(formatBytes(statSync(path.join(siteDir(), file.path)).size));
    }
  });

  it('explains licence and attribution, CSV format, HSDS, vCards and the update rhythm', () => {
    const t = text();
    expect(t).toContain(licence.name);
    expect(t).toContain('dl-de/by-2-0');
    expect(t).toContain('Gewaltschutz-Netz Niedersachsen / Landespräventionsrat Niedersachsen');
    expect(t).toMatch(/Semikolon/);
    expect(t).toMatch(/UTF-8 mit Byte-Order-Mark/);
    expect(t).toMatch(/HSDS 3/);
    expect(t).toMatch(/vCard/);
    expect(t).toMatch(/Aktualisierung/);
    expect(t).toMatch(/Frauenh[aä]us/);
  });

  it('offers kontakte.xlsx for spreadsheets, with its size and why', () => {
    const rows = DomUtils.findAll((el) => el.name === 'tr', parseDocument(page()).children).map((tr) => DomUtils.textContent(tr).replace(/\s+/g, ' '));
    const row = rows.find((r) => r.includes(exportPaths.contactsXlsx))!;
    expect(row).toContain('für Tabellenprogramme: Telefonnummern und Postleitzahlen bleiben Text');
    expect(row).toMatch(/\d+(,\d)? (KB|MB|Bytes?)$/);
    expect(statSync(path.join(siteDir(), exportPaths.contactsXlsx)).size).toBeGreaterThan(1000);
  });

  it('is linked from every page footer as "Offene Daten"', () => {
    expect(readSite('/index.html')).toMatch(/<a class="kern-link" href="\/daten\/">Offene Daten<\/a>/);
  });
});
