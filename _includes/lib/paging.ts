/**
 * Listings that scale (issue 16): when a listing's cards would make its page heavier than
 * PAGE_TARGET, it becomes an overview (groups with counts) linking to numbered pages, each
 * filled with cards in order up to CARD_BUDGET bytes; a listing whose cards fit stays one page
 * (no needless click). Cards are weighed by their written HTML (../components/card-weight.ts),
 * so long cards (long summaries, many phone numbers) make shorter pages instead of pushing a page
 * over the 60 KB bar. The figures and why they were chosen: docs/performance.md, "Listings that
 * scale".
 */
import type { Entry } from '../../src/content/index.ts';

const KB = 1024;

/** What a listing page aims at, in bytes of HTML: 5 KB below the 60 KB bar. */
export const PAGE_TARGET = 55 * KB;

/**
 * Bytes of the page around its cards: head, header, breadcrumbs, heading, count, pagination,
 * footer. Measured 5.2 KB on the sample's /kontakte/ (without its groups) and up to 5.9 KB on
 * numbered pages at 4,000 entries (docs/performance.md).
 */
export const FRAME_BYTES = 6 * KB;

/**
 * Bytes one group of a one-page listing adds besides its cards: its line in the jump list, its
 * section and heading with count. Measured 358 bytes on average over the sample's 29 region
 * groups of /kontakte/; letters and kinds take less.
 */
export const GROUP_BYTES = 380;

/** Bytes of cards one numbered page holds. */
export const CARD_BUDGET = PAGE_TARGET - FRAME_BYTES;

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
  /** 1-based position of this page's first item in the whole list ("hier 41 bis 78"). */
  first: number;
  items: T[];
}

/** Bytes of one item's card (../components/card-weight.ts). */
export type Weigh<T> = (item: T) => number;

/**
 * Whether a listing fits one page: its cards' weights plus GROUP_BYTES for each of its `groups`
 * (regions, letters, kinds or sections it is shown in) within `budget` (CARD_BUDGET unless a page measures its own frame).
 */
export function fitsOnePage<T>(items: readonly T[], weigh: Weigh<T>, groups = 0, budget = CARD_BUDGET, groupBytes = GROUP_BYTES): boolean {
  let bytes = groups * groupBytes;
  for (const item of items) if ((bytes += weigh(item)) > budget) return false;
  return bytes <= budget;
}

/**
 * Where each page of `items` starts (indices into items): pages filled in order while their
 * cards stay within `budget` bytes; a card heavier than the budget gets a page of its own.
 * `[0]` for a list that fits one page (or is empty).
 */
function pageStarts<T>(items: readonly T[], weigh: Weigh<T>, budget: number): number[] {
  const starts = [0];
  let bytes = 0;
  items.forEach((item, i) => {
    const w = weigh(item);
    if (bytes + w > budget && i > starts.at(-1)!) {
      starts.push(i);
      bytes = 0;
    }
    bytes += w;
  });
  return starts;
}

/** `items` cut into pages of at most `budget` bytes of cards; at least one page (an empty list is one empty page). */
export function paginate<T>(base: string, items: readonly T[], weigh: Weigh<T>, budget = CARD_BUDGET): ListPage<T>[] {
  const starts = pageStarts(items, weigh, budget);
  return starts.map((start, i) => ({
    base,
    url: pageUrl(base, i + 1),
    number: i + 1,
    total: starts.length,
    first: start + 1,
    items: items.slice(start, starts[i + 1] ?? items.length),
  }));
}

/** The numbered pages' URLs of a list below `base`. */
export function pageUrls<T>(base: string, items: readonly T[], weigh: Weigh<T>, budget = CARD_BUDGET): string[] {
  return pageStarts(items, weigh, budget).map((_, i) => pageUrl(base, i + 1));
}
