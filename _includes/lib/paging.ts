/**
 * Listings that scale (issue 16): when a listing would name more entries than fit a page of
 * 60 KB, it becomes an overview (groups with counts) linking to numbered pages of at most
 * PER_PAGE entries each; small listings stay one page (no needless click). The figures and why
 * they were chosen: docs/performance.md, "Listings that scale".
 */
import type { Entry } from '../../src/content/index.ts';

/**
 * A listing shows every entry on one page up to this many cards. A contact card with phone,
 * e-mail and hours is ~1.15 KB of HTML, the page around it ~9 KB: 45 cards stay below 60 KB.
 * The sample's /kontakte/ (42 cards, every region's contacts) stays one printable page.
 */
export const ONE_PAGE_MAX = 45;

/** Entries per numbered page of a split listing: 40 contact cards ≈ 55 KB with the page around them. */
export const PER_PAGE = 40;

/** The folder word of numbered pages: /regionen/celle/kontakte/seite-2/. */
export const PAGE_WORD = 'seite';

/** Page 1 is the folder itself; page n > 1 lives in `seite-n/` below it. */
export function pageUrl(base: string, number: number): string {
  return number <= 1 ? base : `${base}${PAGE_WORD}-${number}/`;
}

/** One numbered page of a split list. */
export interface ListPage<T = Entry> {
  /** The list's first page (its folder), e.g. /regionen/landkreis-celle/kontakte/. */
  base: string;
  url: string;
  /** 1-based. */
  number: number;
  total: number;
  items: T[];
}

/** How many pages a list of `count` items takes: one while it fits one page (no page of 2 after a page of 40). */
function pageCount(count: number, perPage: number): number {
  return count <= ONE_PAGE_MAX ? 1 : Math.ceil(count / perPage);
}

/** `items` cut into pages of `perPage`; at least one page (an empty list is one empty page). */
export function paginate<T>(base: string, items: readonly T[], perPage = PER_PAGE): ListPage<T>[] {
  const total = pageCount(items.length, perPage);
  if (total === 1) return [{ base, url: base, number: 1, total, items: [...items] }];
  return Array.from({ length: total }, (_, i) => ({ base, url: pageUrl(base, i + 1), number: i + 1, total, items: items.slice(i * perPage, (i + 1) * perPage) }));
}

/** The numbered pages' URLs of a list of `count` items below `base`. */
export function pageUrls(base: string, count: number, perPage = PER_PAGE): string[] {
  return Array.from({ length: pageCount(count, perPage) }, (_, i) => pageUrl(base, i + 1));
}

/** Whether `cards` cards fit one page. */
export const fitsOnePage = (cards: number) => cards <= ONE_PAGE_MAX;
