/**
 * Open data as documented (issue 18): docs/open-data.md says the JSON files are compact, and
 * they are; HSDS schedules give their times with a time zone (HSDS 3: "should include timezone
 * information").
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, readSite, readSiteJson } from './helpers.ts';

const JSON_FILES = ['daten/initiativen.json', 'daten/netzwerke.json', 'daten/materialien.json', 'daten/kontakte.json', 'daten/hsds/services.json', 'daten/hsds/organizations.json'];

describe('docs/open-data.md tells the truth', () => {
  const doc = readFileSync(path.join(ROOT, 'docs', 'open-data.md'), 'utf8');
  it('the JSON files are compact, as documented', () => {
    expect(doc).toMatch(/All JSON files[^.]*are compact/);
    expect(doc).not.toMatch(/indented \(2 spaces\)/);
    for (const file of JSON_FILES) expect(readSite(file).trim(), file).not.toMatch(/\n/);
  });
});

describe('HSDS schedules', () => {
  it('every opens_at/closes_at carries a time zone (Z or an offset) and timezone is a UTC offset', () => {
    const services = readSiteJson<{ contents: { schedules?: Record<string, unknown>[] }[] }>('daten/hsds/services.json').contents;
    const timed = services.flatMap((s) => s.schedules ?? []).filter((s) => s.opens_at !== undefined || s.closes_at !== undefined);
    expect(timed.length).toBeGreaterThan(0);
    for (const schedule of timed) {
      expect(schedule.opens_at).toMatch(/^\d\d:\d\d(Z|[+-]\d\d:\d\d)$/);
      expect(schedule.closes_at).toMatch(/^\d\d:\d\d(Z|[+-]\d\d:\d\d)$/);
      expect(typeof schedule.timezone).toBe('number');
    }
  });
});
