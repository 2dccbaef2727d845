/**
 * A message quotes the editor's text, cut to a length; a letter or digit beyond the BMP ("𝟏𝟐",
 * "𝐇𝐚𝐮𝐩𝐭") is two UTF-16 code units, and a cut between them showed "Hauptstraße 𝟏�" (outside
 * tester, session 16). No message of the guard holds half a character.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frauenhausProblems } from '../../support/frauenhaus-entry.ts';

const HALF = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Mathematical bold digits and letters: NFKC reads them as 0–9 and a–z. */
const bold = (text: string) => [...text].map((c) => (/\d/.test(c) ? String.fromCodePoint(0x1d7ce + Number(c)) : /[a-z]/.test(c) ? String.fromCodePoint(0x1d41a + c.charCodeAt(0) - 97) : c)).join('');

describe('quotes in messages', () => {
  it('the tester’s example quotes both digits', () => {
    const [hit] = frauenhausProblems('Hauptstraße 𝟏𝟐, Aurich');
    expect(hit!.message).toContain('„Hauptstraße 𝟏𝟐“, gelesen als „Hauptstraße 12“');
  });

  it('no half character, whatever is cut (generated)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Hauptstraße', 'Musterweg', 'Am Markt', 'PLZ', 'Nummer', 'Lindenallee'),
        fc.integer({ min: 1, max: 99999 }),
        fc.string({ unit: fc.constantFrom('𝟏', '𝐚', 'x', ' ', '😀', ','), maxLength: 120 }),
        fc.string({ unit: fc.constantFrom('𝟏', '𝐚', 'x', ' ', '😀', ','), maxLength: 120 }),
        fc.boolean(),
        (street, n, before, after, boldStreet) => {
          const text = `${before} ${boldStreet ? bold(street.toLowerCase()) : street} ${bold(String(n))}${after}`;
          for (const p of [...frauenhausProblems(text), ...frauenhausProblems('Wir helfen.', { hours: text })]) expect(HALF.test(p.message), p.message).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
