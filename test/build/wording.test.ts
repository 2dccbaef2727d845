/**
 * German as a visitor reads it on the built pages (issue 18): region names with their article
 * and preposition, the publisher in the genitive, "Soforthilfe", the listing counts with their
 * numbers, regions sorted by the name people look for, and numbers and legal references that
 * never break inside (non-breaking spaces set when rendering).
 */
import { DomUtils } from 'htmlparser2';
import { describe, expect, inject, it } from 'vitest';
import { keepTogether } from '../../src/text/typeset.ts';
import { byTag, first, loadPages, textOf, type BuiltPage } from '../support/html.ts';

const siteDir = inject('siteDir');
const pages = loadPages(siteDir);
const page = (url: string): BuiltPage => {
  const found = pages.find((p) => p.url === url);
  if (!found) throw new Error(`${url} was not built`);
  return found;
};
const h1 = (url: string) => textOf(byTag(page(url).doc, 'h1')[0]!);
/** Visible text with non-breaking spaces kept (textOf folds them into spaces). */
const rawText = (p: BuiltPage) => DomUtils.textContent(first(p.doc, (el) => el.name === 'body')!);

describe('regions in sentences', () => {
  it.each([
    ['/hilfe/landkreis-celle/', 'Hilfe im Landkreis Celle'],
    ['/hilfe/region-hannover/', 'Hilfe in der Region Hannover'],
    ['/hilfe/stadt-oldenburg/', 'Hilfe in der Stadt Oldenburg (Oldb)'],
    ['/hilfe/landkreis-heidekreis/', 'Hilfe im Heidekreis'],
  ])('%s is headed "%s"', (url, heading) => {
    expect(h1(url)).toBe(heading);
    expect(textOf(first(page(url).doc, (el) => el.name === 'title')!)).toContain(heading);
  });

  it('no page says "in/für Landkreis …", "in Region …", "in Stadt …" or "in Heidekreis" without the article', () => {
    const bad = /\b(?:in|für|Für) (?:Landkreis|Region|Stadt|Heidekreis)\b(?! und)/;
    const offenders = pages.filter((p) => bad.test(textOf(p.doc))).map((p) => `${p.url}: ${textOf(p.doc).match(bad)![0]}`);
    expect(offenders).toEqual([]);
  });

  it('a region page counts its entries "für den Landkreis …" and offers help "im Landkreis …"', () => {
    const text = textOf(page('/regionen/landkreis-friesland/').doc);
    expect(text).toMatch(/\d+ Einträge? für den Landkreis Friesland\./);
    expect(text).toContain('Hilfe im Landkreis Friesland finden');
  });

  it('the footer names the publisher in the genitive and the emergency box says "Soforthilfe"', () => {
    const text = textOf(page('/').doc);
    expect(text).toContain('ein Angebot des Koordinationsprojekts Häusliche Gewalt beim Landespräventionsrat Niedersachsen');
    expect(text).toContain('Soforthilfe');
    expect(pages.filter((p) => /Sofort Hilfe|des Koordinationsprojekt /.test(textOf(p.doc))).map((p) => p.url)).toEqual([]);
  });

  it('listing counts give every number: "30 Kontakte, davon 4 landesweit, die übrigen in 28 Landkreisen und Städten"', () => {
    for (const url of ['/kontakte/', '/initiativen/', '/netzwerke/', '/materialien/', '/kontakte/a-z/']) {
      const count = textOf(first(page(url).doc, (el) => el.attribs?.class === 'gsn-count')!);
      expect(count, url).toMatch(
        /^\d+ \S+(?:, davon \d+ landesweit(?:, die übrigen in \d+ (?:Landkreisen und Städten|Landkreis oder Stadt))?| in \d+ (?:Landkreisen und Städten|Landkreis oder Stadt))?$/,
      );
      expect(count, url).not.toContain('(davon landesweit)');
    }
  });
});

describe('regions sorted by the name people look for', () => {
  const order = (url: string, selector: (el: { name: string; attribs: Record<string, string> }) => boolean) =>
    DomUtils.findAll((el) => el.name === 'a' && selector(el), page(url).doc.children).map((a) => textOf(a).replace(/\s*\(\d+\)$/, ''));
  const lookup = (name: string) => name.replace(/^(Landkreis|Region|Stadt) /, '');
  const collator = new Intl.Collator('de');
  const expectSorted = (names: string[], where: string) => {
    expect(names.length, where).toBeGreaterThan(3);
    const keys = names.map(lookup);
    expect(keys, where).toEqual([...keys].sort(collator.compare));
  };

  it('the jump list of /kontakte/: Landesweit first, then Ammerland, Aurich, … with Heidekreis under H', () => {
    const jump = DomUtils.findAll((el) => el.name === 'nav' && el.attribs.class === 'gsn-jump', page('/kontakte/').doc.children)[0]!;
    const names = DomUtils.findAll((el) => el.name === 'a', jump.children).map((a) => textOf(a).replace(/\s*\(\d+\)$/, ''));
    expect(names[0]).toBe('Landesweit');
    expect(names[1]).toBe('Landkreis Ammerland');
    expectSorted(names.slice(1), '/kontakte/ jump list');
  });

  it('the region chooser of /hilfe/ and the lists of /regionen/ follow the same order', () => {
    // The chooser's links; the map's shapes (links inside the SVG, named by aria-label) follow the map's own order.
    const inMap = (a: object) => {
      for (let el = (a as { parent?: unknown }).parent as { name?: string; parent?: unknown } | null | undefined; el; el = el.parent as typeof el) if (el.name === 'svg') return true;
      return false;
    };
    expectSorted(
      order('/hilfe/', (a) => !!a.attribs.href?.startsWith('/hilfe/') && a.attribs.href !== '/hilfe/' && !inMap(a)),
      '/hilfe/',
    );
    const regionen = page('/regionen/');
    for (const section of DomUtils.findAll((el) => el.name === 'ul' && el.attribs.class === 'gsn-region-list', regionen.doc.children).slice(1)) {
      expectSorted(DomUtils.findAll((el) => el.name === 'a', section.children).map(textOf), '/regionen/');
    }
  });
});

describe('numbers and legal references never break inside', () => {
  it('keepTogether sets U+00A0 in numbers, after § and in "Abs. 2", but not in tags or JSON-LD', () => {
    expect(keepTogether('<p>Ruf 116 016 an, § 238 Abs. 2 Satz 1 StGB, §§ 1 ff.</p>')).toBe('<p>Ruf 116\u00a0016 an, §\u00a0238 Abs.\u00a02 Satz\u00a01 StGB, §§\u00a01 ff.</p>');
    expect(keepTogether('<a title="116 016">x</a>')).toBe('<a title="116 016">x</a>');
    expect(keepTogether('<script type="application/ld+json">{"name":"§ 238"}</script>')).toBe('<script type="application/ld+json">{"name":"§ 238"}</script>');
  });

  it('no built page has a breakable space inside "116 016", after "§" or in "Abs. N"', () => {
    const breakable = /\d \d|§ \d|\b(?:Abs|Nr|Art)\. \d/;
    const offenders = pages.filter((p) => breakable.test(rawText(p))).map((p) => `${p.url}: …${rawText(p).match(breakable)![0]}…`);
    expect(offenders).toEqual([]);
    expect(rawText(page('/'))).toContain('116\u00a0016');
    expect(rawText(page('/materialien/stgb-238-nachstellung/'))).toContain('§\u00a0238');
  });
});
