/**
 * The per-language checks of the core help (issue #19), split over test/browser/translations-*.test.ts
 * by language so that both workers stay busy to the end of a run; the file
 * test/browser/translations.test.ts keeps what is checked once (html-validate, quick exit and
 * mirroring on the right-to-left pages). Per language, in Chromium against the site built from the
 * real content (plus probe pages for languages whose texts are not written yet,
 * test/support/translation-probe.ts): <html lang dir>, computed direction, 0 axe violations
 * (WCAG 2.1 AA), no sideways scroll at 320 px, the 404 page, the search finds its own help page in
 * its own index.
 */
import { cpSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { languages, type LangCode } from '../../src/i18n/languages.ts';
import { openPage } from './browser.ts';
import { formatAxeViolations, runAxe } from './checks.ts';
import { pagefindQuery } from './pagefind.ts';
import { PROJECT_ROOT, type StaticServer } from './server.ts';
import { endSession, startSession } from './session.ts';
import { runBuild, tempDir } from './site.ts';
import { missingTranslations, writeTranslationProbes } from './translation-probe.ts';

export interface TranslationSite {
  siteDir: string;
  contentDir: string;
  server: StaticServer;
  browser: Browser;
}

/**
 * The site with every language in the calling test file: the globalSetup's when every language has
 * its pages, else one built from a copy of the content with probe pages (removed after the file).
 * Returns a holder filled in `beforeAll`.
 */
export function useTranslationSite(): TranslationSite {
  const site = {} as TranslationSite;
  let parent = '';
  beforeAll(async () => {
    if (missingTranslations(path.join(PROJECT_ROOT, 'content')).length === 0) {
      // Every language has its pages: the site with probes would be the real content's site, which
      // the globalSetup has built already (its CONTEXT only decides whether placeholders stop a build).
      site.contentDir = path.join(PROJECT_ROOT, 'content');
      site.siteDir = inject('siteDir');
    } else {
      parent = tempDir('translations');
      site.contentDir = path.join(parent, 'content');
      site.siteDir = path.join(parent, 'site');
      cpSync(path.join(PROJECT_ROOT, 'content'), site.contentDir, { recursive: true });
      writeTranslationProbes(site.contentDir);
      const run = await runBuild({ outDir: site.siteDir, contentDir: site.contentDir });
      if (run.code !== 0) throw new Error(`build with all languages failed (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
    }
    Object.assign(site, await startSession(site.siteDir));
  }, 600_000);
  afterAll(async () => {
    await endSession(site);
    if (parent) rmSync(parent, { recursive: true, force: true });
  });
  return site;
}

/** The interface strings of a language (content/translations/<code>/strings.yml). */
export const translationStrings = (contentDir: string, code: string) => load(readFileSync(path.join(contentDir, 'translations', code, 'strings.yml'), 'utf8')) as Record<string, string>;

/** The per-language checks for the languages `codes`, in the calling test file. */
export function describeLanguages(codes: readonly LangCode[]): void {
  const site = useTranslationSite();
  const strings = (code: string) => translationStrings(site.contentDir, code);
  const frontmatterTitle = (code: string, slug: string) => /^title: "?(.*?)"?$/m.exec(readFileSync(path.join(site.contentDir, 'translations', code, `${slug}.md`), 'utf8'))![1]!;
  const selected = languages.filter((l) => codes.includes(l.code)).map((l) => ({ ...l }));

  it(`languages ${codes.join(', ')} exist`, () => {
    expect(selected.map((l) => l.code)).toEqual([...codes]);
  });

  describe.each(selected)('$code ($name)', (language) => {
    const pages = () => [`/${language.code}/`, `/${language.code}/hilfe/`, `/${language.code}/hilfe/landkreis-celle/`, `/${language.code}/sicherheit/`, `/${language.code}/suche/`];

    it(`every page: <html lang="${language.code}" dir="${language.dir}">, computed direction ${language.dir}, 0 axe violations, no sideways scroll at 320 px`, async () => {
      for (const url of pages()) {
        const opened = await openPage(site.browser, site.server.origin, url, { routeExit: true });
        try {
          const { page, response } = opened;
          expect(response?.status(), url).toBe(200);
          expect(await page.locator('html').getAttribute('lang'), url).toBe(language.code);
          expect(await page.locator('html').getAttribute('dir'), url).toBe(language.dir);
          expect(await page.evaluate(() => getComputedStyle(document.querySelector('main')!).direction), url).toBe(language.dir);
          // Phone numbers stay left-to-right inside right-to-left text.
          expect(await page.evaluate(() => getComputedStyle(document.querySelector('.gsn-emergency__number')!).direction), url).toBe('ltr');
          const results = await runAxe(page);
          expect(results.violations.length, formatAxeViolations(url, results.violations)).toBe(0);
          await page.setViewportSize({ width: 320, height: 640 });
          await page.reload();
          const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
          expect(widths.scroll, `${url} scrolls sideways at 320 px`).toBeLessThanOrEqual(widths.client);
          expect(opened.foreignRequests(), url).toEqual([]);
          expect(opened.record.cspViolations, url).toEqual([]);
          expect(opened.record.pageErrors, url).toEqual([]);
        } finally {
          await opened.close();
        }
      }
    }, 300_000);

    it('an unknown address below /<lang>/ answers 404 with the error page in that language', async () => {
      const opened = await openPage(site.browser, site.server.origin, `/${language.code}/gibt-es-nicht/`);
      try {
        expect(opened.response?.status()).toBe(404);
        expect(await opened.page.locator('html').getAttribute('lang')).toBe(language.code);
        expect((await opened.page.locator('h1').textContent())?.trim()).toBe(strings(language.code).not_found_title);
        const results = await runAxe(opened.page);
        expect(results.violations.length, formatAxeViolations(`/${language.code}/404.html`, results.violations)).toBe(0);
      } finally {
        await opened.close();
      }
    });

    it('its search page finds its own help page, in its own index only', async () => {
      const opened = await openPage(site.browser, site.server.origin, `/${language.code}/suche/`);
      try {
        const title = frontmatterTitle(language.code, 'hilfe');
        const word = title.split(/[\s:–,()]+/).sort((a, b) => b.length - a.length)[0]!;
        const result = await pagefindQuery(opened.page, word, {}, 10);
        expect(
          result.hits.map((h) => h.url),
          `search for „${word}“`,
        ).toContain(`/${language.code}/hilfe/`);
        for (const hit of result.hits) expect(hit.url.startsWith(`/${language.code}/`), `${hit.url} is not a ${language.code} page`).toBe(true);
      } finally {
        await opened.close();
      }
    }, 120_000);
  });
}
