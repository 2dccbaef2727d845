/**
 * Kinds tester17 got through (session 13), generated: coordinates whose decimal mark is said as a
 * word, a house number in words of Spanish, Italian, French, Dutch or Portuguese after a label, and
 * a postcode of the table followed by a counted noun. Their neighbours stay text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPostcodeRows } from '../../../src/geo/postcodes.ts';
import { frauenhausErrors } from '../../support/frauenhaus-entry.ts';

const MARKS = ['Komma', 'komma', 'Punkt', 'point', 'comma', 'virgule', 'nokta', 'przecinek', 'kropka'];
const NUMBER_WORDS = ['trece', 'catorce', 'tredici', 'quattordici', 'treize', 'quatorze', 'dertien', 'veertien', 'treze', 'catorze', 'siete', 'sette', 'sept', 'zeven', 'sete'];
const LABELS = ['número', 'numero', 'numéro', 'nummer', 'Nr.', 'Hausnummer', 'nº'];
const postcodes = [...new Set(readPostcodeRows().filter((row) => row.bundesland === 'Niedersachsen').map((row) => row.plz))];

describe('tester17 kinds are refused in a Frauenhaus entry', () => {
  it('coordinates with a spoken decimal mark', () => {
    fc.assert(
      fc.property(fc.integer({ min: 51, max: 53 }), fc.integer({ min: 10, max: 99 }), fc.integer({ min: 7, max: 11 }), fc.integer({ min: 10, max: 99 }), fc.constantFrom(...MARKS), (a, b, c, d, mark) => {
        const text = `Wir liegen bei ${a} ${mark} ${b} Nord, ${c} ${mark} ${String(d).padStart(2, '0')} Ost.`;
        expect(frauenhausErrors(text), text).not.toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('a street, a house-number label and a number word of another language', () => {
    fc.assert(
      fc.property(fc.constantFrom('Lindenallee', 'Musterweg', 'Hauptstraße', 'Am Markt'), fc.constantFrom(...LABELS), fc.constantFrom(...NUMBER_WORDS), (street, label, word) => {
        const text = `Sie finden uns ${street} ${label} ${word}.`;
        expect(frauenhausErrors(text), text).not.toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('a postcode of the table before a counted noun', () => {
    fc.assert(
      fc.property(fc.constantFrom(...postcodes), fc.constantFrom('Einwohner', 'Einwohnerinnen', 'Menschen', 'Frauen', 'Haushalte'), (plz, noun) => {
        const text = `Unser Gebiet: ${plz} ${noun}.`;
        expect(frauenhausErrors(text), text).not.toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

describe('their neighbours stay text', () => {
  it('no refusal', () => {
    for (const text of ['Die Quote liegt bei 12 Komma 5 Prozent.', 'Schritt 2 Punkt 3 erklärt das.', 'Wir sind acht Frauen und vier Kinder.', 'Die Nummer gegen Kummer hilft.', 'Wir hatten 10000 Anrufe.', 'Die Beratung ist vom 1. bis 14. Mai 2026 geschlossen.']) {
      expect(frauenhausErrors(text), text).toEqual([]);
    }
  });
});
