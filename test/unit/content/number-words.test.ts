/**
 * German number words read as digits (src/content/number-words.ts): the cheap hint that lets
 * `spelledNumbers` skip a text must hold for every text the full pattern matches, whatever the
 * case and whatever character Unicode's case folding treats as one of the words' letters.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NUMBER_WORD_ENDINGS, GERMAN_NUMBER_WORD_HINT, spelledNumbers } from '../../../src/content/number-words.ts';

/** For each of `letters`, every character the u flag's case-insensitive match takes for it (itself included). */
function foldsTo(letters: Iterable<string>): Map<string, string[]> {
  const patterns = [...letters].map((letter) => [letter, new RegExp(`^${letter}$`, 'iu')] as const);
  const out = new Map(patterns.map(([letter]) => [letter, [letter]]));
  for (let cp = 0; cp < 0x110000; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const c = String.fromCodePoint(cp);
    // Case folding pairs only characters with a case mapping: the rest cannot match another letter.
    if (c.toLowerCase() === c && c.toUpperCase() === c) continue;
    for (const [letter, same] of patterns) if (c !== letter && same.test(c)) out.get(letter)!.push(c);
  }
  return out;
}

describe('spelledNumbers', () => {
  it('reads number words as digits and leaves other words', () => {
    expect(spelledNumbers('Lindenallee dreizehn, PLZ zwei neun ZWEI zwei eins, DREIẞIG')).toBe('Lindenallee 13, PLZ 2 9 2 2 1, 30');
    expect(spelledNumbers('Nacht und Acht, ein Haus')).toBe('Nacht und 8, ein Haus');
    expect(spelledNumbers('Wir beraten Sie gern.')).toBe('Wir beraten Sie gern.');
  });

  it('the hint finds every ending in every spelling the full pattern matches (all of Unicode)', () => {
    const variants = foldsTo(new Set(NUMBER_WORD_ENDINGS.join('')));
    // The known cases beyond ASCII case: the long s and the capital sharp s.
    expect(variants.get('s')).toContain('ſ');
    expect(variants.get('ß')).toContain('ẞ');
    let tried = 0;
    for (const ending of NUMBER_WORD_ENDINGS) {
      expect(GERMAN_NUMBER_WORD_HINT.test(ending) && GERMAN_NUMBER_WORD_HINT.test(ending.toUpperCase()), ending).toBe(true);
      for (let p = 0; p < ending.length; p++) {
        for (const variant of variants.get(ending[p]!)!) {
          const spelled = ending.slice(0, p) + variant + ending.slice(p + 1);
          tried++;
          expect(GERMAN_NUMBER_WORD_HINT.test(`x ${spelled} y`), spelled).toBe(true);
        }
      }
    }
    expect(tried).toBeGreaterThan(100);
  });

  it('a text the hint passes over is left as it is (generated)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        if (!GERMAN_NUMBER_WORD_HINT.test(text)) expect(spelledNumbers(text)).toBe(text);
      }),
      { numRuns: 500 },
    );
    // Mixed case of every ending, in words: all read.
    fc.assert(
      fc.property(fc.constantFrom(...NUMBER_WORD_ENDINGS.filter((e) => e !== 'zig' && e !== 'ßig' && e !== 'ssig')), fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), (ending, upper) => {
        const spelled = [...ending].map((c, k) => (upper[k] ? c.toUpperCase() : c)).join('');
        expect(GERMAN_NUMBER_WORD_HINT.test(spelled), spelled).toBe(true);
      }),
    );
  });
});
