/**
 * Issue #19 in the built site: every published language is linked both ways (hreflang and the
 * switcher on the German home and /hilfe/), listed in the sitemap, answers unknown addresses with
 * its own 404; the Arabic-script stylesheet reaches only ar/fa pages; German pages other than the
 * translated ones are unchanged (no alternates, no extra stylesheet).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, inject, it } from 'vitest';
import { languages } from '../../src/i18n/languages.ts';
import { listHtmlPages, urlOfFile } from '../support/site.ts';

const siteDir = inject('siteDir');
const read = (rel: string) => readFileSync(path.join(siteDir, rel), 'utf8');
const published = languages.filter((l) => existsSync(path.join(siteDir, l.code, 'index.html')));
const germanStrings = load(readFileSync('content/translations/de/strings.yml', 'utf8')) as Record<string, string>;
/** Entities back to characters (pages are written Latin-1 with numeric references). */
const text = (html: string) =>
  html
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
const alternates = (html: string) => [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="https?:\/\/[^/]+([^"]*)"\s*\/?>/g)].map((m) => [m[1], m[2]]);

describe('translations in the built site', () => {
  it('English is published (its pages are in the repository)', () => {
    expect(published.map((l) => l.code)).toContain('en');
  });

  it.each(published.map((l) => ({ ...l })))('$code: start, help, 45 Kreis pages, safety, search and 404 exist', (language) => {
    for (const rel of ['index.html', 'hilfe/index.html', 'sicherheit/index.html', 'suche/index.html', '404.html']) expect(existsSync(path.join(siteDir, language.code, rel)), rel).toBe(true);
    const kreise = listHtmlPages(siteDir).filter((rel) => new RegExp(`^${language.code}/hilfe/[^/]+/index\\.html$`).test(rel));
    expect(kreise.length).toBe(listHtmlPages(siteDir).filter((rel) => /^hilfe\/(landkreis|stadt|region)[^/]*\/index\.html$/.test(rel)).length);
    expect(kreise.length).toBeGreaterThanOrEqual(45);
  });

  it.each(['index.html', 'hilfe/index.html'])('the German %s links every language in one step, named in itself', (rel) => {
    const html = text(read(rel));
    const germanUrl = urlOfFile(rel);
    for (const l of published) {
      expect(html).toContain(`href="/${l.code}${germanUrl}" hreflang="${l.code}" lang="${l.code}" dir="${l.dir}">${l.name}</a>`);
    }
  });

  it('hreflang alternates go both ways, with x-default on the German page', () => {
    for (const germanUrl of ['/', '/hilfe/', '/sicherheit/', '/hilfe/landkreis-celle/']) {
      const germanRel = germanUrl === '/' ? 'index.html' : `${germanUrl.slice(1)}index.html`;
      const expected = [['de', germanUrl], ...published.map((l) => [l.code, `/${l.code}${germanUrl}`]), ['x-default', germanUrl]];
      expect(alternates(read(germanRel)), germanUrl).toEqual(expected);
      for (const l of published) expect(alternates(read(`${l.code}${germanUrl}index.html`)), `/${l.code}${germanUrl}`).toEqual(expected);
    }
  });

  it('the sitemap lists every version; the 404 pages are not in it', () => {
    const sitemap = read('sitemap.xml');
    for (const l of published) {
      for (const url of [`/${l.code}/`, `/${l.code}/hilfe/`, `/${l.code}/sicherheit/`, `/${l.code}/hilfe/landkreis-celle/`]) expect(sitemap).toContain(`${url}</loc>`);
      expect(sitemap).not.toContain(`/${l.code}/404.html`);
    }
  });

  it('Netlify answers unknown addresses below /<lang>/ with that language’s 404 page', () => {
    const redirects = read('_redirects').split('\n');
    for (const l of published) expect(redirects).toContain(`/${l.code}/*  /${l.code}/404.html  404`);
  });

  it('the Arabic-script fonts are linked only from ar/fa pages; German pages stay as they were', () => {
    const rtl = new Set<string>(languages.filter((l) => l.dir === 'rtl').map((l) => l.code));
    for (const rel of listHtmlPages(siteDir)) {
      const html = read(rel);
      expect(html.includes('/assets/arabic.css'), rel).toBe(rtl.has(rel.split('/')[0]!));
    }
    expect(read('assets/site.css')).not.toContain('Noto Sans Arabic');
    const entry = listHtmlPages(siteDir).find((rel) => rel.startsWith('kontakte/') && rel !== 'kontakte/index.html')!;
    expect(read(entry)).not.toContain('hreflang');
    expect(read(entry)).toMatch(/^<!DOCTYPE html>\s*<html lang="de"\s*>/);
  });

  it('an unreviewed translation shows the notice in its own language, pointing to 116 016', () => {
    const en = text(read('en/hilfe/index.html'));
    const ui = load(readFileSync('content/translations/en/strings.yml', 'utf8')) as Record<string, string>;
    const reviewed = /^reviewed_by:/m.test(readFileSync('content/translations/en/hilfe.md', 'utf8'));
    expect(en.includes(ui.not_reviewed_title!)).toBe(!reviewed);
    if (!reviewed) expect(en).toMatch(/<a class="kern-link" href="tel:116016" dir="ltr">116.016<\/a>/);
  });

  it('the German reference table says what the German pages say (quick exit, emergency strip, skip link)', () => {
    const home = text(read('index.html'));
    for (const key of ['skip_link', 'exit_label', 'exit_hint', 'exit_region', 'emergency_region', 'emergency_lead', 'emergency_note', 'emergency_box_title']) {
      expect(home, key).toContain(germanStrings[key]);
    }
    // esbuild writes non-ASCII in the minified script as \xFC escapes.
    const script = read('assets/js/quick-exit.js').replace(/\\x([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    expect(script).toContain(germanStrings.exit_shift_1);
  });
});

/** The word for postcode in each language (and the German one the texts quote). */
const POSTCODE: Record<string, RegExp> = {
  en: /post ?code|postal code|zip code/i,
  tr: /posta kod/i,
  ar: /الرمز البريدي/,
  ru: /почтов\S* индекс/i,
  uk: /поштов\S* індекс/i,
  fa: /کد پستی/,
  pl: /kod\S* pocztow/i,
  ro: /cod\S* poștal/i,
};

describe('translated pages promise only what /<lang>/hilfe/ offers (tester, issue #19)', () => {
  it.each(published.map((l) => ({ ...l })))('$code: no postcode search is promised unless the help page has a finder form', (language) => {
    const help = read(`${language.code}/hilfe/index.html`);
    if (help.includes('data-finder')) return;
    for (const rel of ['index.html', 'hilfe/index.html']) {
      const page = text(read(`${language.code}/${rel}`));
      expect(page, `${language.code}/${rel}`).not.toMatch(/Postleitzahl|\bPLZ\b/);
      expect(page, `${language.code}/${rel}`).not.toMatch(POSTCODE[language.code]!);
    }
    // What the texts promise instead must be there: a list of the Kreise.
    expect(help).toMatch(new RegExp(`href="/${language.code}/hilfe/(landkreis|stadt|region)`));
  });
});

describe('German parts of /<lang>/hilfe/<kreis>/ are marked (tester, issue #19: hreflang, note, WCAG 3.1.2)', () => {
  it.each(published.map((l) => ({ ...l })))('$code: contact links say their page is German; names, summaries, hours and the region are lang="de"', (language) => {
    const ui = load(readFileSync(`content/translations/${language.code}/strings.yml`, 'utf8')) as Record<string, string>;
    const html = read(`${language.code}/hilfe/landkreis-celle/index.html`);
    const links = [...html.matchAll(/<a [^>]*href="\/kontakte\/[^"]*"[^>]*>([\s\S]*?)<\/a>/g)];
    expect(links.length).toBeGreaterThan(3);
    for (const [link, inner] of links) {
      expect(link).toContain('hreflang="de"');
      expect(inner).toMatch(/^<span lang="de" dir="ltr">/);
      expect(text(inner!)).toContain(`(${ui.card_in_german})`);
    }
    const summaries = [...html.matchAll(/<p class="gsn-card__summary"([^>]*)>/g)];
    expect(summaries.length).toBe(links.length);
    for (const [, attrs] of summaries) expect(attrs).toBe(' lang="de" dir="ltr"');
    expect(html).toMatch(/<h1 [^>]*>[^<]*<span lang="de" dir="ltr">Landkreis Celle<\/span>/);
    expect(html.match(/<nav class="gsn-breadcrumbs"[\s\S]*?<\/nav>/)?.[0]).toMatch(/<a [^>]*lang="de" dir="ltr">Landkreis Celle<\/a>/);
    // Opening hours, where a card shows them, follow their label as German text.
    for (const [, after] of html.matchAll(/<span class="gsn-reach__label">[^<]*<\/span> (<span[^>]*>)/g)) expect(after).toBe('<span lang="de" dir="ltr">');
  });
});

describe('German pages with translations link them both ways (tester, issue #19)', () => {
  it.each(['suche/index.html', 'sicherheit/index.html', 'hilfe/landkreis-celle/index.html'])('%s names every language as an hreflang alternate', (rel) => {
    const germanUrl = urlOfFile(rel);
    const found = alternates(read(rel));
    for (const language of published) expect(found, rel).toContainEqual([language.code, `/${language.code}${germanUrl}`]);
    for (const language of published) expect(alternates(read(`${language.code}/${rel}`)), language.code).toContainEqual(['de', germanUrl]);
  });

  it.each(['sicherheit/index.html', 'hilfe/landkreis-celle/index.html'])('%s shows the language switcher, like /hilfe/', (rel) => {
    const html = read(rel);
    const nav = html.match(/<nav class="gsn-languages"[\s\S]*?<\/nav>/)?.[0] ?? '';
    for (const language of published) expect(nav, `${rel} → ${language.code}`).toContain(`href="/${language.code}${urlOfFile(rel)}"`);
  });
});
