/** The test order (test/support/sequencer.ts): every file that opens Chromium is recognised as one. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers.ts';
import { drivesChromium } from '../../support/sequencer.ts';

const testFiles = (dir: string): string[] =>
  readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => path.join(ROOT, dir, name));

describe('drivesChromium', () => {
  it('finds every browser test file and the web editor test', () => {
    const browser = testFiles('test/browser');
    expect(browser.length).toBeGreaterThan(5);
    expect(browser.filter((file) => !drivesChromium(file))).toEqual([]);
    expect(drivesChromium(path.join(ROOT, 'test/admin/editor.test.ts'))).toBe(true);
  });

  it('leaves out files that only read built HTML or call functions', () => {
    const others = [...testFiles('test/unit'), ...testFiles('test/exports'), path.join(ROOT, 'test/build/html-valid.test.ts')];
    expect(others.filter(drivesChromium)).toEqual([]);
  });
});
