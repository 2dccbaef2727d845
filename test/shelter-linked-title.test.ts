/**
 * Issue 13 §1 (tester13, hole 4): an initiative or network that refers to a Frauenhaus contact is
 * listed with its title on the Frauenhaus's own page; an address in that title is an error
 * (exit 1, file, line, field, German message), and `npm run build` publishes nothing. An address
 * in its body stays a warning (test/shelter-guard.cli.test.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentWith, expectNoCrash, FIXTURES, parseText, PINNED_TODAY, runValidate, scratch, shown } from './helpers.ts';
import { listFiles, runBuild } from './support/site.ts';

const FIXTURE = path.join(FIXTURES, 'shelter', 'linked-title', 'ak-titel-anschrift.md');
const TARGET = 'initiatives/ak-titel-anschrift.md';
const tmp = scratch('gsn-shelter-linked-title-');
afterAll(() => tmp.cleanup());

describe('an initiative linking a Frauenhaus with an address in its title', () => {
  it('npm run validate: one error on the title, exit 1', async () => {
    const dir = contentWith(path.join(tmp.root, 'validate'), [{ from: FIXTURE, target: TARGET }]);
    const result = await runValidate(['--dir', dir], { CONTENT_TODAY: PINNED_TODAY });
    expectNoCrash(result);
    expect(result.code).toBe(1);
    const mine = parseText(result.stdout).filter((p) => p.file === shown(dir, TARGET));
    expect(mine).toEqual([
      {
        severity: 'Fehler',
        file: shown(dir, TARGET),
        line: 2,
        field: 'title',
        text: expect.stringMatching(
          /^Titel nennt eine Anschrift \(.*Lindenkamp 14.*\), und der Eintrag verweist auf das Frauenhaus „Frauenhaus Göttingen \(Beispiel\)“ \(frauenhaus-goettingen\); der Titel steht auf der Seite des Frauenhauses, die Anschrift stünde dort neben ihm, und die Lage eines Frauenhauses ist vertraulich — die Anschrift aus dem Titel entfernen/,
        ),
      },
    ]);
  });

  it('npm run build fails and publishes nothing with the address', async () => {
    const parent = path.join(tmp.root, 'build');
    const dir = contentWith(path.join(parent, 'content'), [{ from: FIXTURE, target: TARGET }]);
    const outDir = path.join(parent, 'site');
    const run = await runBuild({ outDir, contentDir: dir, env: { CONTENT_TODAY: PINNED_TODAY } });
    expectNoCrash(run);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(TARGET);
    expect(existsSync(outDir)).toBe(false);
    for (const rel of listFiles(parent).filter((r) => !r.startsWith('content/'))) expect(readFileSync(path.join(parent, rel), 'utf8'), rel).not.toContain('Lindenkamp');
  });
});
