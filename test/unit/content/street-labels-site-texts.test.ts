/**
 * Issue 13 §1 (guard17): abbreviated and full street types of the site's languages with a house
 * number, also with a comma or a number label ("No:", "nr.", "رقم") between, are refused in each of
 * the three places of site texts: an interface string, a vocabulary label and a `.txt` download.
 * Each kind is generated; next to it the ordinary words that share its spelling and must pass.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { passesEverywhere, places, refusedEverywhere } from '../../support/site-text-places.ts';

const RUNS = { numRuns: 20 };

const n = fc.integer({ min: 1, max: 199 });
const arabicDigits = (num: number) => String(num).replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[+d]!);

describe('street types of the site\'s languages with a house number are refused in strings, vocabularies and downloads', () => {
  it('a label before the name, abbreviated with its full stop (pl, ro, uk, ru, fr …)', () => {
    const labels = ['al.', 'os.', 'pl.', 'Bd.', 'Bdul.', 'Str.', 'Șos.', 'Cal.', 'Av.', 'пер.', 'пр-т', 'просп.', 'пров.', 'вул.', 'бул.', 'бульв.', 'ш.', 'наб.', 'пл.', 'ul.'];
    const names = ['Lipowa', 'Unirii', 'Tilleuls', 'Липовий', 'Мира', 'Шевченка'];
    const between = fc.constantFrom(' ', ', ', ' nr. ', ' No: ', ', д. ', ', No:');
    fc.assert(
      fc.property(fc.constantFrom(...labels), fc.constantFrom(...names), between, n, (label, name, mid, num) => refusedEverywhere(`${label} ${name}${mid}${num}`, num)),
      RUNS,
    );
  });

  it('a label after the name (tr sokak, caddesi, mahallesi, bulvarı; ru переулок, площадь)', () => {
    const labels = ['Sk.', 'Sok.', 'Cad.', 'Mah.', 'Bulv.', 'пер.', 'пл.', 'наб.', 'просп.', 'ш.'];
    const names = ['Ihlamur', 'Atatürk', 'Липовый', 'Красная'];
    const between = fc.constantFrom(' ', ', ', ' No:', ' No: ', ' No.', ', No: ');
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.constantFrom(...labels), between, n, (name, label, mid, num) => refusedEverywhere(`${name} ${label}${mid}${num}`, num)),
      RUNS,
    );
  });

  it('Arabic and Persian lanes, with Arabic-Indic digits and "رقم"/"پلاک"', () => {
    fc.assert(
      fc.property(fc.constantFrom('زقاق', 'حارة', 'شارع', 'کوچه', 'کوی'), fc.constantFrom('الزيزفون', 'النصر', 'لاله'), fc.constantFrom(' ', ' رقم ', ' پلاک ', '، '), n, fc.boolean(), (label, name, mid, num, indic) =>
        refusedEverywhere(`${label} ${name}${mid}${indic ? arabicDigits(num) : num}`, num),
      ),
      RUNS,
    );
  });

  it('French number first with "bis"/"ter" and a comma before the street type', () => {
    fc.assert(
      fc.property(n, fc.constantFrom('bis', 'ter'), fc.constantFrom(', ', ' '), fc.constantFrom('avenue des Tilleuls', 'rue de la Paix', 'boulevard Voltaire', 'chemin des Vignes'), (num, suffix, mid, street) =>
        refusedEverywhere(`${num} ${suffix}${mid}${street}`, num),
      ),
      RUNS,
    );
  });
});

describe('ordinary words spelled like a street type pass', () => {
  it('without the full stop, without a capitalised name, or as a citation', () => {
    fc.assert(
      fc.property(n, (num) => {
        // "Sk" alone, "per E-Mail", "et al.", "Bd." for Band, "pl." for plural, "Str." without a name.
        for (const text of [`Sk ${num}`, `Antwort per E-Mail in ${num} Tagen.`, `Müller et al. ${num}`, `Müller et al., ${num}`, `Bd. ${num}`, `Siehe Bd. ${num}, S. 4`, `Kinder (pl.) ${num}`, `von ${num} bis 18 Uhr`, `${num} bis 18 Uhr`, `${num} bis, wie gesagt`])
          passesEverywhere(text);
      }),
      RUNS,
    );
  });
});

describe('the three places of site texts judge one line alike (issue #13 §2)', () => {
  it('Dutch streets ("Lindenlaan 13") are refused in each, also alone on their line', () => {
    fc.assert(
      fc.property(fc.constantFrom('Linden', 'Wagen', 'Molen', 'Kerk'), fc.constantFrom('laan', 'straat', 'steeg', 'plein', 'gracht'), n, (name, ending, num) => refusedEverywhere(`${name}${ending} ${num}`, num)),
      RUNS,
    );
  });

  it('a line is refused in all three or in none (coordinates with two decimals or more in all; one decimal, about 11 km, in none)', () => {
    const lat = fc.integer({ min: 510, max: 539 });
    const lon = fc.integer({ min: 70, max: 119 });
    fc.assert(
      fc.property(lat, lon, fc.integer({ min: 1, max: 3 }), fc.constantFrom('', 'GPS ', 'Treffpunkt: '), (a, b, digits, before) => {
        const fmt = (v: number) => (v / 10).toFixed(digits);
        const text = `${before}${fmt(a)}, ${fmt(b)}`;
        const counts = Object.values(places(text)).map((problems) => problems.length > 0);
        expect(new Set(counts).size, text).toBe(1);
        expect(counts[0], text).toBe(digits >= 2);
      }),
      RUNS,
    );
  });
});
