/**
 * The versions of a page in other languages: every translated URL is `/<lang>` + the German URL
 * (/hilfe/celle/ → /ar/hilfe/celle/), so one German URL names all of them.
 */
import type { Translation } from './load-translations.ts';
import type { Strings } from './strings.ts';

export interface Alternate {
  /** BCP 47 code, or x-default (the German page, for every other language). */
  hreflang: string;
  /** Site-relative URL. */
  href: string;
  /** The language's name in itself (Deutsch, العربية …); empty for x-default. */
  name: string;
  dir: 'ltr' | 'rtl';
}

/** What a translated page's shell needs. */
export interface PageLanguage {
  code: string;
  dir: 'ltr' | 'rtl';
  ui: Strings;
  /** The language switcher's entries for this page. */
  alternates: readonly Alternate[];
}

/** The German page and its published translations, German first, then x-default. */
export function alternatesOf(germanUrl: string, translations: readonly Translation[] | undefined): Alternate[] {
  if (!translations?.length) return [];
  return [
    { hreflang: 'de', href: germanUrl, name: 'Deutsch', dir: 'ltr' },
    ...translations.map((t) => ({ hreflang: t.language.code, href: `/${t.language.code}${germanUrl}`, name: t.language.name, dir: t.language.dir })),
    { hreflang: 'x-default', href: germanUrl, name: '', dir: 'ltr' },
  ];
}

export function pageLanguage(translation: Translation, germanUrl: string, translations: readonly Translation[]): PageLanguage {
  return { code: translation.language.code, dir: translation.language.dir, ui: translation.strings, alternates: alternatesOf(germanUrl, translations) };
}
