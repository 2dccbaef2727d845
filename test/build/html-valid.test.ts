/** DESIGN §7: every page of the built site is valid HTML (html-validate, recommended preset). */
import { HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { loadPages } from '../support/html.ts';

const siteDir = inject('siteDir');
const pages = loadPages(siteDir);

export const htmlValidateConfig: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Stays on, explicitly: inline styles would also break the CSP (style-src 'self').
    'no-inline-style': 'error',
    // Entry titles may be 120 characters (content model v1) plus " – Gewaltschutz-Netz Niedersachsen";
    // a descriptive page title matters more here than the 70-character search-snippet heuristic.
    'long-title': ['error', { maxlength: 160 }],
  },
};

const validator = new HtmlValidate(htmlValidateConfig);
// html-validate measures the title in the source, and pages are written in Latin-1 with every other
// character as a numeric reference (src/text/html.ts latin1Html): an Arabic or Russian title of 90
// letters is 400 characters there. Those pages get the same limit on what a reader sees.
const otherScriptValidator = new HtmlValidate({ ...htmlValidateConfig, rules: { ...htmlValidateConfig.rules, 'long-title': 'off' } });
const decodedTitle = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1]?.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))) ?? '';

describe('html-validate (html-validate:recommended)', () => {
  it('the site has pages', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages.map((page) => ({ url: page.url, rel: page.rel, html: page.html })))('$url is valid', async (page) => {
    const otherScript = /^<!DOCTYPE html>\s*<html lang="(ar|fa|ru|uk)"/.test(page.html);
    if (otherScript) expect(decodedTitle(page.html).length, 'title as read').toBeLessThanOrEqual(160);
    const report = await (otherScript ? otherScriptValidator : validator).validateString(page.html, page.rel);
    const messages = report.results.flatMap((result) => result.messages.map((m) => `${page.rel}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`));
    expect(messages, messages.join('\n')).toEqual([]);
  });
});
