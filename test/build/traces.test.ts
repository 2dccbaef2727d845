/**
 * Downloads and traces (issue 18): saved contacts and downloaded files leave traces, and the
 * pages say so where the visitor saves them; services whose name can endanger offer a neutral
 * vCard (name "Kontakt", phone only); /sicherheit/ tells the truth about the quick exit with and
 * without JavaScript; vCard CATEGORIES name each label once.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { DomUtils } from 'htmlparser2';
import { describe, expect, inject, it } from 'vitest';
import { loadPages, textOf, type BuiltPage } from '../support/html.ts';
import { listFiles } from '../support/site.ts';

const siteDir = inject('siteDir');
const pages = loadPages(siteDir);
const contactPages = pages.filter((p) => /^\/kontakte\/[a-z0-9-]+\/$/.test(p.url) && p.url !== '/kontakte/a-z/');
const links = (page: BuiltPage, test: (href: string) => boolean) => DomUtils.findAll((el) => el.name === 'a' && test(el.attribs.href ?? ''), page.doc.children);
const note = (page: BuiltPage) =>
  DomUtils.findAll((el) => (el.attribs?.class ?? '').split(' ').includes('gsn-trace-note'), page.doc.children)
    .map(textOf)
    .join(' ');
const kindOf = (page: BuiltPage) => textOf(DomUtils.findOne((el) => el.name === 'dd', page.doc.children)!);

describe('saved contacts', () => {
  it('every contact page says next to "Kontakt speichern" that the address book may sync', () => {
    expect(contactPages.length).toBeGreaterThan(10);
    for (const page of contactPages) {
      expect(links(page, (href) => href.endsWith('.vcf')).length, page.url).toBeGreaterThan(0);
      expect(note(page), page.url).toMatch(/Adressbuch.*abgeglichen/);
    }
  });

  it('a Frauenhaus (and BISS, Beratungsstelle, Hilfetelefon) offers a neutral vCard: name "Kontakt", the phone number, nothing that names the service', () => {
    const shelters = contactPages.filter((page) => kindOf(page) === 'Frauenhaus');
    expect(shelters.length).toBeGreaterThan(0);
    for (const page of contactPages) {
      const neutral = links(page, (href) => href.endsWith('/kontakt.vcf'));
      if (['Frauenhaus', 'BISS', 'Beratungs- und Interventionsstelle (BISS)', 'Beratungsstelle', 'Hilfetelefon'].includes(kindOf(page)) && links(page, (h) => h.startsWith('tel:')).length) {
        expect(neutral.length, page.url).toBe(1);
      }
      for (const link of neutral) {
        expect(link.attribs.download).toBe('kontakt.vcf');
        const file = path.join(siteDir, link.attribs.href!);
        expect(existsSync(file), file).toBe(true);
        const text = readFileSync(file, 'utf8');
        const card = new ICAL.Component(ICAL.parse(text) as unknown as unknown[]);
        expect(card.getFirstPropertyValue('fn')).toBe('Kontakt');
        expect(String(card.getFirstPropertyValue('tel'))).toMatch(/^tel:\+?\d+(;phone-context=\+49)?$/);
        expect(
          card
            .getAllProperties()
            .map((p) => p.name)
            .sort(),
        ).toEqual(['fn', 'n', 'tel', 'version']);
        expect(text).not.toMatch(/frauenhaus|beratung|gewalt|hilfe|@/i);
      }
    }
  });

  it('no vCard repeats a category (kind and topic "Täterarbeit")', () => {
    const cards = listFiles(siteDir, (rel) => rel.endsWith('.vcf') && !rel.endsWith('/kontakt.vcf'));
    expect(cards.length).toBeGreaterThan(10);
    for (const rel of cards) {
      const categories =
        readFileSync(path.join(siteDir, rel), 'utf8')
          .replace(/\r\n /g, '')
          .match(/^CATEGORIES:(.*)$/m)?.[1]
          ?.split(/(?<!\\),/) ?? [];
      expect(categories, rel).toEqual([...new Set(categories)]);
    }
  });
});

describe('downloaded files', () => {
  it('material for people affected says the file stays in Downloads', () => {
    const materials = pages.filter((p) => p.url.startsWith('/materialien/') && links(p, (href) => href.startsWith('/materialien/dateien/') || href.endsWith('.pdf')).length > 0);
    const audience = (p: BuiltPage) => {
      const key = DomUtils.findOne((el) => el.name === 'dt' && textOf(el) === 'Zielgruppe', p.doc.children);
      return key ? textOf(DomUtils.nextElementSibling(key)!) : '';
    };
    const forAffected = materials.filter((p) => audience(p).includes('Betroffene'));
    expect(forAffected.length).toBeGreaterThan(0);
    for (const page of forAffected) expect(note(page), page.url).toMatch(/Downloads/);
  });
});

describe('/sicherheit/', () => {
  const text = textOf(pages.find((p) => p.url === '/sicherheit/')!.doc);
  it('says what the quick exit does with and without JavaScript', () => {
    expect(text).toMatch(/JavaScript in Ihrem Browser eingeschaltet[^.]*ersetzt der Knopf die aktuelle Seite/);
    expect(text).toMatch(/JavaScript ausgeschaltet oder blockiert, ist der Knopf ein gewöhnlicher Link[^.]*wieder genau auf die Seite/);
  });
  it('warns about downloads and saved contacts', () => {
    expect(text).toContain('Downloads und gespeicherte Kontakte');
    expect(text).toMatch(/Adressbücher werden oft mit anderen Geräten und Konten abgeglichen/);
  });
});
