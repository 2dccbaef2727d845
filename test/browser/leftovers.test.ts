/**
 * Small technical leftovers of issue 18, in Chromium against the site served with the
 * netlify.toml headers: the Permissions-Policy names only features the browser knows (no console
 * warning), the skip link and the quick exit sit inside landmarks (axe best practice "region"),
 * and a search without hits shows no empty "Ergebnisse eingrenzen" heading.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage } from '../support/browser.ts';
import { runAxe } from '../support/checks.ts';
import type { StaticServer } from '../support/server.ts';
import { endSession, startSession } from '../support/session.ts';

const siteDir = inject('siteDir');
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await startSession(siteDir));
});
afterAll(() => endSession({ server, browser }));

describe('leftovers', () => {
  it.each(['/', '/kontakte/', '/sicherheit/'])('%s: no Permissions-Policy warning, everything inside landmarks', async (url) => {
    const warnings: string[] = [];
    const opened = await openPage(browser, server.origin, url, {
      beforeGoto: async (page) => {
        page.on('console', (message) => {
          if (/Permissions-Policy/i.test(message.text())) warnings.push(message.text());
        });
      },
    });
    try {
      expect(warnings).toEqual([]);
      const result = await runAxe(opened.page, { rules: ['region'] });
      expect(result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('a search without hits shows no empty "Ergebnisse eingrenzen" heading', async () => {
    const opened = await openPage(browser, server.origin, '/suche/?q=xyzzyquux');
    try {
      await opened.page.locator('[data-search-empty]').waitFor({ state: 'visible', timeout: 10_000 });
      expect(await opened.page.getByRole('heading', { name: 'Ergebnisse eingrenzen' }).count()).toBe(0);
    } finally {
      await opened.close();
    }
  });
});
