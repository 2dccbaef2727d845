/**
 * The core help in eight languages (issue #19), in Chromium against a site built from the real
 * content plus probe pages for languages whose texts are not written yet
 * (test/support/translation-probe.ts; real pages are used as soon as they exist). Per language:
 * <html lang dir>, computed direction, 0 axe violations (WCAG 2.1 AA), valid HTML, no sideways
 * scroll at 320 px, the search finds its own help page in its own index; on `ar`: quick exit by
 * click and Shift×3 with Arabic announcements, and a screenshot kept in test-artifacts/.
 */
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { load } from 'js-yaml';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { languages } from '../../src/i18n/languages.ts';
import { EXIT_URL, openPage } from '../support/browser.ts';
import { formatAxeViolations, runAxe } from '../support/checks.ts';
import { pagefindQuery } from '../support/pagefind.ts';
import { PROJECT_ROOT, type StaticServer } from '../support/server.ts';
import { endSession, startSession } from '../support/session.ts';
import { isSampledOut } from '../support/html.ts';
import { listHtmlPages, runBuild, tempDir, urlOfFile } from '../support/site.ts';
import { missingTranslations, writeTranslationProbes } from '../support/translation-probe.ts';

const ARTIFACTS = path.join(PROJECT_ROOT, 'test-artifacts');
let parent = '';
let siteDir = '';
let contentDir = '';
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (missingTranslations(path.join(PROJECT_ROOT, 'content')).length === 0) {
    // Every language has its pages: the site with probes would be the real content's site, which
    // the globalSetup has built already (its CONTEXT only decides whether placeholders stop a build).
    contentDir = path.join(PROJECT_ROOT, 'content');
    siteDir = inject('siteDir');
  } else {
    parent = tempDir('translations');
    contentDir = path.join(parent, 'content');
    siteDir = path.join(parent, 'site');
    cpSync(path.join(PROJECT_ROOT, 'content'), contentDir, { recursive: true });
    writeTranslationProbes(contentDir);
    const run = await runBuild({ outDir: siteDir, contentDir });
    if (run.code !== 0) throw new Error(`build with all languages failed (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  }
  ({ server, browser } = await startSession(siteDir));
}, 600_000);
afterAll(async () => {
  await endSession({ server, browser });
  if (parent) rmSync(parent, { recursive: true, force: true });
});

const strings = (code: string) => load(readFileSync(path.join(contentDir, 'translations', code, 'strings.yml'), 'utf8')) as Record<string, string>;
const frontmatterTitle = (code: string, slug: string) => /^title: "?(.*?)"?$/m.exec(readFileSync(path.join(contentDir, 'translations', code, `${slug}.md`), 'utf8'))![1]!;

describe.each(languages.map((l) => ({ ...l })))('$code ($name)', (language) => {
  const pages = () => [`/${language.code}/`, `/${language.code}/hilfe/`, `/${language.code}/hilfe/landkreis-celle/`, `/${language.code}/sicherheit/`, `/${language.code}/suche/`];

  it(`every page: <html lang="${language.code}" dir="${language.dir}">, computed direction ${language.dir}, 0 axe violations, no sideways scroll at 320 px`, async () => {
    for (const url of pages()) {
      const opened = await openPage(browser, server.origin, url, { routeExit: true });
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
    const opened = await openPage(browser, server.origin, `/${language.code}/gibt-es-nicht/`);
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
    const opened = await openPage(browser, server.origin, `/${language.code}/suche/`);
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

describe('html-validate on every translated page', () => {
  it('each /<lang>/ page is valid (html-validate:recommended, as test/build/html-valid.test.ts)', async () => {
    // On the test run's own site, test/build/html-valid.test.ts validates every page, these included,
    // with the same rules and the same limit on the title as read: validating them here again would
    // only double the work. Probe pages exist only in this file's site, so they are validated here.
    const ownSite = siteDir !== inject('siteDir');
    // The title's length is checked on what a reader sees: pages in Arabic or Cyrillic script write each
    // letter as a numeric reference (latin1Html), which html-validate would count (see html-valid.test.ts).
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'no-inline-style': 'error', 'long-title': 'off' } });
    const codes = new Set<string>(languages.map((l) => l.code));
    const rels = listHtmlPages(siteDir).filter((rel) => codes.has(rel.split('/')[0]!));
    expect(rels.length).toBeGreaterThanOrEqual(languages.length * 50);
    // html-valid.test.ts leaves out only the help finder's sampled-out pages, none of them translated.
    if (!ownSite) expect(rels.filter(isSampledOut)).toEqual([]);
    const messages: string[] = [];
    for (const rel of ownSite ? rels : []) {
      const html = readFileSync(path.join(siteDir, rel), 'utf8');
      const title = (/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '').replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));
      if (title.length > 160) messages.push(`${urlOfFile(rel)}: title longer than 160 characters`);
      const report = await validator.validateString(html, rel);
      for (const r of report.results) for (const m of r.messages) messages.push(`${urlOfFile(rel)}:${m.line} ${m.ruleId}: ${m.message}`);
    }
    expect(messages, messages.slice(0, 20).join('\n')).toEqual([]);
  }, 300_000);
});

describe('quick exit on an Arabic page', () => {
  it('click leaves for the neutral site', async () => {
    const opened = await openPage(browser, server.origin, '/ar/hilfe/', { routeExit: true });
    try {
      await opened.page.waitForLoadState('load');
      await opened.page.locator('a[data-quick-exit]').click();
      await opened.page.waitForURL(EXIT_URL, { timeout: 10_000 });
    } finally {
      await opened.close();
    }
  });

  it('Shift×3 announces in Arabic and leaves', async () => {
    const ui = strings('ar');
    const opened = await openPage(browser, server.origin, '/ar/hilfe/', { routeExit: true });
    try {
      const { page } = opened;
      await page.waitForLoadState('load');
      await page.keyboard.press('Shift');
      await expect.poll(() => page.locator('#gsn-exit-status').textContent()).toBe(ui.exit_shift_1);
      await page.keyboard.press('Shift');
      await expect.poll(() => page.locator('#gsn-exit-status').textContent()).toBe(ui.exit_shift_2);
      await page.keyboard.press('Shift');
      await page.waitForURL(EXIT_URL, { timeout: 10_000 });
    } finally {
      await opened.close();
    }
  });
});

describe('right-to-left rendering', () => {
  it('the Arabic help page mirrors: heading on the right, quick exit on the left; screenshot kept in test-artifacts/', async () => {
    const opened = await openPage(browser, server.origin, '/ar/hilfe/', { routeExit: true });
    try {
      const { page } = opened;
      await page.setViewportSize({ width: 1024, height: 900 });
      await page.waitForLoadState('load');
      const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
      const width = 1024;
      const h1 = await box('main h1');
      const exit = await box('a[data-quick-exit]');
      // The heading's right edge sits near the right margin; the exit button (inline end) on the left.
      expect(width - (h1.x + h1.width)).toBeLessThan(h1.x);
      expect(exit.x + exit.width).toBeLessThan(width / 2);
      // The Arabic face is used (self-hosted, only here).
      await page.evaluate(() => document.fonts.ready);
      expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans Arabic"', 'ع'))).toBe(true);
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, 'rtl-ar-hilfe.png'), fullPage: true });
      await page.goto(`${server.origin}/fa/`);
      await page.screenshot({ path: path.join(ARTIFACTS, 'rtl-fa-start.png') });
    } finally {
      await opened.close();
    }
  });
});
