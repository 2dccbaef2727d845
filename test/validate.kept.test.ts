/**
 * `npm run validate` keeps the outcomes of unchanged files between runs (src/content/kept-outcomes.ts,
 * issue 13): through the real CLI (the bundle of scripts/run.mjs), every run reports exactly what a
 * full check (`--no-cache`) reports, whatever was kept, and an edit is always checked.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentWith, expectNoCrash, runValidate, scratch, shown } from './helpers.ts';

const tmp = scratch('gsn-kept-cli-');
afterAll(() => tmp.cleanup());
const CACHE = path.resolve('node_modules', '.cache', 'gsn-validate', 'outcomes.v8');

describe('npm run validate with outcomes kept from the run before', () => {
  it('reports what --no-cache reports, run after run, and checks an edited Frauenhaus entry anew', async () => {
    const dir = contentWith(path.join(tmp.root, 'content'));
    const shelter = path.join(dir, 'contacts', 'frauenhaus-test.md');
    const clean = [
      '---',
      'title: Frauenhaus Test',
      'summary: Ein Eintrag nur für diesen Test, mit genügend Text.',
      'regions: [landkreis-goettingen]',
      'reviewed: 2026-10-01',
      'kind: frauenhaus',
      'phone: "0551 99999"',
      'address:',
      '  city: Göttingen',
      '---',
      '',
      'Rufen Sie an, auch nachts.',
      '',
    ].join('\n');
    const steps: [string, string, number][] = [
      ['first run', clean, 0],
      ['unchanged', clean, 0],
      ['a street with its number', clean.replace('Rufen Sie an', 'Sie finden uns im Musterweg 5. Rufen Sie an'), 1],
      ['the street again', clean.replace('Rufen Sie an', 'Sie finden uns im Musterweg 5. Rufen Sie an'), 1],
      ['back as it was', clean, 0],
    ];
    for (const [name, text, code] of steps) {
      writeFileSync(shelter, text);
      const kept = await runValidate(['--dir', dir]);
      const full = await runValidate(['--dir', dir, '--no-cache']);
      expectNoCrash(kept);
      expect([name, kept.code, kept.stdout]).toEqual([name, code, full.stdout]);
      expect(full.code).toBe(code);
      if (code) expect(kept.stdout).toContain(`${shown(dir, 'contacts/frauenhaus-test.md')}:12  (Text)`);
    }
  });

  it('started from another folder, keeps its outcomes beside the bundle, not in that folder', () => {
    const dir = contentWith(path.join(tmp.root, 'elsewhere-content'));
    const cwd = path.join(tmp.root, 'elsewhere');
    mkdirSync(cwd);
    const run = spawnSync(process.execPath, [path.resolve('scripts/run.mjs'), 'validate', '--dir', dir], { cwd, env: { ...process.env, CONTENT_TODAY: '2026-11-30' }, encoding: 'utf8' });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(existsSync(path.join(cwd, 'node_modules'))).toBe(false);
    expect(existsSync(CACHE)).toBe(true);
  });

  it('a broken cache file costs a full check, not a wrong report', async () => {
    const dir = contentWith(path.join(tmp.root, 'broken'));
    const full = await runValidate(['--dir', dir, '--no-cache']);
    await runValidate(['--dir', dir]);
    mkdirSync(path.dirname(CACHE), { recursive: true });
    const bytes = readFileSync(CACHE);
    writeFileSync(CACHE, bytes.subarray(0, bytes.length >> 1));
    const afterCut = await runValidate(['--dir', dir]);
    expectNoCrash(afterCut);
    expect([afterCut.code, afterCut.stdout]).toEqual([full.code, full.stdout]);
    writeFileSync(CACHE, 'kein Cache');
    const afterText = await runValidate(['--dir', dir]);
    expect([afterText.code, afterText.stdout]).toEqual([full.code, full.stdout]);
  });
});
