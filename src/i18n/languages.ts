/**
 * The languages the core help is offered in besides German (issue #19), each named in itself,
 * with its writing direction. The order is the order of the language switcher.
 */
export const languages = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'tr', name: 'Türkçe', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'ru', name: 'Русский', dir: 'ltr' },
  { code: 'uk', name: 'Українська', dir: 'ltr' },
  { code: 'fa', name: 'فارسی', dir: 'rtl' },
  { code: 'pl', name: 'Polski', dir: 'ltr' },
  { code: 'ro', name: 'Română', dir: 'ltr' },
] as const;

export type LangCode = (typeof languages)[number]['code'];
export type Language = (typeof languages)[number];

/** The German original: the reference table and the pages that are translated. */
export const SOURCE_LANG = 'de';

export function isLangCode(value: unknown): value is LangCode {
  return languages.some((language) => language.code === value);
}

export function languageOf(code: LangCode): Language {
  return languages.find((language) => language.code === code)!;
}

/**
 * The translated pages: file name in content/translations/<lang>/ → the German page it
 * translates, and its path below /<lang>/.
 */
export const translatedPages = {
  start: { translationOf: '/', path: '' },
  hilfe: { translationOf: '/hilfe/', path: 'hilfe/' },
  sicherheit: { translationOf: '/sicherheit/', path: 'sicherheit/' },
} as const;

export type TranslatedSlug = keyof typeof translatedPages;

/** `/ar/hilfe/` for ('ar', 'hilfe'). */
export function translatedUrl(lang: LangCode, slug: TranslatedSlug): string {
  return `/${lang}/${translatedPages[slug].path}`;
}
