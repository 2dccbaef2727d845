/**
 * Field types shared by every content type. Messages are German because editors read them;
 * The fix printed after the message travels in `params.suggestion` (custom checks) or via hint().
 */
import { z } from 'zod';
import { deceptiveUrl, deceptiveUrlText } from './url-reading.ts';
import parsePhoneNumber from 'libphonenumber-js/max';
import { today } from './clock.ts';

/** Joins a message and its fix for zod's built-in checks, which carry only a message. */
export const HINT = '\u001f';
export function hint(message: string, suggestion: string): string {
  return `${message}${HINT}${suggestion}`;
}

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const HTML_TAG = /<\/?[a-zA-Z!?][^>]*>?/;
/**
 * Characters that are invisible or reorder or break a line when shown: C0 and C1 controls (tab
 * and line breaks included: these texts are one line), bidi marks, embeddings, overrides and
 * isolates, line and paragraph separators. A U+202E in a title shows "Frauenhaus" as "suahneuarF".
 */
// Controls, line separators and every format character (Cf: bidi marks, zero-width characters,
// soft hyphen, byte order mark, invisible operators, tag characters), plus the combining grapheme
// joiner, Khmer and Mongolian invisible vowels and variation selectors: none of them shows.
export const INVISIBLE_CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u034F\u17B4\u17B5\u180B-\u180F\uFE00-\uFE0F]|\p{Cf}/u;
/**
 * INVISIBLE_CONTROL without the zero-width non-joiner and joiner (U+200C, U+200D), which Persian
 * and Arabic write inside words ("می‌شود"): for texts in those scripts (the translations).
 */
export const INVISIBLE_CONTROL_BUT_JOINERS = /(?![\u200C\u200D])(?:[\u0000-\u001F\u007F-\u009F\u2028\u2029\u034F\u17B4\u17B5\u180B-\u180F\uFE00-\uFE0F]|\p{Cf})/u;
/** A letter that shows: Hangul fillers are letters to Unicode but print as blank space. */
const VISIBLE_LETTER = /(?![\u115F\u1160\u3164\uFFA0])\p{L}/u;

/** "Zeichen 14: unsichtbares Steuerzeichen U+202E" for the first such character, counted from 1 in code points. */
export function invisibleCharacter(value: string, pattern: RegExp = INVISIBLE_CONTROL): string | undefined {
  const match = pattern.exec(value);
  if (!match) return undefined;
  const position = [...value.slice(0, match.index)].length + 1;
  const code = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  const what = match[0] === '\n' || match[0] === '\r' || match[0] === '\u2028' || match[0] === '\u2029' ? 'Zeilenumbruch' : match[0] === '\t' ? 'Tabulator' : 'unsichtbares Steuerzeichen';
  return `Zeichen ${position}: ${what} U+${code}`;
}

/**
 * One line of plain text: no markup (it would be shown as text), no control, bidi or line
 * separator characters, and (unless `letter` is false) at least one visible letter, so a title
 * or name never shows up blank or as punctuation only. `joiners`: U+200C/U+200D are allowed
 * (Persian and Arabic texts).
 */
export function plainText(min: number, max: number, { letter = true, joiners = false }: { letter?: boolean; joiners?: boolean } = {}) {
  return z
    .string({ error: 'muss ein Text sein' })
    .trim()
    .min(min, { error: `ist zu kurz: mindestens ${min} Zeichen` })
    .max(max, { error: `ist zu lang: höchstens ${max} Zeichen` })
    .check((ctx) => {
      const invisible = invisibleCharacter(ctx.value, joiners ? INVISIBLE_CONTROL_BUT_JOINERS : INVISIBLE_CONTROL);
      if (HTML_TAG.test(ctx.value)) {
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          message: 'enthält HTML-Code; hier ist nur einfacher Text erlaubt',
          params: { suggestion: 'spitze Klammern < > und Tags entfernen' },
        });
      } else if (invisible) {
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          message: `enthält Zeilenumbrüche oder Steuerzeichen (${invisible})`,
          params: { suggestion: 'das Zeichen löschen (in manchen Editoren unsichtbar: die Stelle neu tippen) und den Text in eine Zeile schreiben' },
        });
      } else if (letter && ctx.value.length >= min && !VISIBLE_LETTER.test(ctx.value)) {
        // A value that is too short has its message already ("" is too short, not also without letters).
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          message: 'enthält keinen sichtbaren Buchstaben',
          params: { suggestion: 'einen lesbaren Text mit Buchstaben eintragen' },
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
    // Written with exactly two slashes: "https:evil.example.net" is a path below the page to a
    // browser, and "https:///evil.example.net" another site to a browser but not to every reader (session 17).
    return /^https:\/\/(?![\\/])/i.test(value) && url.protocol === 'https:' && !url.username && !url.password && url.hostname.includes('.') && !/\s/.test(value);
  } catch {
    return false;
  }
}

export const httpsUrl = z
  .string({ error: 'muss eine Web-Adresse (Text) sein' })
  .trim()
  .check((ctx) => {
    const deceptive = deceptiveUrl(ctx.value);
    if (deceptive) {
      const text = deceptiveUrlText(ctx.value, deceptive);
      ctx.issues.push({ code: 'custom', input: ctx.value, message: `ist irreführend: ${text.message}`, params: { suggestion: text.suggestion } });
      return;
    }
    if (isHttpsUrl(ctx.value)) return;
    const insecure = ctx.value.startsWith('http://');
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      message: insecure ? 'ist eine unsichere http-Adresse' : 'ist keine gültige Web-Adresse',
      params: { suggestion: insecure ? 'die Adresse mit https:// angeben' : 'vollständig mit https:// angeben, z. B. https://www.example.org/' },
    });
  });

export const email = z.email({ error: hint('ist keine gültige E-Mail-Adresse', 'in der Form name@beispiel.de schreiben') }).max(254);

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
  // A number here is YAML's reading of an unquoted +49… (the + is lost): refused, see validate.ts.
  .string({ error: hint('muss eine Telefonnummer in Anführungszeichen sein', 'in Anführungszeichen schreiben, z. B. "0511 1208705"') })
  .transform((raw, ctx): Phone => {
    const text = raw.trim();
    const compact = text.replace(/[\s\-/()]/g, '');
    if (SHORT_NUMBER.test(compact)) return { text, e164: compact, href: `tel:${compact}` };
    const parsed = /^[+0-9(][0-9 ()/-]{4,30}$/.test(text) ? parsePhoneNumber(text, 'DE') : undefined;
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
