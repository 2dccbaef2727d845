/**
 * Issue 13 §1–§2 (guard18): street types of the site's languages and their abbreviations with a
 * house number are refused in each of the three places of site texts (an interface string, a
 * vocabulary label, a `.txt` download); words spelled like a street type before a count pass.
 * Each kind is generated.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { passesEverywhere, places, refusedEverywhere } from '../../support/site-text-places.ts';

const RUNS = { numRuns: 20 };

const n = fc.integer({ min: 1, max: 199 });

describe('a street-type word before a count is no street (issue #13 §2)', () => {
  it('lawyer, court, hot, serious, campus before a count noun of the language', () => {
    const cases: [string, string][] = [
      ['Aile Mah.', 'ay içinde karar verir.'],
      ['Av. Popescu', 'ore pe săptămână'],
      ['Av. Maria Popescu,', 'zile'],
      ['Av. Yılmaz,', 'gün'],
      ['وجبات حارة', 'مرات يوميا'],
      ['مياه حارة', 'ساعة'],
      ['مساعدة جادة', 'ساعة في اليوم'],
      ['کوی دانشگاه', 'خوابگاه دارد'],
      ['Av. Popescu', 'femei'],
      ['Cal. Victoriei', 'ani'],
    ];
    fc.assert(fc.property(fc.constantFrom(...cases), n, ([before, after], num) => passesEverywhere(`${before} ${num} ${after}`)), RUNS);
  });

  it('Polish "od" (from, since) is no Greek street label without its full stop', () => {
    fc.assert(
      fc.property(n, (num) => {
        for (const text of [`Od ${num} stycznia 2025 r.`, `Od ${num} lat pracujemy w Celle.`, `Dzieci od ${num} lat.`, `Od ${num} Marca`]) passesEverywhere(text);
        refusedEverywhere(`Οδ. Ερμού ${num}`, num);
      }),
      RUNS,
    );
  });

  it('the same labels with a house number are still refused', () => {
    fc.assert(
      fc.property(fc.constantFrom('Av. Popescu', 'Ihlamur Mah.', 'حارة الزيزفون', 'کوی لاله', 'جادة النصر'), n, fc.constantFrom('', ', Celle', ' No: 4'), (street, num, after) =>
        refusedEverywhere(`${street} ${num}${after}`, num),
      ),
      RUNS,
    );
  });
});

describe('more street types of the site\'s languages with a house number are refused (issue #13 §1)', () => {
  it('a full street type before or after the name (ru, uk, pl, ro, ar, fa)', () => {
    const before = ['тупик', 'проезд', 'проїзд', 'майдан', 'узвіз', 'skwer', 'rondo', 'Splaiul', 'Intrarea', 'Piața', 'Aleea', 'درب', 'ميدان', 'میدان', 'بزرگراه'];
    fc.assert(
      fc.property(fc.constantFrom(...before), fc.constantFrom('Lipowe', 'Липовый', 'Unirii', 'الزيزفون', 'زیزفون'), fc.constantFrom(' ', ', '), n, (label, name, mid, num) => refusedEverywhere(`${label} ${name}${mid}${num}`, num)),
      RUNS,
    );
    fc.assert(fc.property(fc.constantFrom('Липовая аллея', 'Липова алея'), n, (street, num) => refusedEverywhere(`${street} ${num}`, num)), RUNS);
  });

  it('abbreviated with a full stop, a hyphen or a slash', () => {
    const streets = ['мкр. Мира', 'Bld. Unirii', 'Intr. Teilor', 'Spl. Independenței', 'B-dul Unirii', 'P-ța Unirii', 'ش. الزيزفون', 'خ. زیزفون', 'ک. زیزفون', 'Avda. Tilos', 'C/ Tilos', 'V.le Tigli', 'P.za Tigli', 'C.so Italia', 'Ihlamur Cd. No:', 'пер Липовый', 'пр-кт Мира'];
    fc.assert(fc.property(fc.constantFrom(...streets), n, (street, num) => refusedEverywhere(`${street} ${num}`, num)), RUNS);
    fc.assert(fc.property(n, (num) => refusedEverywhere(`Мира пр-кт, ${num}`, num)), RUNS);
  });

  it('French number first with a shortened street type and the article of its name', () => {
    fc.assert(
      fc.property(n, fc.constantFrom('av.', 'av', 'bd', 'Bd.', 'bld', 'r.', 'ch.', 'imp.'), fc.constantFrom('des Tilleuls', 'de la Paix', 'du Lac'), (num, label, name) => refusedEverywhere(`${num} ${label} ${name}`, num)),
      RUNS,
    );
  });

  it('neighbours pass: no name, a German "per", a citation, an era, a count', () => {
    fc.assert(
      fc.property(n, (num) => {
        for (const text of [`Antwort per E-Mail in ${num} Tagen.`, `per Post ${num} Tage`, `Per Anhalter ${num} km`, `${num} av. J.-C.`, `${num} bd`, `Bld. ${num}`, `Rondo ${num} für Klavier`, `C/ ${num}`, `Kapitel ${num} de la Paix`, `Folie ${num}: Av. ${num}`])
          passesEverywhere(text);
      }),
      RUNS,
    );
  });
});

describe('a German street name shortened to its initial (issue #13 §1)', () => {
  it('"L.-Allee 13" is refused, a bare "Allee 13" passes', () => {
    fc.assert(
      fc.property(fc.constantFrom('L', 'K', 'H'), fc.constantFrom('Allee', 'Straße', 'Weg', 'Platz'), n, (initial, word, num) => {
        refusedEverywhere(`${initial}.-${word} ${num}`, num);
        passesEverywhere(`${word} ${num}`);
      }),
      RUNS,
    );
  });
});

describe('the finding quotes a hyphenated or dot-joined label whole', () => {
  it('"B-dul Unirii 13", "Мира пр-кт, 13", "V.le Tigli 13"', () => {
    for (const [text, quote] of <[string, string][]>[
      ['B-dul Unirii 13', '„B-dul Unirii 13“'],
      ['Мира пр-кт, 13', '„Мира пр-кт, 13“'],
      ['V.le Tigli 13', '„V.le Tigli 13“'],
    ])
      for (const [place, problems] of Object.entries(places(text))) expect(problems[0]?.message, `${place}: ${text}`).toContain(quote);
  });
});
