/**
 * Issue 13 §1, session 14 (outside tester tester14, `npm run validate` on main 1bba066): false
 * refusals and holes of the shelter guard, end to end. A Frauenhaus entry with the tester's ordinary
 * texts (counts, dates, norms, file numbers, tables, steps …) and a JSON download with a count pass;
 * number-first English addresses, corners of any street ending and coordinates in CSV, GeoJSON and
 * GPX downloads are refused with exit 1, file, line, field and the German message, and `npm run
 * build` publishes none of it.
 */
import { cpSync, existsSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectNoCrash, parseText, ROOT, runValidate, scratch, shown } from './helpers.ts';
import { listFiles, runBuild } from './support/site.ts';

const TODAY = new Date().toISOString().slice(0, 10);
const tmp = scratch('gsn-tester14-');
afterAll(() => tmp.cleanup());

const WHY = 'nennen keine Anschriften, denn die Lage eines Frauenhauses ist vertraulich';

/** The tester's ordinary Frauenhaus texts that were refused (fr1, b2, b6), now one entry's body. */
const ORDINARY = [
  'Haus 1 ist für Frauen mit Kindern, Haus 2 für Frauen allein. Tag 1 im Frauenhaus: Ankommen. Tag 2: Gespräch.',
  'Women and children can stay for 3 months. Rooms 1 to 6 are upstairs. Women aged 18 to 65 can stay for up to 6 months.',
  'Aufnahmen im Jahr 2023: 40. Davon kamen 12 über die Polizei, 9 über BISS und 19 direkt.',
  'Wir haben 7 Zimmer, davon 2 für Frauen mit Behinderungen und 1 für Frauen mit älteren Söhnen.',
  'Jahresbericht 2025, Seite 14: Von 120 Anfragen konnten wir 48 aufnehmen.',
  'Wir sind eines von 43 Frauenhäusern in Niedersachsen und eines von rund 400 bundesweit.',
  'Insgesamt 1.234 Übernachtungen; Quote 87,5 %. Frauen 60+ sind bei uns willkommen.',
  '| Jahr | Frauen | Kinder |\n|---|---|---|\n| 2023 | 45 | 60 |\n| 2024 | 52 | 71 |',
  'Die Kinderbetreuung ist für 3- bis 6-Jährige. Es sollen 1 Familienplatz pro 10 000 Einwohner sein.',
  'Seit dem 1. 2. 2018 gilt die Istanbul-Konvention. Unser Flyer (Stand 11/2026, Version 3.2) liegt in 8 Sprachen vor.',
  '2 Zimmer sind rollstuhlgerecht nach DIN 18040-2. Aktenzeichen im Beispiel: AG Celle 12 F 345/24; OLG Celle 21 UF 12/23.',
  'Office hours Mon–Fri 9 am to 3 pm, Saturday 10 am – 12 noon.',
  'لدينا 12 مكانًا للنساء و16 للأطفال.',
  'Avem 12 locuri pentru femei și 16 pentru copii. Sunați la 116 016, 24 de ore din 24.',
  'Buchtipp: „Gewalt in Paarbeziehungen“, 3. Auflage 2021, ISBN 978-3-12-345678-9.',
  '3 Steps to Safety: 1. Call us. 2. Pack your documents. 3. Come to the meeting point we agree on.',
  'Chapter 4 Street Harassment and Chapter 5 Online Violence are available in our 2nd edition (2024).',
].join('\n\n');

/** The sample content with the tester's ordinary texts and holes written in. */
function contentWithProbes(dir: string): string {
  cpSync(path.join(ROOT, 'content'), dir, { recursive: true });
  const shelter = path.join(dir, 'contacts/frauenhaus-celle.md');
  const text = readFileSync(shelter, 'utf8').replace(/^address:/m, 'hours: "Büro Mo–Fr 9–13 Uhr, Rufbereitschaft 24/7"\naddress:');
  expect(text).toContain('Rufbereitschaft 24/7');
  writeFileSync(shelter, `${text.trimEnd()}\n\n${ORDINARY}\n`);
  appendFileSync(path.join(dir, 'vocabularies/topics.yml'), '\n- id: probe-lage\n  label: Frauenhaus\n  description: "Our refuge: 14 Linden Close, Celle."\n');
  appendFileSync(path.join(dir, 'vocabularies/topics.yml'), '\n- id: probe-ecke\n  label: Treffen\n  description: "Treffen an der Ecke Lindenkamp/Mühlenweg."\n');
  const strings = path.join(dir, 'translations/en/strings.yml');
  writeFileSync(strings, readFileSync(strings, 'utf8').replace(/^search_field: .*$/m, 'search_field: "Meet us at 8 Orchard Mews"'));
  const initiative = readFileSync(path.join(dir, 'initiatives/arbeitskreis-haeusliche-gewalt-celle.md'), 'utf8');
  writeFileSync(path.join(dir, 'initiatives/ak-celle-ecke.md'), initiative.replace(/^title: .*$/m, 'title: "AK Celle – Treffen Ecke Lindenkamp/Mühlenweg"'));
  writeFileSync(path.join(dir, 'initiatives/ak-celle-nummer.md'), initiative.replace(/^title: .*$/m, 'title: "AK Celle – Treffen im Haus Nr. 14 am Lindenkamp"'));
  const files = path.join(dir, 'materials/files');
  writeFileSync(path.join(files, 'probe-liste.csv'), 'name,strasse,nr,ort\nFrauenhaus,Lindenkamp,14,Celle\n');
  writeFileSync(path.join(files, 'probe-punkt.geojson'), '{\n  "type": "Point",\n  "coordinates": [10.0812, 52.6234]\n}\n');
  writeFileSync(path.join(files, 'probe-weg.gpx'), '<gpx>\n<name>Weg</name>\n<wpt lat="52.6234" lon="10.0812"><name>FH</name></wpt>\n</gpx>\n');
  writeFileSync(path.join(files, 'probe-statistik.json'), '{"version": "2.1", "jahr": 2025, "besuche": 27302, "plaetze": 12}\n');
  return dir;
}

const lineOf = (dir: string, rel: string, needle: string) =>
  readFileSync(path.join(dir, rel), 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(needle)) + 1;

describe('npm run validate with the probes of tester14', () => {
  it('passes the ordinary texts and refuses each hole with exit 1, file, line, field and German message', async () => {
    const dir = contentWithProbes(path.join(tmp.root, 'validate'));
    const result = await runValidate(['--dir', dir], { CONTENT_TODAY: TODAY });
    expectNoCrash(result);
    expect(result.code).toBe(1);
    const errors = parseText(result.stdout).filter((p) => p.severity === 'Fehler');
    const expected = [
      { rel: 'vocabularies/topics.yml', needle: 'Linden Close', field: expect.stringMatching(/\.description$/), quote: '„14 Linden Close“', text: `Texte der Themen und Regionen ${WHY}` },
      { rel: 'vocabularies/topics.yml', needle: 'Ecke Lindenkamp', field: expect.stringMatching(/\.description$/), quote: '„Ecke Lindenkamp/Mühlenweg“', text: 'scheint eine Straßenecke zu nennen' },
      { rel: 'translations/en/strings.yml', needle: 'Orchard Mews', field: 'search_field', quote: '„8 Orchard Mews“', text: `Oberflächentexte ${WHY}` },
      { rel: 'initiatives/ak-celle-ecke.md', needle: 'title:', field: 'title', quote: '„Ecke Lindenkamp/Mühlenweg“', text: 'Titel nennt eine Straßenecke' },
      { rel: 'initiatives/ak-celle-nummer.md', needle: 'title:', field: 'title', quote: '„Nr. 14 am Lindenkamp“', text: 'Titel nennt eine Anschrift' },
      { rel: 'materials/files/probe-liste.csv', needle: 'Lindenkamp', field: '(Text)', quote: '„Lindenkamp 14“', text: `Text-Downloads (Materialien) ${WHY}` },
      { rel: 'materials/files/probe-punkt.geojson', needle: 'coordinates', field: '(Text)', quote: '52.6234', text: 'scheint Geokoordinaten zu nennen' },
      { rel: 'materials/files/probe-weg.gpx', needle: 'wpt', field: '(Text)', quote: '52.6234', text: 'scheint Geokoordinaten zu nennen' },
    ];
    for (const c of expected) {
      const line = lineOf(dir, c.rel, c.needle);
      const mine = errors.filter((p) => p.file === shown(dir, c.rel) && p.line === line);
      expect(mine.length, `${c.rel}:${line}\n${result.stdout}`).toBeGreaterThanOrEqual(1);
      expect(mine[0]).toMatchObject({ field: c.field });
      expect(mine[0]!.text).toContain(c.quote);
      expect(mine[0]!.text).toContain(c.text);
    }
    // The Frauenhaus entry with the ordinary texts and the JSON with a count have no error.
    expect(new Set(errors.map((p) => p.file))).toEqual(new Set(expected.map((c) => shown(dir, c.rel))));
  });
});

describe('npm run build with the holes of tester14', () => {
  it('fails and publishes nothing that holds them', async () => {
    const parent = path.join(tmp.root, 'build');
    const dir = contentWithProbes(path.join(parent, 'content'));
    const outDir = path.join(parent, 'site');
    const run = await runBuild({ outDir, contentDir: dir, env: { CONTENT_TODAY: TODAY } });
    expectNoCrash(run);
    expect(run.code).toBe(1);
    expect(existsSync(outDir)).toBe(false);
    expect(existsSync(`${outDir}.tmp`)).toBe(false);
    const written = listFiles(parent).filter((rel) => !rel.startsWith('content/'));
    for (const rel of written) for (const text of ['Linden Close', 'Orchard Mews', 'Mühlenweg', '52.6234']) expect(readFileSync(path.join(parent, rel), 'utf8'), rel).not.toContain(text);
  });
});
