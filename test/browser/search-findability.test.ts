/**
 * Search that finds help and never misleads (issue 15, item 3), in Chromium against the built
 * site with its real Pagefind index: Kreis help pages found by Kreis, town and postcode; parts of
 * compounds; prefix-only matches reported as no result; filters without a search word, counts
 * that follow the ticked filters, a way out of an empty filtered list; the example badge and
 * excerpts that keep facts apart. Phone viewport and keyboard where a visitor would use them.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadContent } from '../../src/content/index.ts';
import { openPage, settle, type OpenedPage } from '../support/browser.ts';
import { formatAxeViolations, runAxe } from '../support/checks.ts';
import type { StaticServer } from '../support/server.ts';
import { pagefindQuery } from '../support/pagefind.ts';
import { endSession, startSession } from '../support/session.ts';

const query = (page: Page, term: string | null, filters: Record<string, string[]> = {}, limit = 3) => pagefindQuery(page, term, filters, limit);

const siteDir = inject('siteDir');
const { graph } = loadContent();
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await startSession(siteDir));
});
afterAll(() => endSession({ server, browser }));

/** Relevance cases: what a visitor types → the page that must be among the first three results. */
const relevance: [query: string, expected: string][] = [
  ['Celle', '/hilfe/landkreis-celle/'],
  ['Hilfe Celle', '/hilfe/landkreis-celle/'],
  ['Walsrode', '/hilfe/landkreis-heidekreis/'],
  ['29221', '/hilfe/landkreis-celle/'],
  ['Frauenhaus Hannover', '/hilfe/region-hannover/'],
  ['Soltau', '/hilfe/landkreis-heidekreis/'],
  ['Hilfe Göttingen', '/hilfe/landkreis-goettingen/'],
  ['Osterode am Harz', '/hilfe/landkreis-goettingen/'],
  ['26122', '/hilfe/stadt-oldenburg/'],
  ['Frauenhaus Oldenburg', '/kontakte/frauenhaus-oldenburg/'],
  ['ambulanz', '/kontakte/gewaltopferambulanz-braunschweig/'],
  ['Gewaltschutzambulanz', '/kontakte/gewaltopferambulanz-braunschweig/'],
];

describe('search relevance (real Pagefind index)', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openPage(browser, server.origin, '/suche/');
    await settle(opened.page);
  });
  afterAll(() => opened?.close());

  it.each(relevance)('"%s" has %s among the first three results', async (term, expected) => {
    const { hits } = await query(opened.page, term);
    expect(hits.map((hit) => hit.url)).toContain(expected);
  });

  it('ranks the Kreis help page first for the Kreis and its towns', async () => {
    for (const [term, expected] of [
      ['Celle', '/hilfe/landkreis-celle/'],
      ['Walsrode', '/hilfe/landkreis-heidekreis/'],
      ['29221', '/hilfe/landkreis-celle/'],
    ]) {
      const { hits } = await query(opened.page, term!, {}, 1);
      expect(hits[0]?.url, term).toBe(expected);
    }
  });

  it('finds "gewalt" as the head of "Partnerschaftsgewalt": the part is indexed where the compound stands', async () => {
    const { hits } = await query(opened.page, 'gewalt', {}, 1000);
    const leer = hits.find((hit) => hit.url === '/kontakte/biss-landkreis-leer/');
    expect(leer, 'BISS Landkreis Leer among the results for "gewalt"').toBeDefined();
    const words = leer!.text.split(/\s+/);
    const compound = words.findIndex((word) => word.startsWith('Partnerschaftsgewalt'));
    expect(compound).toBeGreaterThan(-1);
    // The parts stand before the compound, "(⟨partnerschaft gewalt⟩ Partnerschaftsgewalt,", and "gewalt" is a matched location.
    expect(words.slice(compound - 2, compound).join(' ')).toBe('(\u27e8partnerschaft gewalt\u27e9');
    expect(leer!.locations).toContain(compound - 1);
  });

  it('keeps fact labels and values apart in the indexed text, without the vCard link', async () => {
    const contact = graph.contacts.find((c) => c.data.kind === 'justiz' && c.data.organization)!;
    const { hits } = await query(opened.page, contact.data.title, {}, 5);
    const hit = hits.find((h) => h.url === contact.url)!;
    expect(hit.text).not.toContain('vCard');
    const text = hit.text.replace(/\u27e8[^\u27e9]*\u27e9 /g, ''); // without the parts of compounds
    expect(text).toContain(`Art Justiz. Träger ${contact.data.organization}. `);
  });
});

describe('search page states', () => {
  it('reports a query that matches only a shorter prefix as "Keine Ergebnisse" with the help box', async () => {
    const opened = await openPage(browser, server.origin, '/suche/?q=Amsterdam', { contextOptions: phone });
    try {
      const { page } = opened;
      // Pagefind itself answers with every "am": the case is real.
      expect((await query(page, 'Amsterdam')).total).toBeGreaterThan(0);
      const empty = page.locator('[data-search-empty]');
      await empty.waitFor({ state: 'visible', timeout: 10_000 });
      expect(await page.locator('[data-search-status]').textContent()).toBe('Keine Ergebnisse für „Amsterdam“.');
      expect(await page.locator('[data-search-results] li').count()).toBe(0);
      expect(await empty.locator('a[href="/hilfe/"]').count()).toBe(1);
      expect(await empty.locator('a[href="tel:116016"]').count()).toBe(1);
      expect(await empty.locator('a[href="tel:110"]').count()).toBe(1);
      const axe = await runAxe(page);
      expect(axe.violations.length, formatAxeViolations('/suche/?q=Amsterdam', axe.violations)).toBe(0);
    } finally {
      await opened.close();
    }
  });

  it('shows a compound found by its part with the compound highlighted, not the added parts', async () => {
    const opened = await openPage(browser, server.origin, '/suche/?q=ambulanz');
    try {
      const { page } = opened;
      const first = page.locator('[data-search-results] li').first();
      await expect
        .poll(
          () =>
            first
              .locator('a')
              .getAttribute('href')
              .catch(() => null),
          { timeout: 10_000 },
        )
        .toBe('/kontakte/gewaltopferambulanz-braunschweig/');
      expect(await page.locator('[data-search-status]').textContent()).toMatch(/^1 Ergebnis für „ambulanz“\.$/);
      const excerpt = first.locator('.gsn-result__excerpt');
      expect(await excerpt.textContent()).not.toMatch(/[\u27e8\u27e9]/);
      expect(await excerpt.locator('mark').allTextContents()).toContain('Gewaltschutzambulanz');
    } finally {
      await opened.close();
    }
  });

  it('takes a town or postcode from the home page to the Kreis help page, on a phone, keyboard only', async () => {
    const opened = await openPage(browser, server.origin, '/', { contextOptions: phone });
    try {
      const { page } = opened;
      await page.locator('#gsn-q').fill('29221');
      await page.keyboard.press('Enter');
      const link = page.locator('[data-search-results] li a').first();
      await expect.poll(() => link.getAttribute('href').catch(() => null), { timeout: 10_000 }).toBe('/hilfe/landkreis-celle/');
      expect(await page.locator('[data-search-results] li').first().locator('.gsn-result__type').textContent()).toBe('Hilfe vor Ort');
      await link.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/hilfe\/landkreis-celle\/$/);
      expect(await page.locator('h1').textContent()).toBe('Hilfe im Landkreis Celle');
      // The towns and postcodes are in the search document only, not on the visible page.
      expect(await page.locator('main').innerText()).not.toContain('29221');
    } finally {
      await opened.close();
    }
  });

  it('filters without a search word, by keyboard on a phone, with counts that follow the ticked filters', async () => {
    const region = graph.regions.find((r) => r.id !== 'niedersachsen' && graph.contacts.filter((c) => c.regions.some((x) => x.id === r.id)).length >= 2)!;
    const contacts = graph.contacts.filter((c) => c.regions.some((r) => r.id === region.id));
    const opened = await openPage(browser, server.origin, '/suche/', { contextOptions: phone });
    try {
      const { page } = opened;
      const art = page.locator('summary', { hasText: /^Art$/ });
      await art.waitFor({ state: 'visible', timeout: 10_000 });
      await art.focus();
      await page.keyboard.press('Enter'); // opens the group (closed on phones)
      const box = page.getByRole('checkbox', { name: /^Kontakt \(\d+\)$/ });
      await box.focus();
      await page.keyboard.press('Space');
      await expect.poll(() => new URL(page.url()).searchParams.getAll('Art')).toEqual(['Kontakt']);
      await expect.poll(() => page.locator('[data-search-status]').textContent()).toBe(`${graph.contacts.length} Ergebnisse.`);
      // Focus stays on the ticked box; the Region counts now count contacts only.
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('Kontakt');
      const regionSummary = page.locator('summary', { hasText: /^Region$/ });
      await regionSummary.focus();
      await page.keyboard.press('Enter');
      const regionBox = page.getByRole('checkbox', { name: new RegExp(`^${region.label.replace(/[()]/g, '\\$&')} \\((\\d+)\\)$`) });
      expect(await regionBox.getAttribute('value')).toBe(region.label);
      const label = await page.locator(`label[for="${await regionBox.getAttribute('id')}"]`).textContent();
      expect(label).toBe(`${region.label} (${contacts.length})`);
      await regionBox.focus();
      await page.keyboard.press('Space');
      await expect.poll(() => page.locator('[data-search-status]').textContent()).toBe(`${contacts.length} Ergebnisse.`);
      const urls = await page.locator('[data-search-results] li h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(urls.sort()).toEqual(contacts.map((c) => c.url).sort());
      // Values of the same group add up: the Art counts ignore the Art tick but follow the Region tick.
      const helpBox = page.getByRole('checkbox', { name: /^Hilfe vor Ort \(\d+\)$/ });
      expect(await helpBox.count()).toBe(1);
      expect(await page.locator(`label[for="${await helpBox.getAttribute('id')}"]`).textContent()).toBe('Hilfe vor Ort (1)');
    } finally {
      await opened.close();
    }
  });

  it('says which filters to remove when the filters leave nothing, and removing one brings results back', async () => {
    const region = graph.regions.find(
      (r) => r.id !== 'niedersachsen' && !graph.materials.some((m) => m.regions.some((x) => x.id === r.id)) && graph.contacts.some((c) => c.regions.some((x) => x.id === r.id)),
    )!;
    const url = `/suche/?q=Beratung&Art=Material&Region=${encodeURIComponent(region.label)}`;
    const opened = await openPage(browser, server.origin, url);
    try {
      const { page } = opened;
      const box = page.locator('[data-search-filtered]');
      await box.waitFor({ state: 'visible', timeout: 10_000 });
      expect(await page.locator('[data-search-status]').textContent()).toBe('Keine Ergebnisse für „Beratung“ mit den gewählten Filtern.');
      expect(await box.getByRole('button').allTextContents()).toEqual(['Art: Material entfernen', `Region: ${region.label} entfernen`]);
      expect(await page.locator('[data-search-empty]').isHidden()).toBe(true);
      const axe = await runAxe(page);
      expect(axe.violations.length, formatAxeViolations(url, axe.violations)).toBe(0);
      await box.getByRole('button', { name: 'Art: Material entfernen' }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('[data-search-results] li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
      expect(new URL(page.url()).searchParams.getAll('Art')).toEqual([]);
      expect(new URL(page.url()).searchParams.getAll('Region')).toEqual([region.label]);
      expect(await box.isHidden()).toBe(true);
    } finally {
      await opened.close();
    }
  });

  it('shows the "Beispieleintrag" badge on example entries only, like the lists', async () => {
    const example = graph.entries.find((e) => e.data.example)!;
    const real = graph.entries.find((e) => !e.data.example)!;
    for (const [entry, badge] of [
      [example, 1],
      [real, 0],
    ] as const) {
      const opened = await openPage(browser, server.origin, `/suche/?q=${encodeURIComponent(entry.data.title)}`);
      try {
        const item = opened.page.locator('[data-search-results] li', { has: opened.page.locator(`a[href="${entry.url}"]`) });
        await item.waitFor({ state: 'visible', timeout: 10_000 });
        expect(await item.locator('.gsn-tag--example').count(), entry.url).toBe(badge);
        if (badge) expect(await item.locator('.gsn-tag--example').textContent()).toBe('Beispieleintrag');
      } finally {
        await opened.close();
      }
    }
  });

  it('has 0 axe violations with results and filters, and no CSP violations', async () => {
    const opened = await openPage(browser, server.origin, '/suche/?q=Celle&Art=Kontakt');
    try {
      const { page } = opened;
      await expect.poll(() => page.locator('[data-search-results] li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
      await settle(page);
      const axe = await runAxe(page);
      expect(axe.violations.length, formatAxeViolations('/suche/?q=Celle&Art=Kontakt', axe.violations)).toBe(0);
      expect(opened.record.cspViolations).toEqual([]);
      expect(opened.record.consoleErrors).toEqual([]);
      expect(opened.record.pageErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
