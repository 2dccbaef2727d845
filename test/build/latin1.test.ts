/**
 * Pages are written as Latin-1 text with character references for everything beyond it
 * (latin1Html): half the memory per page in a build that keeps every page. What readers get
 * must not change: the decoded text keeps „“ – …, and JSON-LD (where references are not
 * decoded) carries them as JSON escapes.
 */
import { describe, expect, inject, it } from 'vitest';
import { safeJson } from '../../src/exports/jsonld.ts';
import { latin1Html } from '../../src/text/html.ts';
import { byTag, loadPages, textOf } from '../support/html.ts';

describe('latin1Html', () => {
  it('turns characters beyond Latin-1 into references and leaves the rest alone', () => {
    expect(latin1Html('Grüße – „Schutz“ … ß é 😀')).toBe('Grüße &#8211; &#8222;Schutz&#8220; &#8230; ß é &#128512;');
    expect(latin1Html('<p>Beratung für Frauen</p>')).toBe('<p>Beratung für Frauen</p>');
  });

  it('JSON-LD escapes them as JSON, so they survive inside <script>', () => {
    const json = safeJson({ name: 'Hilfe – „sofort“ 😀', note: '</script>' });
    expect(json).toMatch(/^[\x00-\x7f\u0080-\u00ff]*$/);
    expect(JSON.parse(json)).toEqual({ name: 'Hilfe – „sofort“ 😀', note: '</script>' });
  });
});

describe('the built site', () => {
  const pages = loadPages(inject('siteDir'));

  it('writes every page in Latin-1 characters only', () => {
    const offending = pages.filter((page) => /[^\x00-\xff]/u.test(page.html)).map((page) => page.url);
    expect(offending).toEqual([]);
  });

  it('still shows the typographic characters to readers', () => {
    const home = pages.find((page) => page.url === '/')!;
    const text = textOf(home.doc);
    expect(text).toMatch(/[–„“]/);
    const ld = pages.flatMap((page) =>
      byTag(page.doc, 'script')
        .filter((el) => el.attribs.type === 'application/ld+json')
        .map((el) => JSON.parse(textOf(el))),
    );
    expect(ld.length).toBeGreaterThan(0);
    expect(JSON.stringify(ld)).toMatch(/[–„“]/);
  });
});
