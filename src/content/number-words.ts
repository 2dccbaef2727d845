/**
 * Numbers written as German words read as digits, for the shelter guard's reading of a text
 * (`readable` in ./location-finder.ts): "Lindenallee dreizehn" is "Lindenallee 13", "PLZ zwei
 * neun zwei zwei eins" is "PLZ 2 9 2 2 1", "Nummer hundertzwölf" is "Nummer 112". Whole words
 * from 0 to 999 ("null" … "neunhundertneunundneunzig"); "ein" and "eine" stay words (articles).
 * Roman numerals are read by the street rule itself, only after a street word ("Lindenallee XIII").
 *
 * One pass over the text; the pattern looks at most one word ahead from each word start: linear.
 */
// The umlaut also as "ue"/"oe" and, as typed on a keyboard without it, as plain "u"/"o" ("funf", "zwolf": outside tester, session 18).
const UNITS: Record<string, number> = { ein: 1, eins: 1, zwei: 2, zwo: 2, drei: 3, vier: 4, fünf: 5, fuenf: 5, funf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9 };
const TEENS: Record<string, number> = {
  null: 0, zehn: 10, elf: 11, zwölf: 12, zwoelf: 12, zwolf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, fuenfzehn: 15, funfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
};
const TENS: Record<string, number> = {
  zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40, fünfzig: 50, fuenfzig: 50, funfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
};

function below100(word: string): number | undefined {
  if (word in TEENS) return TEENS[word];
  if (word in TENS) return TENS[word];
  if (word in UNITS && word !== 'ein') return UNITS[word];
  const and = word.indexOf('und');
  if (and <= 0) return undefined;
  const unit = UNITS[word.slice(0, and)];
  const tens = TENS[word.slice(and + 3)];
  return unit !== undefined && tens !== undefined ? tens + unit : undefined;
}

/** The value of a German number word of 0–999 (lower case), or undefined: "dreizehn" 13, "zweihundertfünf" 205. */
export function numberWordValue(word: string): number | undefined {
  const at = word.indexOf('hundert');
  if (at < 0) return below100(word);
  const head = word.slice(0, at);
  const hundreds = head === '' ? 1 : UNITS[head];
  if (hundreds === undefined) return undefined;
  let rest = word.slice(at + 7);
  if (rest.startsWith('und')) rest = rest.slice(3);
  if (rest === '') return hundreds * 100;
  const tail = rest === 'ein' ? undefined : below100(rest);
  return tail === undefined ? undefined : hundreds * 100 + tail;
}

/** Words that end like a German number word; the parser decides ("Nacht" is none). Bounded: one word per match. */
export const NUMBER_WORD_ENDINGS = ['null', 'eins', 'zwei', 'zwo', 'drei', 'vier', 'fünf', 'fuenf', 'funf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'zwoelf', 'zwolf', 'zig', 'ßig', 'ssig', 'hundert'] as const;
const NUMBER_WORD = new RegExp(`(?<![\\p{L}\\p{M}])[\\p{L}]{0,40}?(?:${NUMBER_WORD_ENDINGS.join('|')})(?![\\p{L}\\p{M}])`, 'giu');

/**
 * What every match of NUMBER_WORD holds, as a cheaper test without the u flag (1 MB without a
 * number word: 1–3 ms against 10–50 ms for the replacement, session 16): case-insensitive, with the long s (ſ) and the
 * capital ẞ written out, which only the u flag folds to s and ß. Every other character
 * NUMBER_WORD folds to a letter of its words, this one folds too (checked for all of Unicode in
 * test/unit/content/number-words.test.ts).
 */
export const GERMAN_NUMBER_WORD_HINT = /null|ein[sſ]|zwei|zwo|drei|vier|fünf|fuenf|funf|[sſ]ech[sſ]|[sſ]ieben|acht|neun|zehn|elf|zwölf|zwoelf|zwolf|zig|[ßẞ]ig|[sſ][sſ]ig|hundert/i;

/** `text` with German number words as digits; the same string when it has none. */
export function spelledNumbers(text: string): string {
  if (!GERMAN_NUMBER_WORD_HINT.test(text)) return text;
  return text.replace(NUMBER_WORD, (word) => {
    const value = numberWordValue(word.toLowerCase());
    return value === undefined ? word : String(value);
  });
}
