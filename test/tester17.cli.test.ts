/**
 * Issue 13 §1, session 13 (outside tester tester17, `npm run validate` and a build on main
 * 3b0689a): Frauenhaus entries that validated with exit 0 and were published — coordinates with the
 * decimal mark said as a word ("52 Komma 62 Nord, 10 Komma 08 Ost"), a house number in words of a
 * language the site is not written in after a label ("Lindenallee número trece"), a postcode of the
 * table dressed as a count ("29221 Einwohner"), a link to a geocache. Each is refused with exit 1,
 * file, line, field and the German message; ordinary text of the same kinds still passes.
 */
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectNoCrash, parseText, ROOT, runValidate, scratch, shown } from './helpers.ts';

const TODAY = new Date().toISOString().slice(0, 10);
const tmp = scratch('gsn-tester17-');
afterAll(() => tmp.cleanup());

/** A Frauenhaus contact in Celle (16 lines of frontmatter; the body starts on line 18), with `extra` fields on line 16. */
const shelter = (title: string, extra: string, body: string) =>
  [
    '---',
    `title: ${title}`,
    'summary: Sichere Unterkunft für Frauen mit und ohne Kinder im Landkreis Celle, Aufnahme auch nachts.',
    'regions: [landkreis-celle]',
    'topics: [schutzunterkuenfte]',
    `reviewed: ${TODAY}`,
    'example: true',
    'kind: frauenhaus',
    'organization: Beispielverein Frauen in Not e. V.',
    'phone: "089 99998 131"',
    'email: probe@example.org',
    'address:',
    '  city: Celle',
    'languages: [de]',
    'emergency: true',
    extra,
    '---',
    body,
    '',
  ].join('\n');

const CASES = [
  { file: 'frauenhaus-probe-komma.md', extra: 'accessible: true', body: 'Wir liegen bei 52 Komma 62 Nord, 10 Komma 08 Ost.', line: 18, field: '(Text)', quote: '52 Komma 62', text: 'Geokoordinaten' },
  { file: 'frauenhaus-probe-numero.md', extra: 'hours: "Lindenallee número trece"', body: 'Rufen Sie uns an.', line: 16, field: 'hours', quote: 'trece', text: 'Zahl' },
  { file: 'frauenhaus-probe-einwohner.md', extra: 'accessible: true', body: 'Unser PLZ-Gebiet: 29221 Einwohner.', line: 18, field: '(Text)', quote: '29221', text: 'Postleitzahl' },
  { file: 'frauenhaus-probe-geocache.md', extra: 'website: https://www.geocaching.com/geocache/GC1ABCD', body: 'Rufen Sie uns an.', line: 16, field: 'website', quote: 'geocaching.com', text: 'Link' },
];

describe('npm run validate with the holes of tester17', () => {
  it('refuses each with exit 1, file, line, field and German message', async () => {
    const dir = path.join(tmp.root, 'content');
    cpSync(path.join(ROOT, 'content'), dir, { recursive: true });
    for (const c of CASES) writeFileSync(path.join(dir, 'contacts', c.file), shelter(`Frauenhaus Probe ${c.file.slice(18, -3)}`, c.extra, c.body));
    const result = await runValidate(['--dir', dir], { CONTENT_TODAY: TODAY });
    expectNoCrash(result);
    expect(result.code, result.stdout).toBe(1);
    const errors = parseText(result.stdout).filter((p) => p.severity === 'Fehler');
    for (const c of CASES) {
      const mine = errors.filter((p) => p.file === shown(dir, `contacts/${c.file}`));
      expect(mine.length, `${c.file}\n${result.stdout}`).toBeGreaterThanOrEqual(1);
      expect(mine[0]).toMatchObject({ line: c.line, field: c.field });
      expect(mine[0]!.text).toContain(c.quote);
      expect(mine[0]!.text).toContain(c.text);
    }
    expect(new Set(errors.map((p) => p.file))).toEqual(new Set(CASES.map((c) => shown(dir, `contacts/${c.file}`))));
  });
});
