import { html } from '../../src/text/html.ts';
import { pageUrl, type ListPage } from '../lib/paging.ts';

/** The words of the page navigation; German unless a translated page passes its own (strings.yml page_*). */
export interface PagingWords {
  /** "Seite {number}" */
  page: string;
  previous: string;
  next: string;
  /** "Seiten": the navigation's name. */
  pages: string;
}

export const germanPagingWords: PagingWords = { page: 'Seite {number}', previous: 'Vorherige Seite', next: 'Nächste Seite', pages: 'Seiten' };

const pageWord = (words: PagingWords, n: number) => words.page.replace('{number}', String(n));

/**
 * Numbered pages of a split listing (after GOV.UK's pagination component): previous and next
 * with rel, every page number, the current one marked with aria-current. Nothing for one page.
 */
export function pagination(page: Pick<ListPage<unknown>, 'base' | 'number' | 'total'>, words: PagingWords = germanPagingWords) {
  if (page.total <= 1) return '';
  const { base, number, total } = page;
  return html`<nav class="gsn-pagination" aria-label="${words.pages}">
  <ul class="gsn-pagination__list">
    ${number > 1 ? html`<li class="gsn-pagination__prev"><a class="kern-link" href="${pageUrl(base, number - 1)}" rel="prev">${words.previous}</a></li>` : ''}
    ${shownNumbers(number, total).map((n) =>
      n === undefined
        ? html`<li class="gsn-pagination__ellipsis" aria-hidden="true">…</li>`
        : n === number
          ? html`<li><a href="${pageUrl(base, n)}" aria-current="page" aria-label="${pageWord(words, n)}">${n}</a></li>`
          : html`<li><a class="kern-link" href="${pageUrl(base, n)}" aria-label="${pageWord(words, n)}">${n}</a></li>`,
    )}
    ${number < total ? html`<li class="gsn-pagination__next"><a class="kern-link" href="${pageUrl(base, number + 1)}" rel="next">${words.next}</a></li>` : ''}
  </ul>
</nav>`;
}

/**
 * The page numbers shown, undefined for a gap (GOV.UK: first, last, the current and its
 * neighbours): 1 … 4 5 6 … 190. A list of 190 numbers would weigh 19 KB on every page; the
 * overview links to every page, so none is more than two clicks away.
 */
export function shownNumbers(number: number, total: number): (number | undefined)[] {
  const shown: (number | undefined)[] = [];
  for (let n = 1; n <= total; n++) {
    if (n === 1 || n === total || Math.abs(n - number) <= 1) shown.push(n);
    else if (shown.at(-1) !== undefined) shown.push(undefined);
  }
  return shown;
}

/** `<link rel="prev|next">` for the head of a numbered page. */
export function paginationLinks(page: Pick<ListPage<unknown>, 'base' | 'number' | 'total'>) {
  return html`${page.number > 1 ? html`<link rel="prev" href="${pageUrl(page.base, page.number - 1)}">\n` : ''}${page.number < page.total ? html`<link rel="next" href="${pageUrl(page.base, page.number + 1)}">\n` : ''}`;
}

/**
 * The pages of a group on an overview, every one a link (so every entry is two clicks from the
 * overview): "Seite 1 · 2 · 3". `label` names the group for screen readers.
 */
export function pageLinks(urls: readonly string[], label: string, words: PagingWords = germanPagingWords) {
  if (urls.length <= 1) return '';
  return html`<ul class="gsn-page-links" aria-label="${label}: ${words.pages}">${urls.map((url, i) => html`<li><a class="kern-link" href="${url}">${i === 0 ? pageWord(words, 1) : String(i + 1)}</a></li>`)}</ul>`;
}
