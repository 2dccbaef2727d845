/**
 * The "translation not yet reviewed" notice on a 320 px phone (tester, issue #19): the body runs
 * inline after its title, so KERN's outline on the body must not draw a box around every wrapped
 * line; the alert keeps its own single outline.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { StaticServer } from '../support/server.ts';
import { endSession, startSession } from '../support/session.ts';

const siteDir = inject('siteDir');
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await startSession(siteDir));
}, 120_000);

afterAll(async () => {
  await endSession({ server, browser });
});

it('at 320 px the notice body has no outline of its own and wraps over several lines inside one box', async () => {
  const page = await (await browser.newContext({ viewport: { width: 320, height: 640 } })).newPage();
  for (const url of ['/en/hilfe/', '/ar/hilfe/']) {
    await page.goto(`${server.origin}${url}`);
    const notice = page.locator('.gsn-notice');
    expect(await notice.count(), url).toBe(1);
    const body = await notice.locator('.kern-alert__body').evaluate((el) => ({ outline: getComputedStyle(el).outlineStyle, display: getComputedStyle(el).display, lines: el.getClientRects().length }));
    expect(body.display, url).toBe('inline');
    expect(body.lines, `${url}: the body should wrap, else the check proves nothing`).toBeGreaterThan(1);
    expect(body.outline, url).toBe('none');
    expect(await notice.evaluate((el) => getComputedStyle(el).outlineStyle), url).not.toBe('none');
  }
  await page.context().close();
});
