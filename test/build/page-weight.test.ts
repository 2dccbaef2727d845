/**
 * Page weight on the built sample site (issue 7): every HTML page ≤ 60 KB, the CSS a page loads
 * ≤ 60 KB, JavaScript only where it is needed — the quick exit everywhere, the search script only
 * on /suche/ (which then loads Pagefind's own bundle), the help finder only where its form is
 * (home, /hilfe/, /hilfe/finden/); every page but /suche/ loads at most 3,000 bytes of (minified) JavaScript.
 * Issue 16: the same ≤ 60 KB for every page of the benchmark's 4,000 entries, each entry at most
 * two plain-link clicks from its listings, numbered pages navigable without JavaScript and filled
 * by the weight of their cards (_includes/lib/paging.ts; long cards: listing-split.test.ts). The
 * synthetic content carries the real translations, so the 60 KB check covers the translated Kreis
 * help pages (/<lang>/hilfe/<kreis>/ and their section pages) too.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { byTag, loadPages } from '../support/html.ts';
import { PROJECT_ROOT } from '../support/server.ts';
import { LARGE_SITE_ENTRIES, listHtmlPages, urlOfFile } from '../support/site.ts';
import { contentTypes, entryTypes } from '../../src/schema/index.ts';
import { PAGE_TARGET } from '../../_includes/lib/paging.ts';

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

    const css = byTag(page.doc, 'link')
      .filter((link) => link.attribs.rel === 'stylesheet')
      .map((link) => link.attribs.href!);
    expect(css.length).toBeGreaterThan(0);
    const cssBytes = css.reduce((sum, href) => sum + sizeOf(href), 0);
    expect(cssBytes, `${page.url} loads ${cssBytes} bytes of CSS`).toBeLessThanOrEqual(60 * KB);

    const scripts = byTag(page.doc, 'script')
      .filter((script) => script.attribs.src)
      .map((script) => script.attribs.src!);
    const expected = ['/assets/js/quick-exit.js'];
    // /suche/ and its translations (/en/suche/ …, issue #19) load the search.
    const searchPage = /^\/([a-z]{2}\/)?suche\/$/.test(page.url);
    if (searchPage) expected.push('/assets/js/search.js');
    if (['/', '/hilfe/', '/hilfe/finden/'].includes(page.url)) expected.push('/assets/js/help-finder.js');
    expect(scripts.sort()).toEqual(expected.sort());
    // Issue 16: the quick exit plus any finder stay within 3,000 bytes (minified) outside the search page.
    const scriptBytes = scripts.reduce((sum, src) => sum + sizeOf(src), 0);
    if (!searchPage) expect(scriptBytes, `${page.url} loads ${scriptBytes} bytes of JavaScript`).toBeLessThanOrEqual(3000);
  });

  it('client scripts are shipped minified (no comments, no indentation)', () => {
    for (const file of ['quick-exit.js', 'help-finder.js', 'search.js']) {
      const shipped = readFileSync(path.join(siteDir, 'assets', 'js', file), 'utf8');
      expect(shipped, file).not.toMatch(/\/\*\*|^\s+\S/m);
      expect(shipped.length, file).toBeLessThan(statSync(path.join(PROJECT_ROOT, 'src', 'client', file)).size * 0.7);
    }
  });

  it('outside /suche/, quick exit and help finder together are at most 3,000 bytes (minified)', () => {
    expect(sizeOf('/assets/js/quick-exit.js') + sizeOf('/assets/js/help-finder.js')).toBeLessThanOrEqual(3000);
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

describe(`listings that scale: ${LARGE_SITE_ENTRIES} entries (the benchmark's synthetic content)`, () => {
  const largeDir = inject('largeSiteDir');
  const urls = listHtmlPages(largeDir).map(urlOfFile);
  const read = (url: string) => readFileSync(path.join(largeDir, url.endsWith('/') ? `${url}index.html` : url), 'utf8');
  const linkCache = new Map<string, string[]>();
  /** Site-internal pages a page links to (fragments dropped): what a click can reach. */
  const linksOf = (url: string): string[] => {
    if (!linkCache.has(url)) {
      const found = [...read(url).matchAll(/<a [^>]*href="(\/[^"#?]*)/g)].map((m) => m[1]!).filter((href) => href.endsWith('/'));
      linkCache.set(url, [...new Set(found)]);
    }
    return linkCache.get(url)!;
  };
  const known = new Set(urls);
  /** The cards of a numbered page, each with the markup up to the next card. */
  const cardsOf = (html: string) => html.split('<nav class="gsn-pagination"')[0]!.split('<li class="gsn-card').slice(1);

  it('every HTML page is at most 60 KB', () => {
    expect(urls.length).toBeGreaterThan(LARGE_SITE_ENTRIES);
    const over = urls.map((url) => ({ url, bytes: statSync(path.join(largeDir, url.endsWith('/') ? `${url}index.html` : url)).size })).filter((page) => page.bytes > 60 * KB);
    expect(over).toEqual([]);
  });

  it.each(entryTypes.flatMap((type) => [contentTypes[type].path, `${contentTypes[type].path}a-z/`]))('%s: every entry of its type within two clicks, by plain links', (listing) => {
    const type = entryTypes.find((t) => listing.startsWith(contentTypes[t].path))!;
    const entries = urls.filter((url) => url.startsWith(contentTypes[type].path) && /^[^/]+\/$/.test(url.slice(contentTypes[type].path.length)) && url !== `${contentTypes[type].path}a-z/`);
    // Far more than one page holds: the listing is an overview, without cards of its own.
    expect(entries.length).toBeGreaterThan(100);
    expect(read(listing)).not.toContain('<li class="gsn-card');
    const reached = new Set(linksOf(listing));
    for (const url of [...reached]) if (known.has(url)) for (const next of linksOf(url)) reached.add(next);
    const missing = entries.filter((url) => !reached.has(url));
    expect(missing.slice(0, 5), `${missing.length} of ${entries.length} entries need more than two clicks from ${listing}`).toEqual([]);
  });

  /** Contact addresses on a help page's cards and on its section pages it links (below its own address). */
  const helpShown = (kreis: string) =>
    [kreis, ...linksOf(kreis).filter((url) => url.startsWith(kreis) && url !== kreis)].flatMap((url) =>
      [...read(url).matchAll(/<a class="kern-link gsn-card__link" href="([^"]+)"/g)].map((m) => m[1]!),
    );

  it('translated Kreis help pages: each shows the contacts of the German page, each once, within one click', () => {
    const languages = urls.map((url) => /^\/([a-z]{2})\/hilfe\/$/.exec(url)?.[1]).filter((code) => code !== undefined);
    expect(languages).toHaveLength(8);
    const kreise = urls.filter((url) => /^\/hilfe\/[^/]+\/$/.test(url) && url !== '/hilfe/finden/');
    expect(kreise.length).toBeGreaterThan(40);
    for (const kreis of kreise) {
      const german = helpShown(kreis).sort();
      expect(german.length, kreis).toBeGreaterThan(10);
      for (const code of languages) expect(helpShown(`/${code}${kreis}`).sort(), `/${code}${kreis}`).toEqual(german);
    }
  });

  it('numbered pages: pagination nav, rel prev/next, "Seite x von y" in the title, page 1 is the folder itself', () => {
    // German pages; the translated help pages' words: listing-split.test.ts.
    const second = urls.filter((url) => /\/seite-2\/$/.test(url) && !/^\/[a-z]{2}\//.test(url));
    expect(second.length).toBeGreaterThan(10);
    for (const url of second) {
      const html = read(url);
      const base = url.replace(/seite-2\/$/, '');
      const total = Number(/<title>[^<]*Seite 2 von (\d+)/.exec(html)?.[1]);
      expect(total, url).toBeGreaterThanOrEqual(2);
      expect(html, url).toContain('<nav class="gsn-pagination" aria-label="Seiten">');
      expect(html, url).toContain(`<link rel="prev" href="${base}">`);
      expect(html, url).toContain(`href="${base}" rel="prev"`);
      expect(html, url).toMatch(/<a href="[^"]*seite-2\/" aria-current="page"/);
      if (total > 2) expect(html, url).toContain(`<link rel="next" href="${base}seite-3/">`);
      expect(known.has(`${base}seite-${total}/`), url).toBe(true);
      expect(known.has(`${base}seite-${total + 1}/`), url).toBe(false);
      // Every page holds cards; every page but the last is full: the next page's first card
      // would have taken it past the target (the page around the cards varies by ~1 KB).
      for (let n = 1; n <= total; n++) {
        const page = read(n === 1 ? base : `${base}seite-${n}/`);
        expect(cardsOf(page).length, `${base} page ${n}`).toBeGreaterThan(0);
        if (n < total) {
          const next = cardsOf(read(`${base}seite-${n + 1}/`))[0]!;
          expect(Buffer.byteLength(page) + Buffer.byteLength(next), `${base} page ${n}`).toBeGreaterThan(PAGE_TARGET - 2 * KB);
        }
      }
    }
  });
});

describe('the sample site gets no needless clicks', () => {
  it('no listing is split: no numbered pages, every contact on /kontakte/', () => {
    expect(pages.filter((page) => /\/seite-\d+\/$/.test(page.url)).map((page) => page.url)).toEqual([]);
    const contacts = pages.filter((page) => /^\/kontakte\/(?!a-z\/)[^/]+\/$/.test(page.url)).map((page) => page.url);
    const listing = pages.find((page) => page.url === '/kontakte/')!.html;
    expect(contacts.length).toBeGreaterThan(20);
    expect(contacts.filter((url) => !listing.includes(`href="${url}"`))).toEqual([]);
  });
});
