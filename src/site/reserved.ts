/**
 * The addresses the site itself publishes, whatever the content: a content page or entry whose
 * URL falls on one of them would overwrite it (or be dropped), so validation refuses it. Derived
 * from the code that writes them (the page definitions in _includes/pages/, the export paths,
 * the folders in site.ts), never kept as a second list.
 */
import { fixedPages } from '../../_includes/pages/index.ts';
import { exportPaths } from '../exports/public.ts';
import { sitePaths } from '../text/site.ts';
import { languages } from '../i18n/languages.ts';
import { contentTypes } from '../schema/index.ts';
import { collidingAddress } from '../content/reserved-address.ts';
import { wildcardHeaderPrefixes } from './headers.ts';

/**
 * Every site-relative URL the build writes independently of the content: each page definition
 * without items (/, /suche/, /kontakte/, /kontakte/a-z/, /404.html …), every export
 * (/daten/kontakte.json, /feed.xml, /sitemap.xml …), the folders of assets, search index and
 * downloads (/assets/, /pagefind/, /materialien/dateien/), and as `/admin*` the beginnings of
 * addresses that get a folder's own headers on Netlify.
 */
export function* fixedUrls(): Generator<string> {
  for (const { url } of fixedPages()) yield url;
  yield* Object.values(exportPaths);
  yield* Object.values(sitePaths);
  // The folders of the translated core help (/en/, /ar/ …), whether or not a language is published yet.
  yield* languages.map((language) => `/${language.code}/`);
  // Every address that starts like a folder with headers of its own (`/admin/*` in netlify.toml
  // also matches /admin-info/): written `/admin*` (outside tester, session 18).
  // Only folders the site writes itself, never a section of content pages (a header rule for
  // /kontakte/* must not reserve every contact: outside tester, session 18).
  const own = new Set<string>([...[...fixedPages()].map(({ url }) => url), ...Object.values(exportPaths), ...Object.values(sitePaths)]);
  const contentFolders = new Set<string>(Object.values(contentTypes).map((type) => type.path));
  yield* wildcardHeaderPrefixes()
    .filter((prefix) => own.has(`${prefix}/`) && !contentFolders.has(`${prefix}/`))
    .map((prefix) => `${prefix}*`);
}

let cached: string[] | undefined;

/** fixedUrls() as a list, computed once: what the outputs pass to loadContent as `reserved`. */
export function reservedUrls(): readonly string[] {
  return (cached ??= [...fixedUrls()]);
}

/**
 * The fixed address a page at `url` (a folder URL such as /suche/ or /kontakte/a-z/) would
 * collide with: the same address, or one the site writes inside that folder (/daten/ holds
 * /daten/kontakte.json). Undefined when the address is free.
 */
export function reservedAddress(url: string): string | undefined {
  return collidingAddress(url, reservedUrls());
}
