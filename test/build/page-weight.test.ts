/**
 * Page weight on the built sample site (issue 7): every HTML page ≤ 60 KB, the CSS a page loads
 * ≤ 60 KB, JavaScript only where it is needed — the quick exit (≤ 3 KB) everywhere, the search
 * script only on /suche/ (which then loads Pagefind's own bundle), the help finder only on /hilfe/.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { byTag, loadPages } from '../support/html.ts';

const siteDir = inject('siteDir');
const pages = loadPages(siteDir);
const KB = 1024;
const sizeOf = (url: string) => statSync(path.join(siteDir, url)).size;

describe('page weight', () => {
  it('the site has pages', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  it.each(pages.map((page) => ({ url: page.url, page })))('$url: HTML ≤ 60 KB, CSS ≤ 60 KB, only the scripts it needs', ({ page }) => {
    expect(Buffer.byteLength(page.html), `${page.url} is ${Buffer.byteLength(page.html)} bytes`).toBeLessThanOrEqual(60 * KB);

    const css = byTag(page.doc, 'link').filter((link) => link.attribs.rel === 'stylesheet').map((link) => link.attribs.href!);
    expect(css.length).toBeGreaterThan(0);
    const cssBytes = css.reduce((sum, href) => sum + sizeOf(href), 0);
    expect(cssBytes, `${page.url} loads ${cssBytes} bytes of CSS`).toBeLessThanOrEqual(60 * KB);

    const scripts = byTag(page.doc, 'script').filter((script) => script.attribs.src).map((script) => script.attribs.src!);
    const expected = ['/assets/js/quick-exit.js'];
    if (page.url === '/suche/') expected.push('/assets/js/search.js');
    if (page.url === '/hilfe/') expected.push('/assets/js/help-finder.js');
    expect(scripts.sort()).toEqual(expected.sort());
  });

  it('the quick exit script is at most 3 KB', () => {
    expect(sizeOf('/assets/js/quick-exit.js')).toBeLessThanOrEqual(3 * KB);
  });
});
