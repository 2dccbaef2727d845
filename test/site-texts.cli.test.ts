/**
 * Issue 13 §1 (tester13, hole 3): texts beyond the entries that the site publishes get the shelter
 * guard's location check — vocabulary labels and descriptions, interface strings (every page of a
 * language), translated help pages and text downloads of materials. Each is refused with exit 1,
 * file, line, field and German message, and `npm run build` publishes none of it. The sample
 * content itself passes (its texts name no address).
 */
import { cpSync, existsSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectNoCrash, parseText, ROOT, runValidate, scratch, shown } from './helpers.ts';
import { listFiles, runBuild } from './support/site.ts';

// The sample content is reviewed up to the real today (the pinned test date lies before some of it).
const TODAY = new Date().toISOString().slice(0, 10);
const tmp = scratch('gsn-site-texts-');
afterAll(() => tmp.cleanup());

const WHY = 'nennen keine Anschriften, denn die Lage eines Frauenhauses ist vertraulich';

/** The sample content with an address written into each kind of site text. */
function contentWithAddresses(dir: string): string {
  cpSync(path.join(ROOT, 'content'), dir, { recursive: true });
  const edit = (rel: string, change: (text: string) => string) => {
    const file = path.join(dir, rel);
    const before = readFileSync(file, 'utf8');
    const after = change(before);
    expect(after, rel).not.toBe(before);
    writeFileSync(file, after);
  };
  edit('vocabularies/topics.yml', (text) => text.replace('Schutzanordnungen."', 'Schutzanordnungen (etwa das Frauenhaus Celle, Lindenkamp 14, 29221 Celle)."'));
  edit('translations/en/strings.yml', (text) => text.replace('loads nothing from other servers.', "loads nothing from other servers. Our women's refuge is at Lindenkamp 14, Celle."));
  appendFileSync(path.join(dir, 'translations/tr/hilfe.md'), '\nSığınma evimiz: Lindenkamp 14, Celle.\n');
  writeFileSync(path.join(dir, 'materials/files/frauenhaus-celle-infoblatt.txt'), 'Frauenhaus Celle\nLindenkamp 14\nGPS 52.6234, 10.0812\n');
  return dir;
}

const lineOf = (dir: string, rel: string, needle: string) =>
  readFileSync(path.join(dir, rel), 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(needle)) + 1;

describe('npm run validate: addresses in vocabularies, interface strings, translated pages and text downloads', () => {
  it('refuses each with exit 1, file, line, field and German message', async () => {
    const dir = contentWithAddresses(path.join(tmp.root, 'validate'));
    const result = await runValidate(['--dir', dir], { CONTENT_TODAY: TODAY });
    expectNoCrash(result);
    expect(result.code).toBe(1);
    const errors = parseText(result.stdout).filter((p) => p.severity === 'Fehler');
    const expected = [
      {
        rel: 'vocabularies/topics.yml',
        line: lineOf(dir, 'vocabularies/topics.yml', 'Lindenkamp'),
        field: expect.stringMatching(/^\[0\]\.description$/),
        text: `Texte der Themen und Regionen ${WHY}`,
      },
      { rel: 'translations/en/strings.yml', line: lineOf(dir, 'translations/en/strings.yml', 'Lindenkamp'), field: 'footer_privacy', text: `Oberflächentexte ${WHY}` },
      { rel: 'translations/tr/hilfe.md', line: lineOf(dir, 'translations/tr/hilfe.md', 'Lindenkamp'), field: '(Text)', text: 'übersetzte Hilfeseiten nennen keine Anschriften' },
      { rel: 'materials/files/frauenhaus-celle-infoblatt.txt', line: 2, field: '(Text)', text: `Text-Downloads (Materialien) ${WHY}` },
    ];
    for (const c of expected) {
      const mine = errors.filter((p) => p.file === shown(dir, c.rel));
      expect(mine.length, `${c.rel}:\n${result.stdout}`).toBeGreaterThanOrEqual(1);
      expect(mine[0]).toMatchObject({ line: c.line, field: c.field });
      expect(mine[0]!.text).toContain('„Lindenkamp 14“');
      expect(mine[0]!.text).toContain(c.text);
    }
    // Only these four files have errors.
    expect(new Set(errors.map((p) => p.file))).toEqual(new Set(expected.map((c) => shown(dir, c.rel))));
  });

  it('lets the sample content pass (its site texts name no address)', async () => {
    const result = await runValidate(['--dir', path.join(ROOT, 'content')], { CONTENT_TODAY: TODAY });
    expect(result.code, result.stdout).toBe(0);
  });
});

describe('npm run build with addresses in site texts', () => {
  it('fails and publishes nothing that holds them', async () => {
    const parent = path.join(tmp.root, 'build');
    const dir = contentWithAddresses(path.join(parent, 'content'));
    const outDir = path.join(parent, 'site');
    const run = await runBuild({ outDir, contentDir: dir, env: { CONTENT_TODAY: TODAY } });
    expectNoCrash(run);
    expect(run.code).toBe(1);
    expect(existsSync(outDir)).toBe(false);
    expect(existsSync(`${outDir}.tmp`)).toBe(false);
    const written = listFiles(parent).filter((rel) => !rel.startsWith('content/'));
    for (const rel of written) expect(readFileSync(path.join(parent, rel), 'utf8'), rel).not.toContain('Lindenkamp');
  });
});
