/**
 * Phones (issue 18): every page type, with a probe entry of long German compounds in each
 * type, never scrolls sideways at 320 px (and 600 px) at 100 % and 150 % text size
 * (scrollWidth <= innerWidth); the first screen of a 320 × 640 phone shows the emergency
 * numbers and the page's heading, and an entry's own text is not pushed below it by notices;
 * /daten/ tables keep words whole; a breadcrumb separator never stands alone on a line.
 * The search page (/suche/ and /<lang>/suche/) with a query or a result title longer than the
 * screen does not scroll sideways either.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { LONG_TITLE_SLUG, LONG_TITLE_WORD, PROBE_SLUG, buildProbeSite } from '../support/probe-site.ts';
import { startServer, type StaticServer } from '../support/server.ts';
import { pageTypes } from '../support/site.ts';

let probe: { siteDir: string; remove: () => void };
let server: StaticServer;
let browser: Browser;
let page: Page;
let urls: string[];

const DETAIL = ['/kontakte/', '/initiativen/', '/netzwerke/', '/materialien/'];

beforeAll(async () => {
  probe = await buildProbeSite();
  [server, browser] = await Promise.all([startServer({ root: probe.siteDir }), launchBrowser()]);
  page = await (await browser.newContext({ locale: 'de-DE', viewport: { width: 320, height: 640 } })).newPage();
  // Every page type; detail pages are the probes, region, topic and help pages those listing them.
  const types = pageTypes(probe.siteDir).map((type) => {
    const detail = DETAIL.find((prefix) => type.pattern === `${prefix}<slug>/`);
    if (detail) return `${detail}${PROBE_SLUG}/`;
    if (type.pattern === '/regionen/<slug>/') return '/regionen/landkreis-ammerland/';
    if (type.pattern === '/themen/<slug>/') return '/themen/kinderschutz/';
    if (type.pattern === '/hilfe/<region>/') return '/hilfe/landkreis-ammerland/';
    return type.url!;
  });
  urls = [...new Set([...types, '/kontakte/a-z/', '/regionen/niedersachsen/', '/daten/'])];
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  probe?.remove();
});

interface FirstScreen {
  police: number;
  hotline: number;
  heading: number;
}
/** Where the emergency numbers end and the heading starts, per URL at 320 × 640 and 100 % text. */
const firstScreens = new Map<string, FirstScreen>();
const measureFirstScreen = () =>
  page.evaluate(() => {
    const bottom = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().bottom ?? Infinity;
    return {
      police: bottom('.gsn-emergency a[href="tel:110"]'),
      hotline: bottom('.gsn-emergency a[href="tel:116016"]'),
      heading: document.querySelector('h1')?.getBoundingClientRect().top ?? Infinity,
    };
  });

/** Text size as a visitor sets it in the browser: KERN and the site size type in rem. */
const setTextSize = (percent: number) => page.evaluate((p) => (document.documentElement.style.fontSize = `${p}%`), percent);

/** The document's scrollWidth against the viewport, naming what sticks out (outside boxes that scroll on their own). */
const measureWidth = () =>
  page.evaluate(() => {
    const widest = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5 && !el.closest('.gsn-nav__list, .gsn-table-scroll'))
      .slice(-1)
      .map((el) => `<${el.tagName.toLowerCase()} class="${el.className}">${(el.textContent ?? '').slice(0, 40)}`);
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, widest };
  });

/** Offenders at 100 and 150 % text on the page as it is now. */
async function sidewaysAtTextSizes(label: string): Promise<string[]> {
  const offenders: string[] = [];
  for (const size of [100, 150]) {
    await setTextSize(size);
    const measured = await measureWidth();
    if (measured.scrollWidth > measured.innerWidth) offenders.push(`${label} at ${size} %: ${measured.scrollWidth} > ${measured.innerWidth} ${measured.widest.join('')}`);
  }
  return offenders;
}

describe('no sideways scrolling', () => {
  it('the probe entries were built and are what the pages show', async () => {
    await page.goto(`${server.origin}/kontakte/${PROBE_SLUG}/`);
    expect(await page.locator('h1').textContent()).toBe('Gewaltschutzkoordinierungsstelle Musterkreis');
    expect(urls.filter((url) => url.includes(PROBE_SLUG))).toHaveLength(4);
  });

  it.each([320, 600])(
    'at %i px, at 100 and 150 percent text: scrollWidth <= innerWidth on every page type',
    async (width) => {
      await page.setViewportSize({ width, height: 640 });
      const offenders: string[] = [];
      for (const url of urls) {
        await page.goto(`${server.origin}${url}`);
        // The phone's first screen, on the same load (before the text size is touched).
        if (width === 320) firstScreens.set(url, await measureFirstScreen());
        offenders.push(...(await sidewaysAtTextSizes(url)));
      }
      expect(offenders).toEqual([]);
    },
    600_000,
  );

  it('a breadcrumb separator (› or ‹) never stands alone on a line: its crumb starts on the same line', async () => {
    const offenders: string[] = [];
    for (const width of [320, 600, 800]) {
      await page.setViewportSize({ width, height: 640 });
      for (const url of urls.filter((u) => u.includes(PROBE_SLUG))) {
        await page.goto(`${server.origin}${url}`);
        for (const size of [100, 150]) {
          await setTextSize(size);
          const alone = await page.$$eval('.gsn-breadcrumbs__list li', (items) =>
            items
              .filter((li) => getComputedStyle(li, '::before').content !== 'none' && getComputedStyle(li).display !== 'none')
              .filter((li) => {
                // The separator is the li's first line; the link's first line box must be that line.
                const link = li.querySelector('a')!.getClientRects()[0]!;
                const lineHeight = parseFloat(getComputedStyle(li).lineHeight) || parseFloat(getComputedStyle(li).fontSize) * 1.2;
                return link.top - li.getBoundingClientRect().top > lineHeight / 2;
              })
              .map((li) => li.textContent),
          );
          expect(await page.locator('.gsn-breadcrumbs__list li').count(), url).toBeGreaterThan(1);
          for (const crumb of alone) offenders.push(`${url} at ${width} px, ${size} %: "${crumb}"`);
        }
      }
    }
    expect(offenders).toEqual([]);
  }, 600_000);

  it('/daten/ tables keep words whole at 320 px (the table scrolls in its own box)', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${server.origin}/daten/`);
    await setTextSize(150);
    const split = await page.$$eval('.gsn-prose td code', (codes) => codes.filter((code) => code.getClientRects().length > 1).map((code) => code.textContent));
    expect(split).toEqual([]);
    expect(await page.locator('.gsn-table-scroll').count()).toBeGreaterThan(0);
  });
});

describe('the search page at 320 px with a word longer than the screen', () => {
  const LONG_QUERY = 'a'.repeat(67);
  const status = () => page.locator('[data-search-status]');

  it('a query of one long word: the "Keine Ergebnisse" line and the filter box wrap on /suche/ and every /<lang>/suche/', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    const languages = readdirSync(probe.siteDir).filter((dir) => existsSync(path.join(probe.siteDir, dir, 'suche', 'index.html')));
    expect(languages.length).toBeGreaterThan(0);
    const offenders: string[] = [];
    for (const prefix of ['', ...languages.map((lang) => `/${lang}`)]) {
      const url = `${prefix}/suche/?q=${LONG_QUERY}`;
      await page.goto(`${server.origin}${url}`);
      // The status is empty until the search has answered.
      await expect.poll(() => status().textContent(), { timeout: 10_000 }).not.toBe('');
      if (!prefix) expect(await status().textContent()).toBe(`Keine Ergebnisse für „${LONG_QUERY}“.`);
      offenders.push(...(await sidewaysAtTextSizes(url)));
    }
    expect(offenders).toEqual([]);
  }, 120_000);

  it('a contact titled with one long word, typed into the search field: its result and the "1 Ergebnis" line wrap', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${server.origin}/suche/`);
    await page.locator('#suche-q').fill(`${LONG_TITLE_WORD} Musterstadt`);
    await page.locator('#suche-q').press('Enter');
    await expect.poll(() => status().textContent(), { timeout: 10_000 }).toBe(`1 Ergebnis für „${LONG_TITLE_WORD} Musterstadt“.`);
    await expect.poll(() => page.locator('[data-search-results] li a').first().getAttribute('href')).toBe(`/kontakte/${LONG_TITLE_SLUG}/`);
    expect(await sidewaysAtTextSizes('/suche/ with the long title')).toEqual([]);
  });

  it('a long filter value from the address: its "… entfernen" button wraps', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    const url = `/suche/?q=Beratung&Region=${LONG_QUERY}`;
    await page.goto(`${server.origin}${url}`);
    await expect.poll(() => page.locator('.gsn-search__remove button').count(), { timeout: 10_000 }).toBe(1);
    expect(await sidewaysAtTextSizes(url)).toEqual([]);
  });
});

describe('the first screen of a phone (320 × 640, 100 % text)', () => {
  it('shows the emergency numbers 110 and 116 016 and the start of the heading on every page type', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    const offenders: string[] = [];
    for (const url of urls) {
      // Measured by the 320 px pass above on its load of the page; loaded here when that test did not run.
      let box = firstScreens.get(url);
      if (!box) {
        await page.goto(`${server.origin}${url}`);
        box = await measureFirstScreen();
      }
      if (box.police > 640 || box.hotline > 640) offenders.push(`${url}: emergency numbers end at ${Math.max(box.police, box.hotline)} px`);
      if (box.heading > 600) offenders.push(`${url}: the heading starts at ${box.heading} px`);
    }
    expect(offenders).toEqual([]);
  }, 600_000);

  it('an entry with both notices (Beispieleintrag, älter als ein Jahr) still shows its summary', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const prefix of DETAIL) {
      await page.goto(`${server.origin}${prefix}${PROBE_SLUG}/`);
      expect(await page.locator('.gsn-notice').count(), prefix).toBe(2);
      const summaryTop = await page.locator('.gsn-entry__summary').evaluate((el) => el.getBoundingClientRect().top);
      expect(summaryTop, `${prefix}${PROBE_SLUG}/ summary starts at ${summaryTop} px`).toBeLessThan(640);
    }
  });
});
