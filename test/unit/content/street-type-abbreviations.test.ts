/**
 * Abbreviated street types after a house number (`14 Linden Cl.`, `2 Oak St`; issue 13, session 13,
 * a kind left open by tester15): every abbreviation of ./street-types.ts is read as a street in a
 * Frauenhaus entry and in the texts the number-first rule reads elsewhere (vocabularies, strings,
 * titles, downloads), in German and English sentences; DM, Cent and PLZ, left out of the table, and "St." as
 * Sankt before a name stay words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberFirstStreets } from '../../../src/content/harmless-numbers.ts';
import { TRAILING_STREET_TYPE_ABBREVIATIONS } from '../../../src/content/street-types.ts';
import { frauenhausErrors } from '../../support/frauenhaus-entry.ts';

const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);
const abbreviation = fc.constantFrom(...TRAILING_STREET_TYPE_ABBREVIATIONS).chain((a) => fc.constantFrom(capital(a), a.toUpperCase(), `${capital(a)}.`));
const name = fc.constantFrom('Linden', 'Oak', 'Mill', 'Church', 'Old Mill', 'Rosen', 'Kaiser', 'Birken');
const houseNumber = fc.tuple(fc.integer({ min: 1, max: 299 }), fc.constantFrom('', '', 'a', 'B')).map(([n, letter]) => `${n}${letter}`);
const frame = fc.constantFrom('Wir wohnen {s} in Celle.', 'Die Adresse ist {s}.', 'Sie finden uns unter {s}, Celle', '{s}', 'Our house is at {s} in Celle.', 'Schutz bietet das Haus {s}!');

describe('abbreviated street types after a number are streets', () => {
  it('in a Frauenhaus entry: refused, the street named in the message', () => {
    fc.assert(
      fc.property(houseNumber, name, abbreviation, frame, (n, street, type, sentence) => {
        const text = sentence.replace('{s}', `${n} ${street} ${type}`);
        const errors = frauenhausErrors(text);
        expect(errors, text).not.toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('in texts outside the entries (vocabularies, strings, titles, downloads): found by the number-first rule', () => {
    fc.assert(
      fc.property(houseNumber, name, abbreviation, frame, (n, street, type, sentence) => {
        const text = sentence.replace('{s}', `${n} ${street} ${type}`);
        const found = numberFirstStreets(text);
        expect(found.map((hit) => hit.text), text).toContainEqual(expect.stringContaining(`${n} ${street} ${type.replace(/\.$/, '')}`));
      }),
      { numRuns: 300 },
    );
  });

  it('the forms British and Australian addresses use and USPS lacks are in the table', () => {
    for (const text of ['14 Linden Cl.', '3 Mill Pde', '7 Rose Tce', '9 Bay Esp', '2 Park Cct', '5 Kings Crt', '14 Linden Xing', '14 Linden Vw', '14 Linden Gr., Celle', '8 Oak Pk', '3 Mill Cnr', '4 Rose Qy', '6 Bay Prom', '14 Linden St. Celle']) expect(numberFirstStreets(text), text).toHaveLength(1);
  });
});

describe('what the table leaves out stays ordinary text', () => {
  it('words and German abbreviations of their own: no street', () => {
    for (const word of ['cent', 'dm', 'plz']) expect(TRAILING_STREET_TYPE_ABBREVIATIONS.has(word), word).toBe(false);
    for (const text of ['Es kostet 5 Mio DM', 'Es gibt 3 Euro Cent', '5 Stellen PLZ-Bereich', 'In 2 Kirchengemeinden St. Johannis und St. Marien gibt es Treffpunkte.', 'Wir kooperieren mit 3 Kliniken St. Josef.']) {
      expect(frauenhausErrors(text), text).toEqual([]);
      expect(numberFirstStreets(text), text).toEqual([]);
    }
  });

  it('after a year an abbreviation is no street type ("seit 2019 Kita St. Marien": Sankt)', () => {
    for (const text of ['Seit 2019 Kita St. Marien', 'Im Jahr 2021 Gemeinde St. Georg']) expect(numberFirstStreets(text), text).toEqual([]);
  });
});
