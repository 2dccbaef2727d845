/**
 * Page weight on the built sample site (issue 7): every HTML page ≤ 60 KB, the CSS a page loads
 * ≤ 60 KB, JavaScript only where it is needed — the quick exit everywhere, the search script only
 * on /suche/ (which then loads Pagefind's own bundle), the help finder only where its form is
 * (home, /hilfe/, /hilfe/finden/); every page but /suche/ loads at most 3 KB of (minified) JavaScript.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { byTag, loadPages } from '../support/html.ts';
import { PROJECT_ROOT } from '../support/server.ts';

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
    // /suche/ and its translations (/en/suche/ …, issue #19) load the search.
    const searchPage = /^\/([a-z]{2}\/)?suche\/$/.test(page.url);
    if (searchPage) expected.push('/assets/js/search.js');
    if (['/', '/hilfe/', '/hilfe/finden/'].includes(page.url)) expected.push('/assets/js/help-finder.js');
    expect(scripts.sort()).toEqual(expected.sort());
    // Issue 16: the quick exit plus any finder stay within 3 KB (minified) outside the search page.
    const scriptBytes = scripts.reduce((sum, src) => sum + sizeOf(src), 0);
    if (!searchPage) expect(scriptBytes, `${page.url} loads ${scriptBytes} bytes of JavaScript`).toBeLessThanOrEqual(3 * KB);
  });

  it('client scripts are shipped minified (no comments, no indentation)', () => {
    for (const file of ['quick-exit.js', 'help-finder.js', 'search.js']) {
      const shipped = readFileSync(path.join(siteDir, 'assets', 'js', file), 'utf8');
      expect(shipped, file).not.toMatch(/\/\*\*|^\s+\S/m);
      expect(shipped.length, file).toBeLessThan(statSync(path.join(PROJECT_ROOT, 'src', 'client', file)).size * 0.7);
    }
  });

  it('outside /suche/, quick exit and help finder together are at most 3 KB (minified)', () => {
    expect(sizeOf('/assets/js/quick-exit.js') + sizeOf('/assets/js/help-finder.js')).toBeLessThanOrEqual(3 * KB);
  });

  it('the map of the Kreise adds at most 30 KB to /hilfe/ and /regionen/', () => {
    for (const url of ['/hilfe/', '/regionen/']) {
      const html = pages.find((page) => page.url === url)!.html;
      const map = html.slice(html.indexOf('<figure class="gsn-map"'), html.indexOf('</figure>', html.indexOf('<figure class="gsn-map"')));
      expect(map.length, url).toBeGreaterThan(5 * KB);
      expect(map.length, url).toBeLessThanOrEqual(30 * KB);
    }
  });
});
