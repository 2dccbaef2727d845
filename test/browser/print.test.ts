/**
 * Print (issue 18): every page that lists contacts prints as a usable phone list — for each
 * contact its name, kind, region, phone and e-mail are printed (print media emulated in
 * Chromium), summaries of contacts are not, and no navigation is printed.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isSampledOut } from '../support/html.ts';
import { listHtmlPages, urlOfFile } from '../support/site.ts';
import type { StaticServer } from '../support/server.ts';
import { endSession, startSession } from '../support/session.ts';

const siteDir = inject('siteDir');
/** Pages that list contacts as cards: /kontakte/, its A–Z, help, region and topic pages … */
// Read as text, not parsed: the test needs only which pages have contact cards (the same pages loadPages would give).
const listing = listHtmlPages(siteDir)
  .filter((rel) => !isSampledOut(rel) && readFileSync(path.join(siteDir, rel), 'utf8').includes('gsn-card--contact'))
  .map(urlOfFile);

let server: StaticServer;
let browser: Browser;
/** Two tabs take turns with the pages: while one waits on the server or the browser process, the other lays out. */
let tabs: Page[];

beforeAll(async () => {
  ({ server, browser } = await startSession(siteDir));
  const context = await browser.newContext({ locale: 'de-DE', javaScriptEnabled: false, viewport: { width: 800, height: 1100 } });
  tabs = await Promise.all([context.newPage(), context.newPage()]);
  await Promise.all(tabs.map((tab) => tab.emulateMedia({ media: 'print' })));
});
afterAll(() => endSession({ server, browser }));

describe('printed contact lists', () => {
  it('covers the pages named in the issue', () => {
    for (const url of ['/kontakte/', '/kontakte/a-z/']) expect(listing).toContain(url);
    expect(listing.some((url) => url.startsWith('/hilfe/') && url !== '/hilfe/')).toBe(true);
    expect(listing.some((url) => url.startsWith('/themen/'))).toBe(true);
  });

  it('every listed contact prints name, kind, region, phone and e-mail; no summary, no navigation', async () => {
    const problems: string[] = [];
    const queue = [...listing];
    const check = async (page: Page, url: string) => {
      await page.goto(`${server.origin}${url}`);
      const found = await page.evaluate(() => {
        const shown = (el: Element | null) => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
        const cards = [...document.querySelectorAll('main .gsn-card--contact')].map((card) => {
          const name = card.querySelector('.gsn-card__title')?.textContent?.trim() ?? '?';
          const missing: string[] = [];
          if (!shown(card.querySelector('.gsn-card__title'))) missing.push('name');
          if (!shown(card.querySelector('.gsn-card__meta .gsn-tag'))) missing.push('kind');
          if (!(card.querySelector('.gsn-card__meta > span:not(.gsn-tag)')?.textContent ?? '').trim() || !shown(card.querySelector('.gsn-card__meta'))) missing.push('region');
          const tel = card.querySelector('a[href^="tel:"]');
          if (tel && !shown(tel)) missing.push('phone');
          const mail = card.querySelector('a[href^="mailto:"]');
          if (mail && !shown(mail)) missing.push('e-mail');
          if (shown(card.querySelector('.gsn-card__summary'))) missing.push('(summary printed)');
          return { name, missing, phone: !!tel };
        });
        const nav = ['.gsn-nav', '.gsn-search-form', '.gsn-breadcrumbs', '.gsn-jump', '.gsn-exit', '.gsn-footer nav'].filter((s) => shown(document.querySelector(s)));
        return { cards, nav };
      });
      for (const card of found.cards) if (card.missing.length) problems.push(`${url} ${card.name}: ${card.missing.join(', ')}`);
      if (found.nav.length) problems.push(`${url}: navigation printed (${found.nav.join(', ')})`);
      if (!found.cards.some((card) => card.phone)) problems.push(`${url}: no phone number printed`);
    };
    await Promise.all(
      tabs.map(async (tab) => {
        for (let url = queue.shift(); url !== undefined; url = queue.shift()) await check(tab, url);
      }),
    );
    expect(problems.sort()).toEqual([]);
    // Some hundred pages on a shared machine: a generous bound, not a speed goal.
  }, 600_000);
});
