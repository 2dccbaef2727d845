/**
 * Listings split by weight (issue 16): a content folder of long contact cards (long titles and
 * summaries, person, phone, fax, e-mail, website, address, hours, languages), all in one Kreis and
 * one topic, rendered through the real page loop. Every listing page it yields stays within the
 * 60 KB bar, and each list's pages together show every entry exactly once. With the real
 * translations: the translated Kreis help pages (/<lang>/hilfe/<kreis>/) split the same way,
 * weighed by their translated cards, with the navigation in the page's language.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { allPages } from '../../_includes/pages/index.ts';
import { renderPage } from '../../_includes/pages/page-type.ts';
import { CARD_BUDGET, FRAME_BYTES, paginate, PAGE_TARGET } from '../../_includes/lib/paging.ts';
import { listingCardBytes } from '../../_includes/components/card-weight.ts';
import { loadContent, type ContentGraph, type Entry } from '../../src/content/index.ts';
import { fill } from '../../src/i18n/strings.ts';
import { latin1Html } from '../../src/text/html.ts';
import { PROJECT_ROOT } from '../support/server.ts';

const KB = 1024;
const SECTIONS = ['beratungsstelle', 'biss', 'polizei', 'jugendamt'] as const;

/** A contact with every field a card shows filled to near its limit. */
function longContact(i: number): Record<string, unknown> {
  const n = String(i + 1).padStart(2, '0');
  return {
    title: `Beratungsstelle für Betroffene häuslicher Gewalt und ihre Kinder im Landkreis Celle, Außenstelle und Sprechstunde Nr. ${n}`.slice(0, 120),
    summary:
      `Vertrauliche, kostenlose und auf Wunsch anonyme Beratung für Frauen, Männer und Kinder, die zu Hause Gewalt erleben: Krisenintervention, Begleitung zu Polizei und Gericht, Schutzanordnungen nach dem Gewaltschutzgesetz, Vermittlung ins Frauenhaus und Hilfe bei allen weiteren Schritten, Stelle ${n}.`.slice(
        0,
        300,
      ),
    regions: ['landkreis-celle'],
    topics: ['gewaltschutzgesetz'],
    reviewed: '2026-10-01',
    example: true,
    kind: SECTIONS[i % SECTIONS.length],
    organization: 'Beispielverein für Gewaltschutz, Prävention und Opferhilfe im Landkreis Celle e. V.',
    person: 'Dr. Annegret Musterfrau-Beispielhausen und Team',
    phone: `030 23125 ${String(100 + i).padStart(3, '0')}`,
    fax: `030 23125 ${String(500 + i).padStart(3, '0')}`,
    email: `beratung-aussenstelle-${n}@example.org`,
    website: `https://beispiel-beratung-celle.example.org/aussenstellen/${n}/`,
    address: { street: 'Musterstraße 123', postcode: '29221', city: 'Celle' },
    hours: 'Montag bis Donnerstag 8:30–16:30 Uhr, Freitag 8:30–13 Uhr, telefonische Sprechstunde Dienstag 17–19 Uhr, Termine nach Vereinbarung',
    languages: ['de', 'en', 'tr', 'ar', 'ru', 'uk', 'fa'],
  };
}

const LISTING_PAGES = new Set([
  'contacts-by-region',
  'contacts-a-z',
  'a-z-letter',
  'region',
  'region-type',
  'topic',
  'topic-type',
  'help-region',
  'help-section',
  'lang-help-region',
  'lang-help-section',
]);
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A content folder of `count` long contacts, loaded, and every page of the listing kinds rendered: url → written HTML. */
function longCardSite(count: number): { graph: ContentGraph; written: Map<string, string> } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gsn-listing-split-'));
  dirs.push(dir);
  cpSync(path.join(PROJECT_ROOT, 'content', 'vocabularies'), path.join(dir, 'vocabularies'), { recursive: true });
  cpSync(path.join(PROJECT_ROOT, 'content', 'translations'), path.join(dir, 'translations'), { recursive: true });
  mkdirSync(path.join(dir, 'contacts'));
  for (let i = 0; i < count; i++) {
    writeFileSync(path.join(dir, 'contacts', `aussenstelle-${i + 1}.md`), `---\n${stringify(longContact(i))}---\n\nBeratung und Begleitung.\n`);
  }
  const result = loadContent({ dir });
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  const written = new Map<string, string>();
  for (const { url, page, item } of allPages(result.graph, (page) => LISTING_PAGES.has(page.name))) written.set(url, renderPage(page, item, result.graph));
  return { graph: result.graph, written };
}

/** Entry addresses linked from the cards of a page (a card's title links to its entry). */
const cardLinks = (html: string) => [...html.matchAll(/<a class="kern-link gsn-card__link" href="([^"]+)"/g)].map((m) => m[1]!);

// 45: what the old count rule kept on one page; 58: split by either rule; 180: sections of several pages.
describe.each([45, 58, 180])('a listing of %i long contact cards', (count) => {
  let graph: ContentGraph;
  let written: Map<string, string>;
  beforeAll(() => ({ graph, written } = longCardSite(count)));
  /** A list's pages: its first page and every `seite-n/` below it. */
  const listPages = (base: string) => [...written.keys()].filter((url) => url === base || new RegExp(`^${base}seite-\\d+/$`).test(url));

  it('the cards are long: 45 of them (the old one-page count) do not fit one page', () => {
    const weights = graph.contacts.map((c) => listingCardBytes(c));
    expect(Math.min(...weights)).toBeGreaterThan(KB);
    expect(weights.slice(0, 45).reduce((a, b) => a + b, 0)).toBeGreaterThan(CARD_BUDGET);
  });

  it('every listing page is at most 60 KB', () => {
    expect(written.size).toBeGreaterThan(10);
    const over = [...written].map(([url, html]) => ({ url, bytes: Buffer.byteLength(html) })).filter((page) => page.bytes > 60 * KB);
    expect(over).toEqual([]);
  });

  it.each([
    ['/regionen/landkreis-celle/kontakte/', () => graph.contacts],
    ['/themen/gewaltschutzgesetz/kontakte/', () => graph.contacts],
    ['/kontakte/a-z/b/', () => graph.contacts],
    ['/hilfe/landkreis-celle/beratung/', () => graph.contacts.filter((c) => c.data.kind === 'beratungsstelle')],
  ] as const)('%s: numbered pages that together show every entry exactly once', (base, expected) => {
    const urls = listPages(base);
    const shown = urls.flatMap((url) => cardLinks(written.get(url)!));
    const want = (expected() as readonly Entry[]).map((entry) => entry.url);
    if (want.length * 1.2 * KB > CARD_BUDGET) expect(urls.length, base).toBeGreaterThan(1);
    expect([...shown].sort()).toEqual([...want].sort());
    for (const url of urls.slice(1)) expect(written.get(url), url).toMatch(new RegExp(`<title>[^<]*Seite \\d+ von ${urls.length}`));
  });

  it('translated Kreis help pages: split, every contact exactly once within one click of /<lang>/hilfe/<kreis>/, navigation in the page language', () => {
    expect(graph.translations?.length).toBe(8);
    for (const t of graph.translations!) {
      const ui = t.strings;
      const kreis = `/${t.language.code}/hilfe/landkreis-celle/`;
      const overview = written.get(kreis)!;
      const sectionPages = [...written.keys()].filter((url) => url.startsWith(kreis) && url !== kreis);
      // As the German page: too long for one page, so an overview without local cards.
      expect(sectionPages.length, kreis).toBeGreaterThanOrEqual(SECTIONS.length);
      expect(cardLinks(overview), kreis).toEqual([]);
      for (const url of sectionPages) expect(overview, `${kreis} links ${url}`).toContain(`href="${url}"`);
      if (count > 150) expect(sectionPages.filter((url) => url.endsWith('/seite-2/')).length, kreis).toBeGreaterThan(0);
      const shown = sectionPages.flatMap((url) => cardLinks(written.get(url)!));
      expect(shown.sort(), kreis).toEqual(graph.contacts.map((c) => c.url).sort());
      for (const url of sectionPages) {
        const html = written.get(url)!;
        expect(html, url).toContain(`<html lang="${t.language.code}"`);
        expect(html, url).not.toMatch(/Vorherige Seite|Nächste Seite|aria-label="Seiten"/);
        const match = /seite-(\d+)\/$/.exec(url);
        if (match) {
          const total = sectionPages.filter((other) => other.startsWith(url.replace(/seite-\d+\/$/, ''))).length;
          // Written as the page writes letters beyond Latin-1: numeric references.
          expect(html, url).toContain(latin1Html(fill(ui.page_of!, { number: match[1]!, total: String(total) })));
          expect(html, url).toContain(`<nav class="gsn-pagination" aria-label="${latin1Html(ui.pages_label!)}">`);
        }
      }
    }
  });

  it('the overviews link to every numbered page', () => {
    const overview = written.get('/regionen/landkreis-celle/')!;
    for (const url of listPages('/regionen/landkreis-celle/kontakte/')) expect(overview).toContain(`href="${url}"`);
  });
});

describe('paginate', () => {
  const weigh = (w: number) => w;

  it('keeps a list that fits on one page, the folder itself', () => {
    expect(paginate('/x/', [1000, 2000], weigh)).toEqual([{ base: '/x/', url: '/x/', number: 1, total: 1, first: 1, items: [1000, 2000] }]);
    expect(paginate('/x/', [], weigh)).toHaveLength(1);
  });

  it('fills pages in order up to the budget; each item once; a card above the budget gets its own page', () => {
    const items = [400, 400, 300, 900, 100, 1200, 50];
    const pages = paginate('/x/', items, weigh, 1000);
    expect(pages.map((p) => p.items)).toEqual([[400, 400], [300], [900, 100], [1200], [50]]);
    expect(pages.map((p) => p.url)).toEqual(['/x/', '/x/seite-2/', '/x/seite-3/', '/x/seite-4/', '/x/seite-5/']);
    expect(pages.map((p) => p.first)).toEqual([1, 3, 4, 6, 7]);
    expect(pages.every((p) => p.total === 5)).toBe(true);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
  });

  it('aims below the 60 KB bar', () => {
    expect(PAGE_TARGET).toBeLessThanOrEqual(55 * KB);
    expect(CARD_BUDGET + FRAME_BYTES).toBe(PAGE_TARGET);
  });
});
