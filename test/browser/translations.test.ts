/**
 * The core help in eight languages (issue #19), what is checked once for all of them: valid HTML of
 * every translated page, on `ar` quick exit by click and Shift×3 with Arabic announcements, and the
 * mirrored layout with a screenshot kept in test-artifacts/. The per-language checks
 * (test/support/translation-checks.ts) run in test/browser/translations-*.test.ts.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { languages } from '../../src/i18n/languages.ts';
import { EXIT_URL, openPage } from '../support/browser.ts';
import { PROJECT_ROOT } from '../support/server.ts';
import { isSampledOut } from '../support/html.ts';
import { listHtmlPages, urlOfFile } from '../support/site.ts';
import { translationStrings, useTranslationSite } from '../support/translation-checks.ts';

const ARTIFACTS = path.join(PROJECT_ROOT, 'test-artifacts');

const site = useTranslationSite();
const strings = (code: string) => translationStrings(site.contentDir, code);

describe('html-validate on every translated page', () => {
  it('each /<lang>/ page is valid (html-validate:recommended, as test/build/html-valid.test.ts)', async () => {
    // On the test run's own site, test/build/html-valid.test.ts validates every page, these included,
    // with the same rules and the same limit on the title as read: validating them here again would
    // only double the work. Probe pages exist only in this file's site, so they are validated here.
    const ownSite = site.siteDir !== inject('siteDir');
    // The title's length is checked on what a reader sees: pages in Arabic or Cyrillic script write each
    // letter as a numeric reference (latin1Html), which html-validate would count (see html-valid.test.ts).
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'no-inline-style': 'error', 'long-title': 'off' } });
    const codes = new Set<string>(languages.map((l) => l.code));
    const rels = listHtmlPages(site.siteDir).filter((rel) => codes.has(rel.split('/')[0]!));
    expect(rels.length).toBeGreaterThanOrEqual(languages.length * 50);
    // html-valid.test.ts leaves out only the help finder's sampled-out pages, none of them translated.
    if (!ownSite) expect(rels.filter(isSampledOut)).toEqual([]);
    const messages: string[] = [];
    for (const rel of ownSite ? rels : []) {
      const html = readFileSync(path.join(site.siteDir, rel), 'utf8');
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
    const opened = await openPage(site.browser, site.server.origin, '/ar/hilfe/', { routeExit: true });
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
    const opened = await openPage(site.browser, site.server.origin, '/ar/hilfe/', { routeExit: true });
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
    const opened = await openPage(site.browser, site.server.origin, '/ar/hilfe/', { routeExit: true });
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
      await page.goto(`${site.server.origin}/fa/`);
      await page.screenshot({ path: path.join(ARTIFACTS, 'rtl-fa-start.png') });
    } finally {
      await opened.close();
    }
  });
});
