/**
 * Defence in depth behind validation: the site's markdown-it (raw HTML off) never turns a body
 * into live markup, whatever reaches it.
 */
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { markdown, renderBody } from '../../../src/text/markdown.ts';
import { allElements } from '../../support/html.ts';

const ATTACKS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '[x](java&#115;cript:alert(1))',
  '[x]( javascript:alert(1))',
  '[x](<javascript:alert(1)>)',
  '<javascript:alert(1)>',
  '![x](javascript:alert(1))',
  '[x](vbscript:msgbox(1))',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[x][ref]\n\n[ref]: javascript:alert(1)',
  '<a href="javascript:alert(1)">x</a>',
  '<svg onload=alert(1)>',
  '<iframe src="https://example.org"></iframe>',
  '<style>body{display:none}</style>',
  '<!-- <script>alert(1)</script> -->',
];

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcset', 'poster'];
const LIVE_TAGS = new Set(['script', 'img', 'svg', 'iframe', 'style', 'object', 'embed', 'form', 'input', 'link', 'meta', 'base']);

function liveMarkup(html: string): string[] {
  const problems: string[] = [];
  for (const el of allElements(parseDocument(html, { lowerCaseAttributeNames: true }))) {
    if (LIVE_TAGS.has(el.name)) problems.push(`<${el.name}> element`);
    for (const [name, value] of Object.entries(el.attribs)) {
      if (/^on/.test(name)) problems.push(`${name}= on <${el.name}>`);
      if (name === 'style') problems.push(`style= on <${el.name}>`);
      // htmlparser2 decodes entities in attributes, so java&#115;cript: is caught too.
      if (URL_ATTRIBUTES.includes(name) && /^\s*(javascript|vbscript|data|file):/i.test(value.replace(/[\u0000-\u001f\s]/g, ''))) {
        problems.push(`${name}="${value}" on <${el.name}>`);
      }
    }
  }
  return problems;
}

describe('src/site/markdown.ts renders attacks as inert text', () => {
  it.each(ATTACKS)('%s', (attack) => {
    const out = markdown.render(`Vorher\n\n${attack}\n\nNachher`);
    expect(liveMarkup(out), out).toEqual([]);
    expect(out).toContain('Nachher');
  });

  it('renderBody() of an entry body with every attack at once', () => {
    const body = ['# Titel', '', ...ATTACKS.flatMap((attack) => [attack, '']), 'Ende'].join('\n');
    const out = renderBody({ body }).value;
    expect(liveMarkup(out), out).toEqual([]);
    // The markup is shown as text (escaped), not dropped silently.
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).not.toMatch(/href="\s*javascript:/i);
  });

  it('ordinary links still work (the check is not vacuous)', () => {
    const out = markdown.render('[Hilfe](https://www.example.org/) und [Kontakt](/kontakte/) und [Mail](mailto:a@example.org)');
    const hrefs = allElements(parseDocument(out))
      .filter((el) => el.name === 'a')
      .map((el) => el.attribs.href);
    expect(hrefs).toEqual(['https://www.example.org/', '/kontakte/', 'mailto:a@example.org']);
    expect(liveMarkup('<p><a href="javascript:alert(1)" onclick="x()">x</a><script></script></p>').length).toBe(3);
  });
});

describe('links and images as rendered (issue 13 §4)', () => {
  const linksOf = (out: string) =>
    allElements(parseDocument(out))
      .filter((el) => el.name === 'a')
      .map((el) => ({ href: el.attribs.href, rel: el.attribs.rel, external: (el.attribs.class ?? '').includes('gsn-external') }));

  it('a bare www. address becomes an https link marked external', () => {
    expect(linksOf(markdown.render('Siehe www.example.org/hilfe heute.'))).toEqual([{ href: 'https://www.example.org/hilfe', rel: 'noreferrer', external: true }]);
  });
  it('words that only look like domains stay text', () => {
    const out = markdown.render('Der leitfaden.md, die bericht.pdf, example.com und //host/pfad.');
    expect(linksOf(out)).toEqual([]);
  });
  it('a protocol-relative link is marked external with rel set', () => {
    expect(linksOf(markdown.render('[x](//www.example.org/)'))).toEqual([{ href: '//www.example.org/', rel: 'noreferrer', external: true }]);
  });
  it('an image is shown as its text, never loaded', () => {
    const out = markdown.render('![Pixel](https://t.example.org/p.gif) ![Lokal](/materialien/dateien/a.png) ![Roh](//t.example.org/p.gif)');
    expect(allElements(parseDocument(out)).filter((el) => el.name === 'img')).toEqual([]);
    expect(out).toContain('Pixel Lokal Roh');
    expect(out).not.toContain('t.example.org');
  });
});
