/**
 * Browsing and reading need no JavaScript (DESIGN §4/§5): every page type renders fully with
 * JavaScript off, "Seite verlassen" is a plain link to the neutral site, and the search page
 * says that search needs JavaScript and links to the browse pages.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EXIT_URL, openPage } from '../support/browser.ts';
import { requireUrl } from '../support/checks.ts';
import type { StaticServer } from '../support/server.ts';
import { endSession, startSession } from '../support/session.ts';
import { pageTypes, type PageType } from '../support/site.ts';

const siteDir = inject('siteDir');

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await startSession(siteDir));
});
afterAll(() => endSession({ server, browser }));

const LISTINGS = ['/initiativen/', '/netzwerke/', '/materialien/', '/kontakte/'];

describe.each(pageTypes(siteDir))('without JavaScript: $name ($pattern)', (type: PageType) => {
  it('renders fully: styles, header, emergency strip, main content, footer, quick-exit link', async () => {
    requireUrl(type);
    const opened = await openPage(browser, server.origin, type.url, { javaScriptEnabled: false });
    try {
      const { page, response } = opened;
      expect(response?.status()).toBe(type.status);
      // The stylesheet is applied without any script.
      expect(await page.evaluate(() => [...document.styleSheets].some((sheet) => sheet.href?.endsWith('/assets/site.css') && sheet.cssRules.length > 0))).toBe(true);
      await expect.poll(() => page.locator('h1').isVisible(), { message: 'h1 visible' }).toBe(true);
      const main = page.locator('main#inhalt');
      expect(await main.isVisible()).toBe(true);
      expect((await main.innerText()).trim().length, 'main content has text').toBeGreaterThan(40);
      for (const tel of ['tel:110', 'tel:116016']) {
        expect(await page.locator(`a[href="${tel}"]`).filter({ visible: true }).count(), `${tel} visible`).toBeGreaterThan(0);
      }
      expect(await page.locator('footer a[href="/impressum/"]').filter({ visible: true }).count(), 'footer link to /impressum/').toBeGreaterThan(0);
      expect(await page.locator('form[action="/suche/"] input[name="q"]').filter({ visible: true }).count(), 'search field').toBeGreaterThan(0);
      const exit = page.locator('a[data-quick-exit]');
      expect(await exit.isVisible()).toBe(true);
      expect(await exit.getAttribute('href')).toBe(EXIT_URL);
      expect(opened.foreignRequests()).toEqual([]);
      expect(await opened.cookies()).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('without JavaScript: quick exit and search', () => {
  it('"Seite verlassen" is a normal link to the neutral site', async () => {
    const opened = await openPage(browser, server.origin, '/', { javaScriptEnabled: false });
    try {
      const { page } = opened;
      const exit = page.locator('a[data-quick-exit]');
      expect((await exit.innerText()).trim()).toBe('Seite verlassen');
      await Promise.all([page.waitForURL(EXIT_URL), exit.click()]);
      expect(page.url()).toBe(EXIT_URL);
      expect(await page.title()).toBe('neutral');
    } finally {
      await opened.close();
    }
  });

  it('/suche/ says that search needs JavaScript and links to the listings', async () => {
    const opened = await openPage(browser, server.origin, '/suche/', { javaScriptEnabled: false });
    try {
      const { page, response } = opened;
      expect(response?.status()).toBe(200);
      const main = page.locator('main#inhalt');
      // innerText holds only rendered text: the note must be visible, not merely present.
      await expect.poll(async () => (await main.innerText()).includes('JavaScript'), { message: 'visible note that search needs JavaScript' }).toBe(true);
      for (const href of LISTINGS) {
        expect(await main.locator(`a[href="${href}"]`).filter({ visible: true }).count(), `visible link to ${href} in the search page`).toBeGreaterThan(0);
      }
    } finally {
      await opened.close();
    }
  });
});
