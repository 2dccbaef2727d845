/**
 * Every page of the built site, read as HTML:
 * - CSP strictness (netlify.toml allows no 'unsafe-inline'): no inline script, no <style>, no
 *   style= attributes, no on*= handlers, no javascript: URLs, scripts and styles only from /.
 * - The page shell of DESIGN §4: lang="de", a title, one h1, "Seite verlassen" as the first
 *   focusable element, the skip link, the emergency strip (110, 116 016), the search form, and
 *   footer links to Impressum and Datenschutz.
 */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { languages } from '../../src/i18n/languages.ts';
import { allElements, ancestors, byTag, first, focusable, loadPages, textOf, type BuiltPage } from '../support/html.ts';

/** The pages in another language (/<lang>/, issue #19) have the same shell in their language. */
const languageOf = (url: string) => languages.find((l) => url.startsWith(`/${l.code}/`))?.code ?? 'de';
const exitLabel = (lang: string) => (lang === 'de' ? 'Seite verlassen' : (load(readFileSync(`content/translations/${lang}/strings.yml`, 'utf8')) as Record<string, string>).exit_label);

const siteDir = inject('siteDir');
const pages = loadPages(siteDir);
const cases = pages.map((page) => ({ url: page.url, page }));

function cspProblems(page: BuiltPage): string[] {
  const problems: string[] = [];
  for (const el of allElements(page.doc)) {
    for (const [name, value] of Object.entries(el.attribs)) {
      if (name === 'style') problems.push(`<${el.name} style="${value}">: inline style`);
      if (/^on/i.test(name)) problems.push(`<${el.name} ${name}="${value}">: inline event handler`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name) && /^\s*(javascript|vbscript|data\s*:\s*text\/html)/i.test(value.replace(/[\u0000-\u001f]/g, ''))) {
        problems.push(`<${el.name} ${name}="${value}">: script URL`);
      }
    }
    if (el.name === 'style') problems.push('<style> element: inline CSS is blocked by style-src');
    if (el.name === 'script') {
      const content = textOf(el);
      const type = (el.attribs.type ?? '').toLowerCase();
      if (type === 'application/ld+json') {
        // JSON-LD (DESIGN §6b) is a data block the browser never executes, so script-src does
        // not apply; it must still be plain JSON that cannot end the element early.
        try {
          JSON.parse(content);
        } catch {
          problems.push('<script type="application/ld+json"> is not valid JSON');
        }
        if (/<\/script|<!--/i.test(content)) problems.push('<script type="application/ld+json"> contains </script or <!--');
        continue;
      }
      if (content) problems.push(`<script> with inline content: ${content.slice(0, 80)}`);
      if (el.attribs.src === undefined) problems.push('<script> without src');
      else if (!el.attribs.src.startsWith('/') || el.attribs.src.startsWith('//')) problems.push(`<script src="${el.attribs.src}">: not from this site`);
    }
    if (el.name === 'link' && /\bstylesheet\b/.test(el.attribs.rel ?? '') && !(el.attribs.href ?? '').match(/^\/(?!\/)/)) {
      problems.push(`<link rel="stylesheet" href="${el.attribs.href}">: not from this site`);
    }
  }
  return problems;
}

describe('CSP strictness of the markup', () => {
  it('the site has pages', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(cases)('$url: no inline script, style, event handler or script URL', ({ page }) => {
    const problems = cspProblems(page);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('page shell', () => {
  it.each(cases)('$url: lang="de", one <title>, one <h1>', ({ page }) => {
    const html = byTag(page.doc, 'html');
    expect(html.length).toBe(1);
    expect(html[0]!.attribs.lang).toBe(languageOf(page.url));
    const titles = byTag(page.doc, 'title');
    expect(titles.length).toBe(1);
    expect(textOf(titles[0]!)).not.toBe('');
    expect(byTag(page.doc, 'h1').length).toBe(1);
  });

  it.each(cases)('$url: "Seite verlassen" first, then the skip link to #inhalt', ({ page }) => {
    const body = byTag(page.doc, 'body')[0];
    expect(body, 'no <body>').toBeDefined();
    const order = focusable(body!);
    const [exit, skip] = order;
    expect(exit && 'data-quick-exit' in exit.attribs, `first focusable element is <${exit?.name} ${JSON.stringify(exit?.attribs)}>`).toBe(true);
    expect(textOf(exit!)).toBe(exitLabel(languageOf(page.url)));
    expect(exit!.attribs.href).toMatch(/^https:\/\//);
    expect(skip?.name).toBe('a');
    expect(skip?.attribs.href).toBe('#inhalt');
    const target = first(page.doc, (el) => el.attribs.id === 'inhalt');
    expect(target?.name, 'the skip link target #inhalt').toBe('main');
  });

  it.each(cases)('$url: emergency strip with tel:110 and tel:116016 outside the main content', ({ page }) => {
    for (const tel of ['tel:110', 'tel:116016']) {
      const links = allElements(page.doc).filter((el) => el.name === 'a' && el.attribs.href === tel && !ancestors(el).some((a) => a.name === 'main'));
      expect(links.length, `a[href="${tel}"] in the page shell`).toBeGreaterThan(0);
    }
  });

  it.each(cases)('$url: search form to /suche/ with a field named q', ({ page }) => {
    const action = languageOf(page.url) === 'de' ? '/suche/' : `/${languageOf(page.url)}/suche/`;
    const forms = allElements(page.doc).filter((el) => el.name === 'form' && el.attribs.action === action);
    expect(forms.length, `form[action="${action}"]`).toBeGreaterThan(0);
    const form = forms[0]!;
    expect((form.attribs.method ?? 'get').toLowerCase()).toBe('get');
    expect(allElements(form).some((el) => el.name === 'input' && el.attribs.name === 'q')).toBe(true);
  });

  it.each(cases)('$url: footer links to /impressum/ and /datenschutz/', ({ page }) => {
    const footers = byTag(page.doc, 'footer');
    expect(footers.length, '<footer>').toBeGreaterThan(0);
    const hrefs = new Set(
      footers
        .flatMap((footer) => allElements(footer))
        .filter((el) => el.name === 'a')
        .map((el) => el.attribs.href),
    );
    expect(hrefs.has('/impressum/'), 'footer link to /impressum/').toBe(true);
    expect(hrefs.has('/datenschutz/'), 'footer link to /datenschutz/').toBe(true);
  });
});
