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
/**
 * One tab for the whole file: every test starts at START, opens its site page, leaves it and
 * ends back at START (Back), so the next test goes on from there. A new tab per test cost each
 * test a renderer process (docs/performance.md, "Session 12"); the record is emptied per test.
 */
let tab: OpenedPage;

beforeAll(async () => {
  ({ server, browser } = await startSession(siteDir));
  tab = await openTab();
});
afterAll(async () => {
  await tab?.close();
  await endSession({ server, browser });
});

/** Opens a site page after a neutral history entry, so Back has somewhere to go. */
async function openAfterStart(url: string): Promise<{ opened: OpenedPage; historyBefore: number }> {
  const opened = tab;
  const { page, record } = opened;
  // onSitePage leaves the tab at START (or opens a new one there); not assumed.
  if (page.url() !== START) await page.goto(START);
  for (const list of Object.values(record)) list.length = 0;
  const response = await page.goto(new URL(url, server.origin).href, { waitUntil: 'load' });
  expect(response?.ok() || response?.status() === 404).toBe(true);
  // The page is ready: the quick-exit script (deferred) has run.
  await page.waitForLoadState('load');
  const historyBefore = await page.evaluate(() => history.length);
  // Chromium keeps at most 50 entries: below that a new entry shows in history.length (the shared
  // tab does not grow it: each test goes back to START, and its next page replaces the forward entry).
  expect(historyBefore).toBeLessThan(50);
  // Nothing a previous page left in the tab could steer this one.
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
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

/** A tab at START with nothing behind it, as every test of this file starts from. */
async function openTab(): Promise<OpenedPage> {
  // A tab of its own (beforeGoto): `new URL(START, origin)` is START itself.
  return openPage(browser, server.origin, START, { beforeGoto: async () => undefined });
}

/**
 * Runs `test` on `url` opened after START in the file's tab, then leaves the tab at START for the
 * next test. A passing test is there already (after Back) or on the page it did not leave; after
 * a failure the tab's history is unknown, so the next test gets a new tab and fails, or passes,
 * on its own.
 */
async function onSitePage(url: string, test: (opened: OpenedPage, historyBefore: number) => Promise<void>): Promise<void> {
  let passed = false;
  try {
    const { opened, historyBefore } = await openAfterStart(url);
    await test(opened, historyBefore);
    passed = true;
  } finally {
    if (!passed) {
      await tab.close().catch(() => undefined);
      tab = await openTab();
    } else if (tab.page.url() !== START) await tab.page.goto(START);
  }
}

describe.each(types)('quick exit by click: $name ($pattern)', (type: PageType) => {
  it('replaces the page with the neutral site; Back does not return', async () => {
    requireUrl(type);
    await onSitePage(type.url, async (opened, historyBefore) => {
      await opened.page.locator('a[data-quick-exit]').click();
      await expectLeftByReplace(opened, historyBefore);
      expect(opened.record.pageErrors).toEqual([]);
    });
  });
});

describe('quick exit by keyboard (home page)', () => {
  it('three lone Shift presses leave via location.replace', async () => {
    await onSitePage('/', async (opened, historyBefore) => {
      for (let i = 0; i < 3; i++) await opened.page.keyboard.press('Shift');
      await expectLeftByReplace(opened, historyBefore);
    });
  });

  it('Shift, Shift, Shift+A (a capital letter), Shift does not leave', async () => {
    await onSitePage('/', async (opened) => {
      const { page } = opened;
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift+A');
      await page.keyboard.press('Shift');
      // Give a would-be exit time to happen.
      await page.waitForTimeout(1_500);
      expect(page.url()).toBe(new URL('/', server.origin).href);
      expect(opened.foreignRequests()).toEqual([]);
    });
  });

  it('the live region #gsn-exit-status announces the progress of the shortcut', async () => {
    await onSitePage('/', async (opened, historyBefore) => {
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
    });
  });
});
