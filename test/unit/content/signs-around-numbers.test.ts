/**
 * Signs between a street and its number hide nothing from a reader (outside tester, session 16):
 * "Hauptstraße $12$" published the house number, since Markdown shows the dollar signs and the
 * number rule took the number for an amount. Any symbol or other punctuation (but sentence and
 * quotation marks) between a street and a number leaves the number a house number; a
 * percent-escape is read decoded and as it shows ("%44" is "D" in a link, "%44" on the page).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cpuMs } from '../../support/cpu.ts';
import { frauenhausErrors } from '../../support/frauenhaus-entry.ts';

const STREETS = ['Hauptstraße', 'Musterweg', 'Lindenallee', 'Schillerplatz', 'Am Bahnhof', 'Birkenring', 'Zum Musterhof'];
const SIGNS = ['$', '%', '+', '£', '§', '‰', '¥', '€', '#', '*', '&', '=', '~', '^', '|', '¤', '°', '@', '¶', '†', '•', '№'];

describe('a street, signs, a number', () => {
  it('the tester’s examples are refused, in the body and in a field, with the number quoted', () => {
    for (const text of ['Hauptstraße $12$, Aurich', 'Hauptstraße %12%, Aurich', 'Hauptstraße +12+', 'Hauptstraße £12£', 'Hauptstraße $ 12 $', 'Hauptstraße $$12$$', 'Hauptstraße §12§', 'Hauptstraße ‰12‰', 'Hauptstraße a@12, Celle']) {
      const [body] = frauenhausErrors(text);
      expect(body, text).toMatchObject({ field: '(Text)', severity: 'error' });
      expect(body!.message, text).toMatch(/^Der Text nennt eine Zahl, die keine Uhrzeit, kein Datum, keine Anzahl mit Einheit, keine Telefonnummer und kein Paragraf ist \(„12“/);
      expect(body!.message).toContain('die Lage eines Frauenhauses ist vertraulich');
      const [field] = frauenhausErrors('Wir helfen.', { hours: text });
      expect(field, text).toMatchObject({ field: 'hours', severity: 'error' });
    }
  });

  it('any one to three signs, spaced or not, before and after any house number (generated)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STREETS),
        fc.array(fc.constantFrom(...SIGNS), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 299 }),
        fc.constantFrom('', 'a', 'b'),
        fc.boolean(),
        (street, signs, spaced, n, letter, after) => {
          const around = signs.join('');
          const text = `Sie finden uns ${street} ${around}${spaced ? ' ' : ''}${n}${letter}${spaced ? ' ' : ''}${after ? [...around].reverse().join('') : ''}, Celle.`;
          expect(frauenhausErrors(text), text).not.toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('signs with numbers away from a street still pass', () => {
    for (const text of ['Wir haben 12 % mehr Plätze als im Vorjahr.', 'Der Eigenanteil beträgt 5 € am Tag.', 'Beratung nach § 8a SGB VIII.', 'Aufnahme rund um die Uhr, 24/7.', 'Kinder bis 12 Jahre + Mütter.']) {
      expect(frauenhausErrors(text), text).toEqual([]);
    }
  });

  it('a percent-escape is read as typed and decoded', () => {
    expect(frauenhausErrors('Hauptstraße %01%35 in Celle')).not.toEqual([]);
    expect(frauenhausErrors('Hauptstraße %44 in Celle')).not.toEqual([]);
    expect(frauenhausErrors('Hauptstraße %2b in Celle')).not.toEqual([]);
    // "%20" is a space: the reading is "Musterweg 5".
    expect(frauenhausErrors('Musterweg%205 in Celle')).not.toEqual([]);
  });

  // The sign rule, the e-mail mask and the reading as typed on 1 MB of their worst case: linear (a quadratic rule takes minutes).
  it.each(['Hauptstraße $12$ ', 'a@12 ', '%44 ', 'a@b.c.d.e.f.g.h.i.j1 '])('%s, 1 MB in the body: the whole guard well under the bound', (unit) => {
    const value = unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
    expect(cpuMs(() => frauenhausErrors(value))).toBeLessThan(10_000);
  });
});
