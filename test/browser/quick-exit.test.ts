/**
 * "Seite verlassen" (DESIGN §4): a click or three lone Shift presses replace the page with a
 * neutral site via location.replace, so Back does not lead back; the live region announces the
 * shortcut's progress. The neutral site (https://www.google.de/) is answered locally by a route:
 * that one navigation is the intended way out, so nothing may go to another origin before it.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EXIT_URL, openPage, originOf, type OpenedPage } from '../support/browser.ts';
import { requireUrl } from '../support/checks.ts';
import type { StaticServer } from '../support/server.ts';
import { endSession, startSession } from '../support/session.ts';
import { pageTypes, type PageType } from '../support/site.ts';

const siteDir = inject('siteDir');
const types = pageTypes(siteDir);
const START = 'data:text/html,<title>vorher</title>';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await startSession(siteDir));
});
afterAll(() => endSession({ server, browser }));

/** Opens a site page after a neutral history entry, so Back has somewhere to go. */
async function openAfterStart(url: string): Promise<{ opened: OpenedPage; historyBefore: number }> {
  const opened = await openPage(browser, server.origin, url, { beforeGoto: async (page) => void (await page.goto(START)) });
  expect(opened.response?.ok() || opened.response?.status() === 404).toBe(true);
  // The page is ready: the quick-exit script (deferred) has run.
  await opened.page.waitForLoadState('load');
  const historyBefore = await opened.page.evaluate(() => history.length);
  return { opened, historyBefore };
}

/** Left via location.replace: same history length, on the neutral site, Back does not return. */
async function expectLeftByReplace(opened: OpenedPage, historyBefore: number): Promise<void> {
  const { page, record } = opened;
  await page.waitForURL(EXIT_URL, { timeout: 5_000 });
  expect(page.url()).toBe(EXIT_URL);

  // Nothing left the machine before the exit; the exit itself is the first foreign request.
  const firstForeign = record.requests.findIndex((url) => originOf(url) !== undefined && originOf(url) !== server.origin);
  expect(firstForeign, 'the exit target was requested').toBeGreaterThanOrEqual(0);
  expect(record.requests[firstForeign]).toBe(EXIT_URL);
  expect(record.requests.slice(0, firstForeign).filter((url) => originOf(url) !== undefined && originOf(url) !== server.origin)).toEqual([]);

  // location.replace: the site's entry was replaced, not followed by a new one.
  expect(await page.evaluate(() => history.length), 'history grew: the page was left with a normal navigation, not location.replace').toBe(historyBefore);
  await page.goBack({ waitUntil: 'load' }).catch(() => null);
  expect(page.url().startsWith(server.origin), `Back returned to the site: ${page.url()}`).toBe(false);
  expect(page.url()).toBe(START);
}

describe.each(types)('quick exit by click: $name ($pattern)', (type: PageType) => {
  it('replaces the page with the neutral site; Back does not return', async () => {
    requireUrl(type);
    const { opened, historyBefore } = await openAfterStart(type.url);
    try {
      await opened.page.locator('a[data-quick-exit]').click();
      await expectLeftByReplace(opened, historyBefore);
      expect(opened.record.pageErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('quick exit by keyboard (home page)', () => {
  it('three lone Shift presses leave via location.replace', async () => {
    const { opened, historyBefore } = await openAfterStart('/');
    try {
      for (let i = 0; i < 3; i++) await opened.page.keyboard.press('Shift');
      await expectLeftByReplace(opened, historyBefore);
    } finally {
      await opened.close();
    }
  });

  it('Shift, Shift, Shift+A (a capital letter), Shift does not leave', async () => {
    const { opened } = await openAfterStart('/');
    try {
      const { page } = opened;
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift+A');
      await page.keyboard.press('Shift');
      // Give a would-be exit time to happen.
      await page.waitForTimeout(1_500);
      expect(page.url()).toBe(new URL('/', server.origin).href);
      expect(opened.foreignRequests()).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('the live region #gsn-exit-status announces the progress of the shortcut', async () => {
    const { opened, historyBefore } = await openAfterStart('/');
    try {
      const { page } = opened;
      const status = page.locator('#gsn-exit-status');
      expect(await status.count()).toBe(1);
      expect(await status.getAttribute('role')).toBe('status');
      const text = () => status.evaluate((el) => (el.textContent ?? '').trim());

      await page.keyboard.press('Shift');
      await expect.poll(text, { message: 'announcement after the first Shift' }).not.toBe('');
      const first = await text();
      await page.keyboard.press('Shift');
      await expect.poll(text, { message: 'announcement after the second Shift differs from the first' }).not.toBe(first);
      const second = await text();
      expect(second).not.toBe('');
      await page.keyboard.press('Shift');
      await expectLeftByReplace(opened, historyBefore);
    } finally {
      await opened.close();
    }
  });
});
