/**
 * Issue 16 §1: the fonts are Fira Sans subsets, and no page shows a character they lack.
 * The shipped files are read with fontkit (their real character maps, not the declared ranges).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, inject, it } from 'vitest';
import { codePointsOf, fontFiles, fontSubsets, preloadFont, sourceOf } from '../../src/site/eleventy/fonts.ts';
import { allElements, byTag, loadPages, type Element } from '../support/html.ts';
import { PROJECT_ROOT } from '../support/server.ts';
import { arabicFontFiles, arabicRanges } from '../../src/site/eleventy/arabic-fonts.ts';

const siteDir = inject('siteDir');
const fontsDir = path.join(siteDir, 'assets', 'fonts');
const KB = 1024;

/** Code points a font file really covers (by default one shipped in /assets/fonts/). */
function characterSet(file: string, dir = fontsDir): Set<number> {
  const font = fontkit.openSync(path.join(dir, file)) as fontkit.Font;
  return new Set(font.characterSet);
}

/** Text a visitor sees on a page: text nodes outside script/style and outside elements in another language. */
function visibleText(root: Element): string {
  let out = '';
  for (const child of root.children) {
    if (child.type === 'text') out += (child as unknown as { data: string }).data;
    else if ('name' in child) {
      const el = child as Element;
      if (el.name === 'script' || el.name === 'style' || el.name === 'template') continue;
      // Text marked as another language (a language's own name) may use another script: the
      // browser takes a system font for it, as it should.
      if (el.attribs.lang && !/^de\b/.test(el.attribs.lang)) continue;
      out += visibleText(el);
    }
  }
  return out;
}

describe('fonts', () => {
  const files = readdirSync(fontsDir).sort();
  const shipped = fontFiles(PROJECT_ROOT);

  it('ships exactly the subset files the stylesheet declares, each small', () => {
    expect(files).toEqual([...shipped, ...arabicFontFiles(PROJECT_ROOT)].map((f) => f.file).sort());
    const css = readFileSync(path.join(siteDir, 'assets', 'site.css'), 'utf8');
    // Noto Sans Arabic is declared in /assets/arabic.css, which only ar/fa pages link (issue #19).
    const arabic = readFileSync(path.join(siteDir, 'assets', 'arabic.css'), 'utf8');
    const declaredIn = (sheet: string) => [...sheet.matchAll(/url\("?\/assets\/fonts\/([^")]+)"?\)/g)].map((m) => m[1]!);
    const declared = declaredIn(css).sort();
    expect([...declared, ...declaredIn(arabic)].sort()).toEqual(files);
    for (const file of files) expect(statSync(path.join(fontsDir, file)).size, file).toBeLessThanOrEqual(30 * KB);
    // Each face names its range, so the extended file is fetched only where a page needs it.
    expect(css.match(/@font-face\{[^}]*unicode-range:[^}]*\}/g)?.length).toBe(declared.length);
    expect(arabic.match(/@font-face\{[^}]*unicode-range:[^}]*\}/g)?.length).toBe(declaredIn(arabic).length);
  });

  it('the Noto Sans Arabic subsets hold the Arabic and Persian letters and no Latin', () => {
    for (const font of arabicFontFiles(PROJECT_ROOT)) {
      const set = characterSet(font.file);
      for (const cp of [0x627, 0x644, 0x639, 0x67e, 0x686, 0x698, 0x6af, 0x6cc, 0x6a9, 0x200c]) expect(set.has(cp), `${font.file} U+${cp.toString(16)}`).toBe(true);
      expect(set.has(0x41), font.file).toBe(false);
      expect(arabicRanges.length).toBeGreaterThan(0);
    }
  });

  it('each file holds every character of its subset that Fira Sans has (and not the full font)', () => {
    for (const file of shipped) {
      const set = characterSet(file.file);
      const source = characterSet(path.basename(sourceOf(file.face)), path.dirname(sourceOf(file.face)));
      const missing = codePointsOf(file.subset).filter((cp) => source.has(cp) && !set.has(cp));
      expect(source.size, 'the full face').toBeGreaterThan(set.size * 2);
      expect(
        missing.map((cp) => `U+${cp.toString(16)}`),
        file.file,
      ).toEqual([]);
      // The capital sharp s passes validation in German titles (issue 16): Fira Sans has it, so must its file.
      if (file.subset === 'latin-ext') expect(set.has(0x1e9e), `${file.file} U+1E9E ẞ`).toBe(true);
      // Cyrillic and Greek are not shipped: the subset really is one.
      expect(set.has(0x416), file.file).toBe(false);
      expect(set.has(0x3a9), file.file).toBe(false);
    }
  });

  it('every page preloads the regular face, which exists', () => {
    const pages = loadPages(siteDir);
    expect(statSync(path.join(siteDir, preloadFont)).isFile()).toBe(true);
    for (const page of pages) {
      const preload = byTag(page.doc, 'link').filter((l) => l.attribs.rel === 'preload');
      expect(
        preload.map((l) => [l.attribs.href, l.attribs.as, l.attribs.type, 'crossorigin' in l.attribs]),
        page.url,
      ).toEqual([[preloadFont, 'font', 'font/woff2', true]]);
    }
  });

  it('the German home page needs only the preloaded latin files: no character of it, language names included, is in latin-ext', () => {
    const page = loadPages(siteDir).find((p) => p.url === '/')!;
    const text = (root: Element): string =>
      root.children
        .map((child) => (child.type === 'text' ? (child as unknown as { data: string }).data : 'name' in child && !['script', 'style'].includes((child as Element).name) ? text(child as Element) : ''))
        .join('');
    const ext = fontSubsets['latin-ext'];
    const needsExt = [...new Set(text(byTag(page.doc, 'body')[0]!))].filter((ch) => ext.some(([from, to]) => ch.codePointAt(0)! >= from && ch.codePointAt(0)! <= to));
    // „Română“ in the language switcher once made every page fetch latin-ext (12 KB) for its ă.
    expect(needsExt).toEqual([]);
  });

  it('no page shows a character the fonts lack (text and CSS content)', () => {
    const covered = new Set<number>();
    for (const file of shipped.filter((f) => f.face.weight === 400)) for (const cp of characterSet(file.file)) covered.add(cp);
    const missing = new Map<string, string>();
    // ar/fa pages also have Noto Sans Arabic (/assets/arabic.css); ru/uk pages show Cyrillic in the
    // reader's system sans serif by design (no Cyrillic webfont is shipped), so only their other
    // characters must be in Fira Sans.
    const arabic = new Set<number>();
    for (const file of arabicFontFiles(PROJECT_ROOT)) for (const cp of characterSet(file.file)) arabic.add(cp);
    let script = '';
    const check = (text: string, where: string) => {
      for (const ch of text) {
        const cp = ch.codePointAt(0)!;
        // Line breaks and tabs are layout, not glyphs.
        if (cp < 0x20 || covered.has(cp)) continue;
        if (script === 'arabic' && arabic.has(cp)) continue;
        if (script === 'cyrillic' && cp >= 0x400 && cp <= 0x4ff) continue;
        if (!missing.has(ch)) missing.set(ch, `U+${cp.toString(16).toUpperCase()} on ${where}`);
      }
    };
    for (const page of loadPages(siteDir)) {
      const lang = byTag(page.doc, 'html')[0]?.attribs.lang ?? 'de';
      script = lang === 'ar' || lang === 'fa' ? 'arabic' : lang === 'ru' || lang === 'uk' ? 'cyrillic' : '';
      const body = byTag(page.doc, 'body')[0]!;
      check(visibleText(body), page.url);
      // Titles and labels that browsers show as tooltips or placeholders.
      for (const el of allElements(body)) for (const name of ['placeholder', 'title', 'value']) if (el.attribs[name] && el.name !== 'meta') check(el.attribs[name]!, `${page.url} [${name}]`);
    }
    const css = readFileSync(path.join(siteDir, 'assets', 'site.css'), 'utf8');
    for (const m of css.matchAll(/content:\s*"((?:[^"\\]|\\.)*)"/g)) {
      check(
        m[1]!.replace(/\\([0-9a-fA-F]{1,6})\s?/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))),
        'site.css content',
      );
    }
    expect([...missing.values()]).toEqual([]);
  });
});
