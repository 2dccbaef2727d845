/**
 * `SEARCH_INDEX=off npm run build` (scripts/build.ts, BuildOptions.searchIndex): every page and
 * export, no Pagefind index. The test set-up builds the 4,000-entry site this way (no test
 * searches it); a value other than on/off is refused before anything is built.
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { listHtmlPages, runBuild, tempDir } from '../support/site.ts';

describe('SEARCH_INDEX', () => {
  it('off: the large test site has its pages and open data but no /pagefind/ folder', () => {
    const largeDir = inject('largeSiteDir');
    expect(listHtmlPages(largeDir).length).toBeGreaterThan(4000);
    expect(existsSync(path.join(largeDir, 'suche', 'index.html')), 'the search page is still written').toBe(true);
    expect(existsSync(path.join(largeDir, 'daten')), 'the open data are still written').toBe(true);
    expect(existsSync(path.join(largeDir, 'pagefind'))).toBe(false);
  });

  const parent = tempDir('search-index');
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it('any other value than on/off: exit 2, a German message, nothing built', async () => {
    const outDir = path.join(parent, 'site');
    const run = await runBuild({ outDir, env: { SEARCH_INDEX: 'nein' } });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.code, output).toBe(2);
    expect(output).toContain('SEARCH_INDEX=nein: erlaubt sind "on" und "off".');
    expect(output, 'no stack trace').not.toMatch(/\n\s+at\s/);
    expect(existsSync(outDir)).toBe(false);
  });
});
