/**
 * Issue 13 §1, session 12 (outside tester tester15, `npm run validate` and one build on main
 * 3ff4e58): holes that validated with exit 0 and were published. A network title with a French
 * street written in lower case ("14 rue de la Paix") and an initiative title with coordinates, both
 * linking a Frauenhaus (the titles are shown on its page); downloads saved as UTF-16 (Excel's
 * "Unicode text", with and without byte-order mark) and a CSV cell quoted over a line break
 * ("Lindenkamp⏎14"). Each is refused with exit 1, file, line, field and the German message.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectNoCrash, parseText, ROOT, runValidate, scratch, shown } from './helpers.ts';

const TODAY = new Date().toISOString().slice(0, 10);
const tmp = scratch('gsn-tester15-');
afterAll(() => tmp.cleanup());

const utf16 = (text: string, bom: boolean) => Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]);

function contentWithHoles(dir: string): string {
  cpSync(path.join(ROOT, 'content'), dir, { recursive: true });
  const network = path.join(dir, 'networks/lueneburger-netzwerk-gegen-haeusliche-gewalt.md');
  const text = readFileSync(network, 'utf8');
  expect(text).toMatch(/^contacts: \[frauenhaus-lueneburg\]$/m);
  writeFileSync(network, text.replace(/^title: .*$/m, 'title: "Netzwerk 14 rue de la Paix"'));
  const initiative = path.join(dir, 'initiatives/arbeitskreis-haeusliche-gewalt-celle.md');
  writeFileSync(initiative, readFileSync(initiative, 'utf8').replace(/^title: .*$/m, 'title: "Arbeitskreis 52.6234, 10.0812"'));
  const files = path.join(dir, 'materials/files');
  writeFileSync(path.join(files, 'probe-unicode.csv'), utf16('Name;Straße;Nr;Ort\r\nFrauenhaus;Lindenkamp;14;Celle\r\n', true));
  writeFileSync(path.join(files, 'probe-unicode.txt'), utf16('Frauenhaus Celle\r\nLindenkamp 14\r\n', false));
  writeFileSync(path.join(files, 'probe-zelle.csv'), 'Name;Anschrift\nFrauenhaus;"Lindenkamp\n14"\n');
  return dir;
}

describe('npm run validate with the holes of tester15', () => {
  it('refuses each with exit 1, file, line, field and German message', async () => {
    const dir = contentWithHoles(path.join(tmp.root, 'validate'));
    const result = await runValidate(['--dir', dir], { CONTENT_TODAY: TODAY });
    expectNoCrash(result);
    expect(result.code).toBe(1);
    const errors = parseText(result.stdout).filter((p) => p.severity === 'Fehler');
    const expected = [
      { rel: 'networks/lueneburger-netzwerk-gegen-haeusliche-gewalt.md', line: 2, field: 'title', quote: '„14 rue', text: 'der Titel steht auf der Seite des Frauenhauses' },
      { rel: 'initiatives/arbeitskreis-haeusliche-gewalt-celle.md', line: 2, field: 'title', quote: '52.6234', text: 'der Titel steht auf der Seite des Frauenhauses' },
      { rel: 'materials/files/probe-unicode.csv', line: 2, field: '(Text)', quote: '„Lindenkamp 14“', text: 'Text-Downloads (Materialien)' },
      { rel: 'materials/files/probe-unicode.txt', line: 2, field: '(Text)', quote: '„Lindenkamp 14“', text: 'Text-Downloads (Materialien)' },
      { rel: 'materials/files/probe-zelle.csv', line: 2, field: '(Text)', quote: '„Lindenkamp 14“', text: 'Text-Downloads (Materialien)' },
    ];
    for (const c of expected) {
      const mine = errors.filter((p) => p.file === shown(dir, c.rel) && p.line === c.line);
      expect(mine.length, `${c.rel}:${c.line}\n${result.stdout}`).toBeGreaterThanOrEqual(1);
      expect(mine[0]).toMatchObject({ field: c.field });
      expect(mine[0]!.text).toContain(c.quote);
      expect(mine[0]!.text).toContain(c.text);
    }
    expect(new Set(errors.map((p) => p.file))).toEqual(new Set(expected.map((c) => shown(dir, c.rel))));
  });
});
