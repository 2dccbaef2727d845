/** German wording of values: dates, sizes, enum labels. Used by templates and exports. */
import { languageName } from '../schema/fields.ts';

const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/** 2026-03-12 → "12. März 2026" */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d}. ${MONTHS[m - 1]} ${y}`;
}

/** A material's `published`: a date or a year. */
export function formatPublished(value: string | number): string {
  return typeof value === 'number' ? String(value) : formatDate(value);
}

const number = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });
/** 12345 → "12,1 KB" */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} Byte`;
  if (bytes < 1_000_000) return `${number.format(bytes / 1000)} KB`;
  return `${number.format(bytes / 1_000_000)} MB`;
}

export function labelFor<T extends Record<string, string>>(table: T, key: string): string {
  return table[key] ?? key;
}

export function languageLabel(code: string): string {
  return languageName(code);
}

/** "1 Kontakt" / "3 Kontakte" */
export function count(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** Host name of a URL for link texts: https://www.hilfetelefon.de/x → hilfetelefon.de */
export function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** A phone number that never wraps: spaces become non-breaking, hyphens non-breaking hyphens. */
export function unbreakable(text: string): string {
  return text.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');
}
