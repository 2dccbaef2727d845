/**
 * DESIGN §7 quality bars and keyboard access (test/support/keyboard.ts), per page type, each
 * checked on one opened page, in Chromium against the built site served with the
 * netlify.toml headers: the page exists, lang="de", 0 axe violations (WCAG 2.1 A/AA), 0 requests
 * to other origins, 0 cookies, no Web Storage, no console errors, page errors or CSP violations.
 *
 * The page types are split over several test files by group (test/browser/pages-*.test.ts), so
 * that both workers stay busy to the end of a run; `pageGroup` puts every type in exactly one.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, settle, type OpenedPage, type PageRecord } from './browser.ts';
import type { StaticServer } from './server.ts';
import { endSession, startSession } from './session.ts';
import { largePageTypes, pageTypes, type PageType } from './site.ts';
import { startServer } from './server.ts';
import { formatAxeViolations, requireUrl, runAxe } from './checks.ts';
import { expectKeyboardPath } from './keyboard.ts';

/** The test files the page types are split over: lists, detail pages, help and search, the fixed pages, the large site's. */
export type PageGroup = 'listen' | 'details' | 'hilfe' | 'feste' | 'gross';
export const PAGE_GROUPS: readonly PageGroup[] = ['listen', 'details', 'hilfe', 'feste', 'gross'];

/** The group a page type is tested in; whatever no rule names goes to 'feste', so no type is left out. */
export function pageGroup(type: PageType): PageGroup {
  if (type.site === 'large') return 'gross';
  if (type.name === 'Startseite' || type.name.endsWith('(Liste)')) return 'listen';
  if (type.pattern.endsWith('<slug>/')) return 'details';
  if (type.pattern.startsWith('/hilfe/') || type.pattern === '/suche/') return 'hilfe';
  return 'feste';
}

/** Every page type of the sample site, then those only a large site has (overviews, numbered pages). */
export function allPageTypes(): PageType[] {
  return [...pageTypes(inject('siteDir')), ...largePageTypes(inject('largeSiteDir'))];
}

/** The quality bars on each page type of `group`, in the calling test file. */
export function describePageQuality(group: PageGroup): void {
  const types = allPageTypes().filter((type) => pageGroup(type) === group);
  let server: StaticServer;
  let largeServer: StaticServer | undefined;
  let browser: Browser;

  it(`the group „${group}“ has page types`, () => {
    expect(types.length).toBeGreaterThan(0);
  });

  beforeAll(async () => {
    const siteDir = inject('siteDir');
    [{ server, browser }, largeServer] = await Promise.all([startSession(siteDir), group === 'gross' ? startServer({ root: inject('largeSiteDir') }) : undefined]);
  });
  afterAll(async () => {
    await endSession({ server, browser });
    await largeServer?.close();
  });

  describe.each(types)('$name ($pattern)', (type: PageType) => {
    let opened: OpenedPage | undefined;
    /** What the page did up to load and settle, before axe injects its own script. */
    let before: PageRecord;

    beforeAll(async () => {
      if (!type.url) return;
      opened = await openPage(browser, type.site === 'large' ? largeServer!.origin : server.origin, type.url);
      await settle(opened.page);
      before = structuredClone(opened.record);
    });
    afterAll(async () => {
      await opened?.close();
    });

    const page = () => {
      requireUrl(type);
      if (!opened) throw new Error('page not opened');
      return opened;
    };

    it(`answers with status ${type.status}`, () => {
      const { response } = page();
      expect(response, `no response for ${type.url}`).not.toBeNull();
      expect(response!.status(), `${type.url} answered ${response!.status()}`).toBe(type.status);
      expect(response!.headers()['content-type']).toMatch(/^text\/html/);
    });

    it('is a site page with <html lang="de">, a title and one h1', async () => {
      const { page: p } = page();
      expect(await p.locator('html').getAttribute('lang')).toBe('de');
      expect((await p.title()).trim()).not.toBe('');
      await expect.poll(() => p.locator('h1').count()).toBe(1);
    });

    it('has 0 axe violations (wcag2a, wcag2aa, wcag21a, wcag21aa)', async () => {
      const { page: p } = page();
      const results = await runAxe(p);
      expect(results.violations.length, formatAxeViolations(type.url!, results.violations)).toBe(0);
    });

    it('makes no request to another origin', () => {
      const opened = page();
      expect(opened.foreignRequests(), `requests from ${type.url} to other origins`).toEqual([]);
      expect(before.requests.length).toBeGreaterThan(0);
    });

    it('sets no cookie and stores nothing in localStorage or sessionStorage', async () => {
      const opened = page();
      expect(await opened.cookies()).toEqual([]);
      expect(await opened.storage()).toEqual({ local: [], session: [] });
    });

    it('has no console errors, page errors or CSP violations under the netlify.toml headers', () => {
      const { response } = page();
      // The CSP really was in force: the test server sends the netlify.toml headers.
      expect(response!.headers()['content-security-policy']).toContain("default-src 'self'");
      // The browser logs the 404 status of the document itself; that is the point of this page.
      const documentUrl = response!.url();
      const consoleErrors = before.consoleErrors.filter((text) => !(type.status === 404 && text.includes('status of 404') && text.includes(`(${documentUrl}`)));
      expect({ csp: before.cspViolations, console: consoleErrors, page: before.pageErrors }).toEqual({ csp: [], console: [], page: [] });
    });

    // Last: it moves the focus and the address (#inhalt), which the checks above do not look at.
    // On the sample site's page types (those a keyboard user meets in every listing size).
    if (type.site !== 'large') {
      it('Tab → "Seite verlassen", Tab → skip link, Enter → #inhalt, with visible focus', async () => {
        const opened = page();
        await expectKeyboardPath(opened, type as PageType & { url: string }, server.origin);
      });
    }
  });
}
