/**
 * The number rule in context (src/content/harmless-numbers.ts, session 10): a numbered noun whose
 * ending also ends streets ("-stock", "-anlage", "-seite", "-punkt", "-abend") no longer lifts a
 * street name ("Am Weinstock 5", "Auf der Sonnenseite 5", "Ostseite 4, Celle"); ordinary numbered
 * nouns ("Arbeitsgruppe 2", "auf Seite 5") still pass.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locationsIn } from '../../../src/content/shelter-guard.ts';
import { frauenhausErrors } from '../../support/frauenhaus-entry.ts';

const runs = { numRuns: 150 };

const errors = frauenhausErrors;
const refused = (text: string) => expect(errors(text), text).not.toEqual([]);
const passes = (text: string) => expect(errors(text), text).toEqual([]);

const stem = fc.constantFrom('Wein', 'Reb', 'Wall', 'Schloss', 'Sonnen', 'Wasser', 'Ost', 'West', 'Feier', 'Treff', 'Aussichts', 'Mühlen', 'Linden', 'Berg');
const streetLikeEnding = fc.constantFrom('stock', 'anlage', 'seite', 'punkt', 'abend');
const preposition = fc.constantFrom('Am', 'Im', 'Zum', 'Beim', 'An der', 'Auf der', 'Hinter der', 'Unter der', 'Vor der', 'Bei der', 'Zur');
const houseNumber = fc.integer({ min: 1, max: 299 }).filter((n) => ![110, 112, 115, 116].includes(n)); // hotlines: see the street-context tests

describe('numbered nouns with a street-like ending', () => {
  it('the tester’s examples are refused', () => {
    for (const text of [
      'Sie finden uns Am Weinstock 5.',
      'Am Rebstock 4 ist die Tür.',
      'An der Wallanlage 5 klingeln.',
      'Schlossanlage 2 ist unser Haus.',
      'Auf der Sonnenseite 5 wohnen wir.',
      'Wasserseite 12 ist unsere Adresse.',
      'Ostseite 4, Celle.',
      'Am Feierabend 5 ist es.',
      'Am Treffpunkt 3 ist es.',
      'Zum Aussichtspunkt 3 kommen.',
      'Am Frauenhaus 5 klingeln.',
    ])
      refused(text);
  });

  it('a compound with a street-like ending, with or without a preposition, is refused (generated)', () => {
    fc.assert(
      fc.property(fc.option(preposition), stem, streetLikeEnding, houseNumber, (prep, s, ending, n) => {
        refused(`Wir sind ${prep ? `${prep} ` : ''}${s}${ending} ${n} zu finden.`);
      }),
      runs,
    );
  });

  it('a bare street-like word after a preposition with article is refused; a numbered noun before a place is refused (generated)', () => {
    fc.assert(
      fc.property(fc.constantFrom('An der', 'Auf der', 'Hinter der', 'Vor der'), fc.constantFrom('Seite', 'Anlage', 'Etage'), houseNumber, (prep, word, n) => {
        refused(`Wir sind ${prep} ${word} ${n} zu finden.`);
      }),
      runs,
    );
    fc.assert(
      fc.property(fc.constantFrom('Seite', 'Raum', 'Arbeitsgruppe', 'Kapitel'), fc.integer({ min: 1, max: 99 }), fc.constantFrom('Celle', 'Hannover', 'Lüneburg'), (word, n, place) => {
        refused(`${word} ${n}, ${place}.`);
      }),
      runs,
    );
  });

  it('ordinary numbered nouns still pass (generated)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Arbeitsgruppe', 'Seminarreihe', 'Raum', 'Broschüre', 'Kapitel', 'die Seite', 'auf Seite', 'in Anlage', 'im Raum', 'Modul', 'Stock', 'Frauenhaus'),
        fc.integer({ min: 1, max: 30 }),
        (label, n) => {
          passes(`Mehr dazu: ${label} ${n} unserer Unterlagen.`);
        },
      ),
      runs,
    );
  });
});

describe('the location finder (named-shelter warning on other pages)', () => {
  it('finds a street named like a numbered noun after a preposition form', () => {
    expect(locationsIn('Das Frauenhaus Celle finden Sie Am Weinstock 5.').length).toBeGreaterThan(0);
    expect(locationsIn('Auf der Sonnenseite 5 ist der Eingang.').length).toBeGreaterThan(0);
    expect(locationsIn('Das steht auf Seite 5 der Broschüre.')).toEqual([]);
    expect(locationsIn('Arbeitsgruppe 2 trifft sich im Raum 3.')).toEqual([]);
  });
});

describe('a label’s exemption fits the label’s format', () => {
  const label = fc.constantFrom('Tel.', 'Telefon', 'Fax:', 'Postfach', 'IBAN', 'Az.', 'ID', 'Mobil', 'Kontonummer');
  const postcode = fc.constantFrom('29221', '30159', '21335', '26122', '37073');
  const place = fc.constantFrom('Celle', 'Hannover', 'Lüneburg', 'Oldenburg', 'Göttingen');

  it('five digits before a place of the table are a postcode whatever the label (generated)', () => {
    fc.assert(
      fc.property(label, postcode, place, (l, code, p) => {
        refused(`Erreichbar: ${l} ${code} ${p}.`);
        expect(locationsIn(`Erreichbar: ${l} ${code} ${p}.`).length, `${l} ${code} ${p}`).toBeGreaterThan(0);
      }),
      runs,
    );
  });

  it('a phone number needs an area code, an IBAN its country code', () => {
    refused('Tel. 29221 erreichen Sie uns.');
    refused('IBAN 29221 bitte angeben.');
    passes('Tel. 05141 123456, Fax: 05141 123457, Durchwahl 23.');
    passes('IBAN DE02 1203 0000 0000 2020 51');
    passes('Telefon +49 5141 123456');
  });
});

describe('after a street-like name no weak count is harmless', () => {
  it('the tester’s examples are refused', () => {
    for (const text of [
      'Wir sind Lindenhain 24/7 da.',
      'Wir sind Lindenhain 115 zu finden.',
      'Wir sind Lindenhain 5 Min. vom Bahnhof.',
      'Wir sind Sonnenblick 5 km vom Zentrum.',
      'Wir sind Sonnenblick 5 % günstiger.',
      'Wir sind Lindenhain 5 StGB.',
      'Wir sind Lindenhain ab 18 erreichbar.',
      'Wir sind An der Kirche 5 Tage die Woche.',
      'Wir sind Unter den Linden 5 Tage da.',
      'Wir sind Hinter den Höfen 7 Plätze groß.',
    ])
      refused(text);
  });
  it('a preposition with article before a capitalised name: any count is refused (generated)', () => {
    fc.assert(
      fc.property(fc.constantFrom('An der', 'Unter den', 'Hinter den', 'Auf dem', 'Vor dem'), fc.constantFrom('Kirche', 'Linden', 'Höfen', 'Anger', 'Wiese'), houseNumber, fc.constantFrom('Tage', 'Plätze', 'Frauen', 'Stunden'), (p, w, n, unit) => {
        refused(`Wir sind ${p} ${w} ${n} ${unit} da.`);
      }),
      runs,
    );
  });
});

describe('number words with a half', () => {
  it('after a street they are refused, with a unit they pass', () => {
    refused('Wir sind Musterweg fünfeinhalb.');
    refused('Wir sind Am Anger dreieinhalb.');
    passes('Die Beratung dauert dreieinhalb Stunden.');
  });
});
