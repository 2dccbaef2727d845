/**
 * Phone numbers written in Markdown bodies are call links, as the contacts' phone fields are
 * (issue 18: "Leichte Sprache" showed 110 and 116 016 as plain bold text).
 */
import { DomUtils } from 'htmlparser2';
import { describe, expect, inject, it } from 'vitest';
import { markdown } from '../../src/text/markdown.ts';
import { loadPages, textOf } from '../support/html.ts';

const pages = loadPages(inject('siteDir'));

describe('phone numbers in Markdown become tel: links', () => {
  it('renders bold numbers, 116 numbers and dialled 110/112 as links, and nothing else', () => {
    const out = markdown.render('Nummer: **116 016**. **0511 1208705**. Wählen Sie 110. Rufen Sie 116 111 an. Es kamen 110 Gäste. **2024**. [116 016](https://www.hilfetelefon.de/)');
    const hrefs = [...out.matchAll(/href="(tel:[^"]+)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual(['tel:116016', 'tel:+495111208705', 'tel:110', 'tel:116111']);
    expect(out).toContain('Es kamen 110 Gäste');
    expect(out).toContain('<strong>2024</strong>');
  });

  it('/leichte-sprache/ links 110 and 116 016', () => {
    const page = pages.find((p) => p.url === '/leichte-sprache/')!;
    const main = DomUtils.findOne((el) => el.name === 'main', page.doc.children)!;
    const tel = DomUtils.findAll((el) => el.name === 'a' && (el.attribs.href ?? '').startsWith('tel:'), main.children).map((a) => a.attribs.href);
    expect(tel).toContain('tel:110');
    expect(tel).toContain('tel:116016');
  });

  it('no page shows a bold phone number that is not a link', () => {
    const offenders = pages.flatMap((page) =>
      DomUtils.findAll((el) => el.name === 'strong' && /^[+0-9][0-9 ()/-]{2,}$/.test(textOf(el)) && !DomUtils.findOne((a) => a.name === 'a', el.children), page.doc.children).map(
        (el) => `${page.url}: ${textOf(el)}`,
      ),
    );
    expect(offenders).toEqual([]);
  });
});
