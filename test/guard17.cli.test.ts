/**
 * Issue 13 §1 (guard17): the outside tester's street forms of the site's languages, each written
 * into an interface string, a vocabulary label and a `.txt` download, are refused by
 * `npm run validate` with exit 1, file, line and the German message. (The kinds are generated in
 * test/unit/content/street-labels-site-texts.test.ts; this runs the real command once.) Downloads in
 * UTF-32 and Windows-1252 are read as such (issue #13 §3).
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectNoCrash, parseText, ROOT, runValidate, scratch, shown } from './helpers.ts';

const TODAY = new Date().toISOString().slice(0, 10);
const tmp = scratch('gsn-guard17-');
afterAll(() => tmp.cleanup());

const HOLES = ['Ihlamur Sk. No:13', 'Липовый пер., 13', 'пров. Липовий, 13', 'al. Lipowa 13', 'Bd. Unirii nr. 13', 'زقاق الزيزفون رقم ١٣', '13 bis, avenue des Tilleuls'];
const WHY = 'nennen keine Anschriften, denn die Lage eines Frauenhauses ist vertraulich';

describe('npm run validate with the street forms of guard17 in strings, vocabularies and downloads', () => {
  it('refuses each in each place with exit 1, file, line and German message', async () => {
    const dir = path.join(tmp.root, 'validate');
    cpSync(path.join(ROOT, 'content'), dir, { recursive: true });
    const stringsFile = path.join(dir, 'translations/en/strings.yml');
    const strings = readFileSync(stringsFile, 'utf8');
    const keys = HOLES.map((_, k) => `guard17_probe_${k}`);
    writeFileSync(stringsFile, `${strings.trimEnd()}\n${HOLES.map((hole, k) => `${keys[k]}: "Unser Haus: ${hole}"`).join('\n')}\n`);
    const topicsFile = path.join(dir, 'vocabularies/topics.yml');
    writeFileSync(
      topicsFile,
      `${readFileSync(topicsFile, 'utf8').trimEnd()}\n${HOLES.map((hole, k) => `\n- id: guard17-probe-${k}\n  label: "Treffpunkt ${hole}"\n  description: "Ein Thema zur Prüfung der Bezeichnungen."`).join('\n')}\n`,
    );
    HOLES.forEach((hole, k) => writeFileSync(path.join(dir, `materials/files/guard17-probe-${k}.txt`), `infoblatt\n\n${hole}\n`));

    // Issue #13 §3: a download in UTF-32 (little endian, no byte-order mark) and one in Windows-1252.
    const utf32 = (text: string) => Buffer.concat([...text].map((c) => Buffer.from(new Uint32Array([c.codePointAt(0)!]).buffer)));
    writeFileSync(path.join(dir, 'materials/files/guard17-utf32.txt'), utf32('Frauenhaus\r\n\r\nLindenkamp 14\r\n'));
    writeFileSync(path.join(dir, 'materials/files/guard17-1252.txt'), Buffer.from('Grüße\r\n\r\nHauptstraße 13\r\n', 'latin1'));

    const result = await runValidate(['--dir', dir], { CONTENT_TODAY: TODAY });
    expectNoCrash(result);
    expect(result.code).toBe(1);
    const errors = parseText(result.stdout).filter((p) => p.severity === 'Fehler');
    const lineIn = (file: string, needle: string) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .findIndex((line) => line.includes(needle)) + 1;
    HOLES.forEach((hole, k) => {
      const expected = [
        { file: stringsFile, line: lineIn(stringsFile, `${keys[k]}:`), text: `Oberflächentexte ${WHY}` },
        { file: topicsFile, line: lineIn(topicsFile, `id: guard17-probe-${k}`) + 1, text: `Texte der Themen und Regionen ${WHY}` },
        { file: path.join(dir, `materials/files/guard17-probe-${k}.txt`), line: 3, text: `Text-Downloads (Materialien) ${WHY}` },
      ];
      for (const c of expected) {
        const rel = path.relative(dir, c.file);
        const mine = errors.filter((p) => p.file === shown(dir, rel) && p.line === c.line);
        expect(mine.length, `${hole} in ${rel}:${c.line}\n${result.stdout}`).toBe(1);
        expect(mine[0]!.text, hole).toContain('scheint eine Anschrift zu nennen');
        expect(mine[0]!.text, hole).toContain(c.text);
      }
    });
    for (const [rel, quote] of [
      ['materials/files/guard17-utf32.txt', '„Lindenkamp 14“'],
      ['materials/files/guard17-1252.txt', '„Hauptstraße 13“'],
    ]) {
      const mine = errors.filter((p) => p.file === shown(dir, rel!) && p.line === 3);
      expect(mine.length, `${rel}\n${result.stdout}`).toBe(1);
      expect(mine[0]!.text).toContain(quote);
      expect(mine[0]!.text).toContain(`Text-Downloads (Materialien) ${WHY}`);
    }
    expect(errors.length, result.stdout).toBe(HOLES.length * 3 + 2);
  });
});
