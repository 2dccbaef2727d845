/**
 * What the indexer hands Pagefind of each page (searchDocument): main without the elements
 * Pagefind would skip whole (data-pagefind-ignore="all"), everything it reads kept.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, inject, it } from 'vitest';
import { searchDocument, withoutIgnored } from '../../src/site/search/indexer.ts';
import { allElements, ancestors, loadPages, textOf } from '../support/html.ts';

describe('withoutIgnored', () => {
  it('cuts marked elements with everything inside, nested elements of the same name included', () => {
    const markup =
      '<main><p>Eins</p><section data-pagefind-ignore="all"><h2>Verwandt</h2><section><p>innen</p></section></section><p>Zwei</p><div class="x" data-pagefind-ignore="all">Hinweis</div><p>Drei</p></main>';
    expect(withoutIgnored(markup)).toBe('<main><p>Eins</p><p>Zwei</p><p>Drei</p></main>');
  });

  it('keeps elements ignored only for their text (their filters and meta count)', () => {
    const markup = '<main><div hidden data-pagefind-ignore><span data-pagefind-filter="Art">Kontakt</span></div><p>Text</p></main>';
    expect(withoutIgnored(markup)).toBe(markup);
  });

  it('leaves markup it cannot match unchanged from there on', () => {
    const markup = '<main><p>A</p><section data-pagefind-ignore="all"><p>kein Ende</p></main>';
    expect(withoutIgnored(markup)).toBe(markup);
  });

  it('reads escaped text as text', () => {
    const markup = '<main><div data-pagefind-ignore="all">&lt;div&gt; im Text</div><p>bleibt</p></main>';
    expect(withoutIgnored(markup)).toBe('<main><p>bleibt</p></main>');
  });
});

describe('search documents of the built site', () => {
  const pages = loadPages(inject('siteDir')).filter((page) => page.html.includes('data-pagefind-body'));
  const readByPagefind = (root: ReturnType<typeof parseDocument>) => {
    const main = DomUtils.findOne((el) => el.name === 'main', root.children)!;
    return {
      text: textOf(main).replace(/\s+/g, ' ').trim(),
      data: allElements(main)
        .filter((el) => Object.keys(el.attribs).some((name) => /^data-pagefind-(filter|meta|sort)/.test(name)))
        .map(
          (el) =>
            `${Object.entries(el.attribs)
              .map(([k, v]) => `${k}=${v}`)
              .join(' ')}: ${textOf(el)}`,
        ),
    };
  };

  it('covers every entry and content page', () => {
    expect(pages.length).toBeGreaterThan(80);
  });

  it('keep all text, filters, meta and sort values Pagefind reads, and drop only what it skips whole', () => {
    for (const page of pages) {
      const full = parseDocument(page.html);
      const main = DomUtils.findOne((el) => el.name === 'main', full.children)!;
      // The page as Pagefind would read it: marked elements removed from the tree.
      const skipped = allElements(main).filter((el) => el.attribs['data-pagefind-ignore'] === 'all');
      for (const el of skipped.filter((el) => !ancestors(el).some((a) => skipped.includes(a)))) DomUtils.removeElement(el);
      const doc = parseDocument(searchDocument(page.html)!);
      expect(readByPagefind(doc), page.url).toEqual(readByPagefind(full));
      expect(searchDocument(page.html), page.url).not.toContain('data-pagefind-ignore="all"');
    }
  });
});
