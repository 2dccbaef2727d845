/**
 * Field types shared by every content type. Messages are German because editors read them;
 * The fix printed after the message travels in `params.suggestion` (custom checks) or via hint().
 */
import { z } from 'zod';
import parsePhoneNumber from 'libphonenumber-js/max';
import { today } from '../content/clock.ts';

/** Joins a message and its fix for zod's built-in checks, which carry only a message. */
export const HINT = '\u001f';
export function hint(message: string, suggestion: string): string {
  return `${message}${HINT}${suggestion}`;
}

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const HTML_TAG = /<\/?[a-zA-Z!?][^>]*>?/;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;

/** One line of plain text: no markup (it would be shown as text), no control characters. */
export function plainText(min: number, max: number) {
  return z
    .string({ error: 'muss ein Text sein' })
    .trim()
    .min(min, { error: `ist zu kurz: mindestens ${min} Zeichen` })
    .max(max, { error: `ist zu lang: höchstens ${max} Zeichen` })
    .check((ctx) => {
      if (HTML_TAG.test(ctx.value)) {
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          message: 'enthält HTML-Code; hier ist nur einfacher Text erlaubt',
          params: { suggestion: 'spitze Klammern < > und Tags entfernen' },
        });
      } else if (/\r|\n/.test(ctx.value) || CONTROL.test(ctx.value)) {
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          message: 'enthält Zeilenumbrüche oder Steuerzeichen',
          params: { suggestion: 'den Text in eine Zeile schreiben' },
        });
      }
    });
}

export const slug = z
  .string({ error: 'muss eine Kennung (Text) sein' })
  .regex(SLUG_PATTERN, { error: hint('ist keine gültige Kennung', 'nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche; Umlaute ausschreiben (ä → ae)') });

/** A list of references (slugs or vocabulary ids); existence is checked when the graph is resolved. */
export function refList(min = 0) {
  return z
    .array(slug, { error: hint('muss eine Liste sein', 'als Liste schreiben: [erste-kennung, zweite-kennung]') })
    .min(min, { error: `braucht mindestens ${min} Eintrag` })
    .check((ctx) => {
      const seen = new Set<string>();
      ctx.value.forEach((id, index) => {
        if (seen.has(id)) {
          ctx.issues.push({ code: 'custom', input: id, path: [index], message: `„${id}“ steht doppelt in der Liste`, params: { suggestion: 'den doppelten Eintrag löschen' } });
        }
        seen.add(id);
      });
    });
}

function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar date written YYYY-MM-DD (YAML 1.2 keeps it a string). */
export const isoDate = z
  .string({ error: hint('muss ein Datum sein', 'im Format JJJJ-MM-TT schreiben, z. B. 2026-03-12') })
  .refine(isRealDate, { error: hint('ist kein gültiges Datum', 'im Format JJJJ-MM-TT schreiben, z. B. 2026-03-12') });

export const pastDate = isoDate.refine((value) => !isRealDate(value) || value <= today(), { error: hint('liegt in der Zukunft', 'das Datum der letzten Prüfung eintragen (heute oder früher)') });

export function year(max: () => number) {
  return z
    .int({ error: hint('muss eine Jahreszahl sein', 'vierstellig schreiben, z. B. 2019') })
    .min(1949, { error: 'ist keine plausible Jahreszahl' })
    .refine((value) => value <= max(), { error: 'liegt in der Zukunft' });
}

export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && !url.username && !url.password && url.hostname.includes('.') && !/\s/.test(value);
  } catch {
    return false;
  }
}

export const httpsUrl = z
  .string({ error: 'muss eine Web-Adresse (Text) sein' })
  .trim()
  .check((ctx) => {
    if (isHttpsUrl(ctx.value)) return;
    const insecure = ctx.value.startsWith('http://');
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      message: insecure ? 'ist eine unsichere http-Adresse' : 'ist keine gültige Web-Adresse',
      params: { suggestion: insecure ? 'die Adresse mit https:// angeben' : 'vollständig mit https:// angeben, z. B. https://www.example.org/' },
    });
  });

export const email = z
  .email({ error: hint('ist keine gültige E-Mail-Adresse', 'in der Form name@beispiel.de schreiben') })
  .max(254);

/** Nationwide short numbers (Notruf, 115, EU-harmonised 116 xxx) have no E.164 form; they are dialled as written. */
const SHORT_NUMBER = /^(110|112|115|116\d{3})$/;

export interface Phone {
  /** As the editor wrote it, for display. */
  text: string;
  /** E.164 (+495111208705) or the short number itself (116016). */
  e164: string;
  /** Ready for href: tel:+495111208705 */
  href: string;
}

/** A German phone number, validated and normalised to E.164 for tel: links. */
export const phone = z
  .union([z.string(), z.int()], { error: hint('muss eine Telefonnummer sein', 'in Anführungszeichen schreiben, z. B. "0511 1208705"') })
  .transform((raw, ctx): Phone => {
    const text = String(raw).trim();
    const compact = text.replace(/[\s\-/()]/g, '');
    if (SHORT_NUMBER.test(compact)) return { text, e164: compact, href: `tel:${compact}` };
    const parsed = /^[+0-9][0-9 ()/\-]{4,30}$/.test(text) ? parsePhoneNumber(text, 'DE') : undefined;
    if (!parsed || !parsed.isValid() || parsed.country !== 'DE') {
      ctx.issues.push({
        code: 'custom',
        input: raw,
        message: `„${text}“ ist keine gültige deutsche Telefonnummer`,
        params: { suggestion: 'mit Vorwahl schreiben, z. B. "0511 1208705" oder "+49 511 1208705"' },
      });
      return z.NEVER;
    }
    return { text, e164: parsed.number, href: `tel:${parsed.number}` };
  });

/** ISO 639-1 language codes that the platform can name in German. */
const languageNames = new Intl.DisplayNames(['de'], { type: 'language', fallback: 'none' });
// ICU lookups are slow (every contact and material names languages); the codes are few.
const knownLanguages = new Map<string, string | undefined>();
function displayName(code: string): string | undefined {
  if (!knownLanguages.has(code)) knownLanguages.set(code, languageNames.of(code));
  return knownLanguages.get(code);
}
export function languageName(code: string): string {
  return displayName(code) ?? code;
}
export const languageCode = z
  .string({ error: 'muss ein Sprachkürzel sein' })
  .refine((code) => /^[a-z]{2}$/.test(code) && displayName(code) !== undefined, { error: hint('ist kein Sprachkürzel nach ISO 639-1', 'zweistellige Kürzel verwenden, z. B. de, en, tr, ar, ru, uk') });

export function enumOf<T extends [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, { error: hint(`ist kein erlaubter Wert für ${what}`, `erlaubt: ${values.join(', ')}`) });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const flag = z.boolean({ error: 'muss true oder false sein' });
