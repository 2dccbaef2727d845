/**
 * `numberFirstStreets` reads only windows around the tokens that could be numbers (session 13,
 * speed16): the same findings — text, offset, order, limit — as reading the whole text, which the
 * reference copy below does as the rule did before. Plus the two facts the windows rest on: the
 * searches for possible numbers miss no spelling of their words, and the windows cut at spaces.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GERMAN_NUMBER_MARKS,
  NUMBER_FIRST_PARTS,
  NUMBER_MARK_FLAGS,
  ROMAN_CHARACTERS,
  WHOLE_NUMBER_WORDS,
  germanNumberWord,
  numberFirstStreets,
  numberMarkSource,
  numberWindows,
  type NumberFirstStreet,
} from '../../../src/content/harmless-numbers.ts';

const NUMBER_FIRST_HINT_COPY = /\d[A-Za-z]{0,2}[ \u00a0]{1,3}(?:\p{Lu}|(?:rue|chemin|impasse|quai|allée|viale|piazza|piazzale|vicolo|calle|avenida|paseo|camino|carrera|rua|travessa|praça|praca|strada|bulevardul|aleea|șoseaua|soseaua|piața|piata|carrer|avinguda|passeig|plaça)[ \u00a0])/u;
const NUMBER_WORD_HINT_COPY = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b/i;

/** Reference copy: the rule as it read the whole text before the windows (main at 1bba066…a914d2e). */
function wholeTextStreets(text: string, limit = 10): NumberFirstStreet[] {
  const out: NumberFirstStreet[] = [];
  if (!NUMBER_FIRST_HINT_COPY.test(text) && !NUMBER_WORD_HINT_COPY.test(text)) return out;
  const r = NUMBER_FIRST_PARTS.tokens(text);
  for (let i = 0; i < r.count && out.length < limit; i++) {
    if (!r.numeric[i]) continue;
    const last = NUMBER_FIRST_PARTS.numberFirstStreetAt(r, i);
    if (last === undefined) continue;
    out.push({ text: r.text.slice(r.start[i], r.end[last]), offset: r.start[i]! });
    i = last;
  }
  return out;
}

const PIECES = [
  // streets and their words
  'Linden', 'Close', 'Market', 'Square', 'Old', 'Mill', 'The', 'Green', 'Rue', 'rue', 'de', 'la', 'Paix', 'Via', 'Roma', 'strada', 'Lalelelor', 'Lane', 'Road', 'Street', 'street', 'Foo',
  'Musterweg', 'Lindenallee', 'Am', 'Markt', 'An', 'der', 'Kirche', 'ul.', 'Nr.', 'No', 'Hausnummer', 'Haus', 'house', 'links', 'left', 'on',
  // number words of every kind the rule marks, and near misses
  'fourteen', 'two', 'twenty', 'one', 'One', 'seven', 'nine', 'first', 'fifth', 'Fourth', 'zero', 'oh', 'iki', 'dokuz', 'bir', 'on', 'üç', 'два', 'двадцять', 'п’ять', 'dwa', 'sto', 'unu', 'opt',
  'zwei', 'Zwei', 'zweiundzwanzig', 'einundein', 'dreizehnte', 'Dreizehnten', 'erste', 'fünfte', 'DREIẞIG', 'dreißigste', 'nachts', 'erstattet', 'XIV', 'xiv', 'Xiiia', 'IV', 'i', 'ı', 'LI', 'cxl',
  // digits
  '14', '2019', '14-16', '5a', '14th', '1', '8', '29221', '1.2-3/4,',
  // places, English cues, ends
  'Celle', 'Hannover', 'in', 'near', 'at', 'our', 'address', 'is', 'Zimmer', 'Frauen', 'Places', 'Hours', '.', ',', '!', '?', '(', ')',
  // what the tokeniser treats specially
  '\u00a0', '’', "'", '\n', '\u200b', '&#32;', '\ud83d\ude00', 'K', 'İKİ', 'ẞ',
];
const SEPARATORS = [' ', ' ', ' ', '', '  ', ',', '-', ' ' + ' '.repeat(20)];
const NUMBERISH = ['14', '14-16', '5a', '14th', '2019', '1', 'fourteen', 'two', 'twenty two', 'one', 'zweiundzwanzig', 'dreizehnte', 'Zwei', 'fünfte', 'first', 'XIV', 'Xiiia', 'iki', 'два', 'iki dokuz iki iki bir'];
const BEFORE = ['', '', 'at ', 'Our address: ', 'Street ', 'Nr. ', 'Linden Close, ', 'Am Markt ', 'the ', 'das '];
const AFTER = ['Linden Close', 'Market Square', 'The Green', 'Rue de la Paix', 'rue de la Paix', 'Via Roma', 'Linden Foo in Celle', 'Linden Foo.', 'Haus links', 'house on the left', 'Zimmer', 'Places.', 'Old Mill Close', 'Hours', 'Celle'];
/** A number and what may make it a street, in the forms the rule reads. */
const phrase = fc
  .tuple(fc.constantFrom(...BEFORE), fc.constantFrom(...NUMBERISH), fc.constantFrom(' ', ' ', '  ', '\u00a0', ''), fc.constantFrom(...AFTER), fc.constantFrom(' ', ', ', '. ', ''))
  .map((parts) => parts.join(''));
/** Enough words between two numbers to part their windows. */
const FILLER = 'Frauen finden hier Schutz und Beratung auch nachts und am Wochenende ohne Anmeldung ';
const texts = fc
  .array(
    fc.oneof(
      { weight: 8, arbitrary: fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)).map(([piece, sep]) => piece + sep) },
      { weight: 4, arbitrary: phrase },
      { weight: 1, arbitrary: fc.integer({ min: 1, max: 4 }).map((n) => FILLER.repeat(n)) },
      { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
    ),
    { maxLength: 150 },
  )
  .map((parts) => parts.join(''));

describe('numberFirstStreets reads windows, finds what the whole text holds', () => {
  it('matches the whole-text reading on generated texts (text, offset, order, limit)', () => {
    let found = 0;
    let several = 0;
    fc.assert(
      fc.property(texts, fc.integer({ min: 1, max: 12 }), (text, limit) => {
        const expected = wholeTextStreets(text, limit);
        if (expected.length) found++;
        if (expected.length >= 2) several++;
        expect(numberFirstStreets(text, limit)).toEqual(expected);
      }),
      { numRuns: 5000 },
    );
    // The texts must exercise the rule, not only its early exit (about a quarter find one, a tenth several).
    expect(found).toBeGreaterThan(800);
    expect(several).toBeGreaterThan(200);
  });

  it('matches it on long chains of number words and far-apart numbers', () => {
    const noise = 'Frauen Zimmer Haus links '.repeat(40);
    const cases = [
      `${noise}Street ${'two '.repeat(60)}Linden Close ${noise}`,
      `${noise}fourteen ${noise}14 Linden Close, ${noise} zwei Linden Close ${noise}2 Zimmer ${noise}dreizehnte Haus links ${noise}XIV Market Square`,
      `${'iki dokuz iki iki bir '.repeat(30)}Linden Close`,
      `2 Zimmer ${'x'.repeat(3000)} fourteen Linden Close`,
      `2 Zimmer \ud800 14 Linden Close ${noise} 14 Linden Close`,
      `${'1 '.repeat(5000)}Linden Close 1 The Green`,
    ];
    for (const text of cases) for (const limit of [1, 2, 10]) expect(numberFirstStreets(text, limit)).toEqual(wholeTextStreets(text, limit));
  });

  it('cuts windows only after and before spaces, in order, not overlapping', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const windows = numberWindows(text);
        for (let w = 0; w < windows.length; w += 2) {
          const [from, to] = [windows[w]!, windows[w + 1]!];
          expect(from).toBeLessThan(to);
          if (w > 0) expect(from).toBeGreaterThan(windows[w - 1]!);
          if (from > 0 && !(from === 0 && to === text.length)) expect(text[from - 1]).toBe(' ');
          if (to < text.length) expect(text[to]).toBe(' ');
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('markNumberWords reads only the words at possible numbers', () => {
  it('marks the same tokens as reading every word (strayNumbers skips a text without any)', () => {
    let none = 0;
    let some = 0;
    const plain = fc.array(fc.constantFrom(...PIECES.filter((piece) => !/\d/.test(piece)), 'Zimmer', 'Plätze', 'Haus', 'Celle'), { maxLength: 40 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(fc.oneof(texts, plain), (text) => {
        const all = [...NUMBER_FIRST_PARTS.tokens(text).numeric];
        if (all.some(Boolean)) some++;
        else none++;
        expect([...NUMBER_FIRST_PARTS.possibleTokens(text).numeric], text).toEqual(all);
      }),
      { numRuns: 5000 },
    );
    expect(none).toBeGreaterThan(300);
    expect(some).toBeGreaterThan(1000);
  });
});

describe('the searches for possible numbers miss no spelling', () => {
  /** Every code point (no surrogate halves) by its lower case. */
  const byLower = new Map<string, string[]>();
  for (let code = 0; code <= 0x10ffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const character = String.fromCodePoint(code);
    const lower = character.toLowerCase();
    byLower.set(lower, [...(byLower.get(lower) ?? []), character]);
  }

  it('every character whose lower case is a letter of a searched word matches that letter', () => {
    const flags = NUMBER_MARK_FLAGS.replace('g', '');
    for (const words of [GERMAN_NUMBER_MARKS, WHOLE_NUMBER_WORDS]) {
      for (const letter of new Set(words.flatMap((word) => [...word]))) {
        // Letters only: a search never runs over a space or a mark the tokeniser splits at.
        expect(letter).toMatch(/^[\p{L}\p{M}’']$/u);
        // "İ" lowers to "i" and a combining dot: no word may hold the dot.
        expect(letter).not.toBe('\u0307');
        for (const character of byLower.get(letter) ?? []) expect(new RegExp(numberMarkSource(letter), flags).test(character), `${letter} ← U+${character.codePointAt(0)!.toString(16)}`).toBe(true);
      }
    }
  });

  it('ROMAN_CHARACTERS are all characters whose upper case is made of Roman digits', () => {
    const found: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      if (/^[CXLIV]+$/.test(String.fromCodePoint(code).toUpperCase())) found.push(String.fromCodePoint(code));
    }
    expect(found.sort().join('')).toBe([...ROMAN_CHARACTERS].sort().join(''));
  });

  it('every German number word the rule can mark holds a mark', () => {
    const parts = ['zwei', 'zwo', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'sieb', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'zwanzig', 'dreißig', 'hundert', 'tausend', 'und', 'ein', 'eins', 'einhalb', 'null', 'millionen', 'erst', 'dritt'];
    const marks = new RegExp(GERMAN_NUMBER_MARKS.map(numberMarkSource).join('|'), NUMBER_MARK_FLAGS.replace('g', ''));
    let marked = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { minLength: 1, maxLength: 5 }), fc.constantFrom('', 'e', 'en', 'te', 'ten', 'ste', 'sten'), (chosen, ending) => {
        const word = chosen.join('') + ending;
        if (germanNumberWord(word) === undefined) return;
        marked++;
        expect(marks.test(word), word).toBe(true);
        expect(marks.test(word.toUpperCase()) || word.includes('ß'), word).toBe(true);
      }),
      { numRuns: 3000 },
    );
    expect(marked).toBeGreaterThan(1000);
  });
});
