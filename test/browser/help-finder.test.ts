/**
 * Issue 15, items 1 and 2: "Postleitzahl oder Ort" and the map of the Kreise lead to the Kreis
 * help page, with and without JavaScript, on a phone, by keyboard only; a postcode spanning
 * Kreise or Länder offers a choice; one outside Niedersachsen says so with the hotlines.
 * The test server applies netlify.toml's redirects and the built _redirects as Netlify does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, settle, type OpenedPage } from '../support/browser.ts';
import { formatAxeViolations, runAxe } from '../support/checks.ts';
import type { StaticServer } from '../support/server.ts';
import { endSession, startSession } from '../support/session.ts';
import { pageTypes } from '../support/site.ts';

const siteDir = inject('siteDir');
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await startSession(siteDir));
});
afterAll(() => endSession({ server, browser }));

const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };
const CELLE = /Hilfe i[nm] Landkreis Celle/;

async function withPage(url: string, options: { js: boolean; phone?: boolean }, run: (page: Page, opened: OpenedPage) => Promise<void>) {
  const opened = await openPage(browser, server.origin, url, { javaScriptEnabled: options.js, ...(options.phone ? { contextOptions: PHONE } : {}) });
  try {
    await run(opened.page, opened);
    expect(opened.record.cspViolations).toEqual([]);
    expect(opened.record.pageErrors).toEqual([]);
    expect(opened.foreignRequests()).toEqual([]);
  } finally {
    await opened.close();
  }
}

const h1 = (page: Page) => page.locator('h1').innerText();

describe('without JavaScript: the form, the redirects and the small pages', () => {
  for (const query of ['29221', 'Celle', 'celle', 'Walsrode', 'Bad Fallingbostel', 'Göttingen', 'Goettingen']) {
    it(`home page on a phone: "${query}" + Enter reaches the Kreis page`, async () => {
      await withPage('/', { js: false, phone: true }, async (page) => {
        await page.fill('#finder-q-home', query);
        await Promise.all([page.waitForURL(/\/hilfe\/landkreis-(celle|heidekreis|goettingen)\/$/), page.press('#finder-q-home', 'Enter')]);
        expect(await h1(page)).toMatch(/Hilfe i[nm] (Landkreis Celle|Heidekreis|Landkreis Göttingen)/);
      });
    });
  }

  it('"29221" and "Celle" both reach "Hilfe im Landkreis Celle"', async () => {
    for (const query of ['29221', 'Celle']) {
      await withPage('/hilfe/', { js: false, phone: true }, async (page) => {
        await page.fill('#finder-q', query);
        await Promise.all([page.waitForURL('**/hilfe/landkreis-celle/'), page.click('form[data-finder] button[type=submit]')]);
        expect(await h1(page)).toMatch(CELLE);
      });
    }
  });

  for (const [postcode, expected] of [
    ['27726', ['/hilfe/landkreis-osterholz/', '/hilfe/landkreis-rotenburg/']],
    ['29640', ['/hilfe/landkreis-harburg/', '/hilfe/landkreis-heidekreis/']],
    ['19273', ['/hilfe/landkreis-lueneburg/']],
    ['34355', ['/hilfe/landkreis-goettingen/']],
  ] as const) {
    it(`${postcode} spans Kreise or Länder: a choice, no forwarding`, async () => {
      await withPage(`/hilfe/finden/?q=${postcode}`, { js: false }, async (page) => {
        expect(new URL(page.url()).pathname).toBe(`/hilfe/plz/${postcode}/`);
        await page.waitForTimeout(300);
        expect(new URL(page.url()).pathname, 'stays on the choice').toBe(`/hilfe/plz/${postcode}/`);
        expect(await h1(page)).toContain('Bitte wählen');
        const links = await page.locator('main .gsn-choices a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        expect([...links].sort()).toEqual([...expected]);
        if (postcode === '19273' || postcode === '34355') {
          const text = await page.locator('main').innerText();
          expect(text).toMatch(postcode === '19273' ? /Mecklenburg-Vorpommern/ : /Kassel \(Hessen\)/);
          expect(await page.locator('main a[href="tel:110"]').count()).toBeGreaterThan(0);
          expect(await page.locator('main a[href="tel:116016"]').count()).toBeGreaterThan(0);
        }
      });
    });
  }

  it('"Oldenburg" offers the Stadt and the Landkreis', async () => {
    await withPage('/hilfe/finden/?q=Oldenburg', { js: false }, async (page) => {
      const links = await page.locator('main .gsn-choices a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect([...links].sort()).toEqual(['/hilfe/landkreis-oldenburg/', '/hilfe/stadt-oldenburg/']);
    });
  });

  for (const query of ['10115', 'Berlin', 'xyzzy']) {
    it(`"${query}" (outside or unknown): says what to try, shows the nationwide hotlines, status 404`, async () => {
      const response = await fetch(`${server.origin}/hilfe/finden/?q=${encodeURIComponent(query)}`);
      expect(response.status).toBe(404);
      await withPage(`/hilfe/finden/?q=${encodeURIComponent(query)}`, { js: false }, async (page) => {
        const text = await page.locator('main').innerText();
        expect(text).toContain('keinen Ort in Niedersachsen gefunden');
        expect(text).toContain('fünfstelligen Postleitzahl');
        expect(text).toContain('nicht in Niedersachsen');
        expect(await page.locator('main a[href="tel:110"]').count()).toBeGreaterThan(0);
        expect(await page.locator('main a[href="tel:116016"]').count()).toBeGreaterThan(0);
      });
    });
  }

  it('a tap on the map reaches the Kreis page (phone, /hilfe/ reached from the home page in one tap)', async () => {
    await withPage('/', { js: false, phone: true }, async (page) => {
      await Promise.all([page.waitForURL('**/hilfe/'), page.locator('nav a[href="/hilfe/"]').first().click()]);
      const celle = page.locator('.gsn-map a[href="/hilfe/landkreis-celle/"]');
      const box = (await celle.boundingBox())!;
      expect(box.width).toBeLessThanOrEqual(375);
      await Promise.all([page.waitForURL('**/hilfe/landkreis-celle/'), celle.tap()]);
      expect(await h1(page)).toMatch(CELLE);
    });
  });
});

describe('with JavaScript: suggestions while typing', () => {
  it('"29221" goes straight to the Kreis on Enter (phone); the lookup JSON loads only when the field is used', async () => {
    await withPage('/', { js: true, phone: true }, async (page, opened) => {
      await settle(page);
      expect(opened.record.requests.some((url) => url.endsWith('/hilfe/orte.json'))).toBe(false);
      await page.fill('#finder-q-home', '29221');
      await expect.poll(() => page.locator('[data-finder-list] a').count()).toBeGreaterThan(0);
      expect(opened.record.requests.filter((url) => url.endsWith('/hilfe/orte.json'))).toHaveLength(1);
      expect(await page.locator('[data-finder-list] a').first().getAttribute('href')).toBe('/hilfe/landkreis-celle/');
      await Promise.all([page.waitForURL('**/hilfe/landkreis-celle/'), page.press('#finder-q-home', 'Enter')]);
      expect(await h1(page)).toMatch(CELLE);
    });
  });

  it('"Celle" then a tap on the suggestion reaches the Kreis (phone)', async () => {
    await withPage('/', { js: true, phone: true }, async (page) => {
      await page.fill('#finder-q-home', 'Celle');
      const link = page.locator('[data-finder-list] a[href="/hilfe/landkreis-celle/"]').first();
      await link.waitFor();
      await Promise.all([page.waitForURL('**/hilfe/landkreis-celle/'), link.tap()]);
      expect(await h1(page)).toMatch(CELLE);
    });
  });

  it('umlauts and "ue" spellings alike; "Oldenburg" offers Stadt and Landkreis', async () => {
    await withPage('/hilfe/', { js: true }, async (page) => {
      for (const query of ['Göttingen', 'Goettingen', 'goett']) {
        await page.fill('#finder-q', query);
        await expect.poll(() => page.locator('[data-finder-list] a').first().getAttribute('href'), { message: query }).toBe('/hilfe/landkreis-goettingen/');
      }
      await page.fill('#finder-q', 'Oldenburg');
      await expect
        .poll(async () => (await page.locator('[data-finder-list] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).slice(0, 2).sort())
        .toEqual(['/hilfe/landkreis-oldenburg/', '/hilfe/stadt-oldenburg/']);
    });
  });

  it('read as people write: postcode with the town, a country mark, a bracketed addition, a missing umlaut (fresh tester, session 20)', async () => {
    await withPage('/hilfe/', { js: true }, async (page) => {
      for (const [query, href] of [
        ['29221 Celle', '/hilfe/landkreis-celle/'],
        ['29221, Celle', '/hilfe/landkreis-celle/'],
        ['D-29221', '/hilfe/landkreis-celle/'],
        ['Gottingen', '/hilfe/landkreis-goettingen/'],
        ['Luneburg', '/hilfe/landkreis-lueneburg/'],
      ] as const) {
        await page.fill('#finder-q', query);
        await expect.poll(() => page.locator('[data-finder-list] a').first().getAttribute('href'), { message: query }).toBe(href);
      }
      for (const query of ['Oldenburg (Oldb)', 'Oldenburg (Ol']) {
        await page.fill('#finder-q', query);
        await expect
          .poll(async () => (await page.locator('[data-finder-list] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).slice(0, 2).sort(), { message: query })
          .toEqual(['/hilfe/landkreis-oldenburg/', '/hilfe/stadt-oldenburg/']);
      }
      await page.fill('#finder-q', 'Osnabruck');
      await expect.poll(async () => page.locator('[data-finder-list] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toContain('/hilfe/stadt-osnabrueck/');
      await page.fill('#finder-q', 'Winsen (Luhe)');
      await expect.poll(async () => page.locator('[data-finder-list] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toContain('/hilfe/landkreis-harburg/');
    });
  });

  it('Enter before the lookup has arrived waits for it: "29221 Celle" reaches the Kreis, never the page for other input', async () => {
    await withPage('/', { js: true }, async (page) => {
      await settle(page);
      // The lookup answers only after Enter was pressed.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/hilfe/orte.json', async (route) => {
        await held;
        await route.continue();
      });
      await page.fill('#finder-q-home', '29221 Celle');
      await page.press('#finder-q-home', 'Enter');
      await page.waitForTimeout(200);
      expect(new URL(page.url()).pathname).toBe('/');
      release();
      await page.waitForURL('**/hilfe/landkreis-celle/');
      expect(await h1(page)).toMatch(CELLE);
    });
  });

  for (const [postcode, count] of [
    ['27726', 2],
    ['29640', 2],
    ['19273', 2],
    ['34355', 2],
  ] as const) {
    it(`${postcode}: Enter offers the choice and does not guess`, async () => {
      await withPage('/hilfe/', { js: true }, async (page) => {
        await page.fill('#finder-q', postcode);
        await expect.poll(() => page.locator('[data-finder-list] li').count()).toBe(count);
        await page.press('#finder-q', 'Enter');
        await page.waitForTimeout(300);
        expect(new URL(page.url()).pathname).toBe('/hilfe/');
        expect(await page.evaluate(() => document.activeElement?.closest('[data-finder-list]') !== null)).toBe(true);
        if (postcode === '19273') expect(await page.locator('[data-finder-list]').innerText()).toContain('nicht in Niedersachsen');
      });
    });
  }

  it('a postcode outside Niedersachsen says so with the hotlines; unknown input says what to try', async () => {
    await withPage('/hilfe/', { js: true }, async (page) => {
      await page.fill('#finder-q', '10115');
      await expect.poll(() => page.locator('[data-finder-status]').innerText()).toContain('nicht in Niedersachsen');
      expect(await page.locator('[data-finder-status]').innerText()).toContain('116 016');
      await page.fill('#finder-q', 'xyzzy');
      await expect.poll(() => page.locator('[data-finder-status]').innerText()).toContain('Versuchen Sie die Postleitzahl');
    });
  });

  it('keyboard only: type, Tab to the suggestion, Enter', async () => {
    await withPage('/hilfe/', { js: true }, async (page) => {
      await page.focus('#finder-q');
      await page.keyboard.type('Walsrode');
      await page.locator('[data-finder-list] a').first().waitFor();
      await page.keyboard.press('Tab'); // the submit button
      await page.keyboard.press('Tab'); // the first suggestion
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/hilfe/landkreis-heidekreis/');
      await Promise.all([page.waitForURL('**/hilfe/landkreis-heidekreis/'), page.keyboard.press('Enter')]);
    });
  });
});

describe('the map of the Kreise', () => {
  for (const [url, prefix] of [
    ['/hilfe/', '/hilfe/'],
    ['/regionen/', '/regionen/'],
  ] as const) {
    it(`${url}: 45 links named by their Kreis, reachable by keyboard with a visible focus, no JavaScript`, async () => {
      await withPage(url, { js: false }, async (page) => {
        const links = page.locator('.gsn-map svg a');
        expect(await links.count()).toBe(45);
        const named = await links.evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('aria-label')]));
        for (const [href, name] of named) {
          expect(href).toMatch(new RegExp(`^${prefix}[a-z-]+/$`));
          expect(name && name.length > 2).toBe(true);
        }
        const snapshot = await page.locator('.gsn-map').ariaSnapshot();
        expect(snapshot).toContain('link "Landkreis Celle"');
        expect(snapshot).toContain('link "Stadt Oldenburg (Oldb)"');
        // Keyboard: Tab until the map's Celle link has the focus; its shape is then drawn with a thick stroke.
        let reached = false;
        for (let i = 0; i < 200 && !reached; i++) {
          await page.keyboard.press('Tab');
          reached = await page.evaluate((href) => document.activeElement?.closest('.gsn-map') !== null && document.activeElement?.getAttribute('href') === href, `${prefix}landkreis-celle/`);
        }
        expect(reached).toBe(true);
        const stroke = await page.evaluate(() => getComputedStyle(document.activeElement!.querySelector('path')!).strokeWidth);
        expect(Number.parseFloat(stroke)).toBeGreaterThanOrEqual(3);
      });
    });
  }

  it('scales to a phone screen and names its source (BKG)', async () => {
    await withPage('/hilfe/', { js: false, phone: true }, async (page) => {
      const box = (await page.locator('.gsn-map svg').boundingBox())!;
      expect(box.width).toBeGreaterThan(250);
      expect(box.width).toBeLessThanOrEqual(375);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      const credit = page.locator('.gsn-map figcaption a[href="https://www.bkg.bund.de"]');
      expect(await credit.innerText()).toBe('© GeoBasis-DE / BKG 2021 (Daten verändert)');
      expect(await page.locator('a[href="https://www.openstreetmap.org/copyright"]').count()).toBe(1);
    });
  });
});

/**
 * Pages without a finder field that are the sample of a page type: pages-listen and pages-hilfe
 * (test/support/page-quality.ts) run the same axe rules on them in the same state (JavaScript on,
 * default viewport), so they are not run a second time here (axe's color-contrast rule is most of
 * a run).
 */
const AXE_IN_PAGE_QUALITY = ['/regionen/', '/hilfe/plz/27726/', '/hilfe/ort/oldenburg/'];

describe('axe on the new pages and states', () => {
  it(`${AXE_IN_PAGE_QUALITY.join(', ')}: page types without a finder field, axe-checked by the pages-* files`, () => {
    expect(pageTypes(siteDir).map((type) => type.url)).toEqual(expect.arrayContaining(AXE_IN_PAGE_QUALITY));
    for (const url of AXE_IN_PAGE_QUALITY) expect(readFileSync(path.join(siteDir, url, 'index.html'), 'utf8'), url).not.toMatch(/<form[^>]*data-finder/);
  });

  for (const url of ['/', '/hilfe/', '/hilfe/finden/', '/hilfe/plz/19273/', '/hilfe/ort/kassel/']) {
    it(`${url}: 0 axe violations (with suggestions shown where there is a field)`, async () => {
      await withPage(url, { js: true }, async (page) => {
        const field = page.locator('form[data-finder] input').first();
        if (await field.count()) {
          await field.fill('Olden');
          await page.locator('[data-finder-list] a').first().waitFor();
        }
        const results = await runAxe(page);
        expect(results.violations, formatAxeViolations(url, results.violations)).toEqual([]);
      });
    });
  }
});
