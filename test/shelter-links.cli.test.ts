/**
 * Issue 13, session 8 from outside, through the real commands: links that lead to a place in a
 * Frauenhaus entry are refused (exit 1, file, line, field, German message; `npm run build`
 * publishes nothing), a shelter named next to a location on another page is a warning (exit 0),
 * and ordinary links and pages that name Frauenhäuser without an address pass.
 * Fixtures: test/fixtures/shelter/links/, named/ and passes/frauenhaus-links.md.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentWith, expectNoCrash, FIXTURES, parseText, PINNED_TODAY, runValidate, scratch, shown } from './helpers.ts';
import { listFiles, runBuild } from './support/site.ts';

const LINKS = path.join(FIXTURES, 'shelter', 'links');
const NAMED = path.join(FIXTURES, 'shelter', 'named');
const tmp = scratch('gsn-shelter-links-');
afterAll(() => tmp.cleanup());

const CONFIDENTIAL = 'die Lage eines Frauenhauses ist vertraulich';
const PLACE_LINK = 'scheint einen Link, der zu einem Ort führen kann (Kurzlink, Karte, Route oder Anfahrt) zu nennen';
const PLACE_FIX = 'den Link entfernen oder die volle Adresse einer Seite ohne Ortsangabe eintragen (keine Kurzlinks, keine Karten-, Routen- oder Anfahrtsseiten)';

/** Each fixture of links/ (a Frauenhaus contact) and the one error it must get. */
const refusals = [
  { fixture: 'website-g-page.md', line: 8, field: 'website', message: `Website ${PLACE_LINK}`, quote: '„https://g.page/frauenhaus-testfall“', suggestion: PLACE_FIX },
  { fixture: 'website-kurzlink-t1p.md', line: 8, field: 'website', message: `Website ${PLACE_LINK}`, quote: '„https://t1p.de/abcd“', suggestion: PLACE_FIX },
  // An address in a base64 query value (tester, session 9): decoded and read like any text.
  {
    fixture: 'website-base64-anschrift.md',
    line: 8,
    field: 'website',
    message: 'Website scheint eine Anschrift zu nennen',
    quote: 'gelesen als „Marktstraße 5“',
    suggestion: 'Straße und Hausnummer entfernen; nur den Ort nennen',
  },
  { fixture: 'website-kurzlink-qr-de.md', line: 8, field: 'website', message: `Website ${PLACE_LINK}`, quote: '„https://qr.de/abc“', suggestion: PLACE_FIX },
  { fixture: 'website-osmand-position.md', line: 8, field: 'website', message: `Website ${PLACE_LINK}`, quote: 'osmand.net/go?lat=52.62&lon=10.08', suggestion: PLACE_FIX },
  { fixture: 'text-geohack.md', line: 12, field: '(Text)', message: `Der Text ${PLACE_LINK}`, quote: 'geohack.toolforge.org', suggestion: PLACE_FIX },
  { fixture: 'text-citymapper.md', line: 12, field: '(Text)', message: `Der Text ${PLACE_LINK}`, quote: '„https://citymapper.com/berlin?to=Hauptbahnhof“', suggestion: PLACE_FIX },
  { fixture: 'text-binged.md', line: 12, field: '(Text)', message: `Der Text ${PLACE_LINK}`, quote: '„https://binged.it/xyz“', suggestion: PLACE_FIX },
  // A position in the query, on a host that names nothing: refused as coordinates.
  {
    fixture: 'text-position-beliebiger-host.md',
    line: 12,
    field: '(Text)',
    message: 'Der Text scheint Geokoordinaten zu nennen',
    quote: '„https://www.example.org/seite?lat=52.6201&lng=10.0801“',
    suggestion: 'die Koordinaten entfernen; nur den Ort nennen',
  },
];

const place = (dir: string, names: string[], folder: string) => names.map((name) => ({ from: path.join(dir, name), target: `${folder}/${name}` }));

describe('npm run validate: links that lead to a place in a Frauenhaus entry (session 8)', () => {
  it('lists every fixture of links/ as a case', () => {
    expect(refusals.map((c) => c.fixture).sort()).toEqual(readdirSync(LINKS).sort());
  });

  it('refuses each with exit 1, file, line, field, German message and fix; ordinary links pass', async () => {
    const dir = contentWith(path.join(tmp.root, 'links'), [...place(LINKS, readdirSync(LINKS), 'contacts'), ...place(path.join(FIXTURES, 'shelter', 'passes'), ['frauenhaus-links.md'], 'contacts')]);
    const result = await runValidate(['--dir', dir], { CONTENT_TODAY: PINNED_TODAY });
    expectNoCrash(result);
    expect(result.code).toBe(1);
    const problems = parseText(result.stdout);
    for (const c of refusals) {
      const mine = problems.filter((p) => p.file === shown(dir, `contacts/${c.fixture}`));
      expect(mine, `${c.fixture}:\n${result.stdout}`).toHaveLength(1);
      expect(mine[0]).toMatchObject({ severity: 'Fehler', line: c.line, field: c.field });
      const [message, suggestion] = mine[0]!.text.split(' — ');
      expect(message).toContain(c.message);
      expect(message).toContain(c.quote);
      expect(message).toContain(CONFIDENTIAL);
      expect(suggestion).toBe(c.suggestion);
    }
    // `?id=52&page=10`, `/gewschg/__1.html`, dates and versions in paths are no position.
    expect(problems.filter((p) => p.file === shown(dir, 'contacts/frauenhaus-links.md'))).toEqual([]);
  });
});

describe('npm run build with a Frauenhaus that links to a place', () => {
  it('fails, names every file and publishes nothing', async () => {
    const parent = path.join(tmp.root, 'build');
    const dir = contentWith(path.join(parent, 'content'), place(LINKS, readdirSync(LINKS), 'contacts'));
    const outDir = path.join(parent, 'site');
    const run = await runBuild({ outDir, contentDir: dir, env: { CONTENT_TODAY: PINNED_TODAY } });
    expectNoCrash(run);
    expect(run.code).toBe(1);
    for (const c of refusals) expect(run.stdout, c.fixture).toContain(`contacts/${c.fixture}`);
    expect(existsSync(outDir)).toBe(false);
    expect(existsSync(`${outDir}.tmp`)).toBe(false);
    const written = listFiles(parent).filter((rel) => !rel.startsWith('content/'));
    for (const rel of written) expect(readFileSync(path.join(parent, rel), 'utf8'), rel).not.toMatch(/g\.page|t1p\.de|osmand|geohack|citymapper|binged|lat=52/);
  });
});

describe('npm run validate: a shelter named next to a location on another page or entry (warnings, session 8)', () => {
  it('warns with exit 0, file, line, field and German message; a page naming Frauenhäuser without an address passes', async () => {
    const pages = ['adresse-davor.md', 'zahlwort-seite.md', 'koordinaten-seite.md', 'frauenhaus-ohne-adresse.md'];
    const dir = contentWith(path.join(tmp.root, 'named'), [...place(NAMED, pages, 'pages'), ...place(NAMED, ['kadin-siginma-evi.md'], 'contacts')]);
    const result = await runValidate(['--dir', dir], { CONTENT_TODAY: PINNED_TODAY });
    expectNoCrash(result);
    expect(result.code).toBe(0);
    const problems = parseText(result.stdout).filter((p) => p.file.includes('/pages/') || p.file.endsWith('kadin-siginma-evi.md'));
    const named = (what: string, quote: string) => `Der Text nennt ${what} (${quote}) neben einem Frauenhaus oder einer Schutzwohnung; ${CONFIDENTIAL}`;
    expect(problems).toEqual(
      expect.arrayContaining([
        // The address before the shelter word, written with a soft hyphen entity.
        {
          severity: 'Warnung',
          file: shown(dir, 'pages/adresse-davor.md'),
          line: 11,
          field: '(Text)',
          text: `${named('eine Anschrift', 'Straße mit Hausnummer „Buchenallee 23“')} — die Anschrift entfernen: von einem Frauenhaus nur den Ort nennen`,
        },
        // A house number in words on a page without digits.
        {
          severity: 'Warnung',
          file: shown(dir, 'pages/zahlwort-seite.md'),
          line: 7,
          field: '(Text)',
          text: `${named('eine Anschrift', 'Straße mit Hausnummer „Lindenallee 13“')} — die Anschrift entfernen: von einem Frauenhaus nur den Ort nennen`,
        },
        // Coordinates next to the Russian word.
        {
          severity: 'Warnung',
          file: shown(dir, 'pages/koordinaten-seite.md'),
          line: 7,
          field: '(Text)',
          text: `${named('Geokoordinaten', '„52.62, 10.08“')} — die Koordinaten entfernen: von einem Frauenhaus nur den Ort nennen`,
        },
        // A Turkish title in capitals (dotted İ) sounds like a shelter.
        expect.objectContaining({
          severity: 'Warnung',
          file: shown(dir, 'contacts/kadin-siginma-evi.md'),
          line: 10,
          field: '(Text)',
          text: expect.stringContaining('und der Titel klingt nach einem Frauenhaus'),
        }),
      ]),
    );
    expect(problems).toHaveLength(4);
    expect(problems.filter((p) => p.file.endsWith('frauenhaus-ohne-adresse.md'))).toEqual([]);
  });
});
