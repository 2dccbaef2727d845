/**
 * what3words addresses in any letters and with the separators people type (issue 13 §3,
 * session 9): `///` plus three words of Latin with umlauts, Turkish, Arabic or Persian letters,
 * joined by a dot, middle dot, ideographic full stop or dash, is a map link; host and file names stay text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLocations } from '../../../src/content/location-finder.ts';

const mapLinks = (text: string) => findLocations(text).filter((l) => l.kind === 'map-link');

const word = fc.constantFrom('häuser', 'bäume', 'tür', 'ev', 'ağaç', 'masa', 'منزل', 'شجرة', 'طاولة', 'خانه', 'درخت', 'میز', 'haus', 'baum', 'tisch', 'дом', 'дерево', 'σπίτι');
const separator = fc.constantFrom('.', '·', '–', '—', '。', '-', '・');

describe('what3words', () => {
  it.each(['///häuser.bäume.tür', '///ev.ağaç.masa', '///منزل.شجرة.طاولة', '///خانه.درخت.میز', '///haus·baum·tisch', '///haus–baum–tisch', '///haus。baum。tisch'])('%s is a map link', (text) => {
    expect(mapLinks(`Sie finden uns unter ${text} am Ende.`)).toHaveLength(1);
  });

  it('any three words after /// with any separator are found', () => {
    fc.assert(
      fc.property(word, word, word, separator, separator, (a, b, c, s, t) => {
        expect(mapLinks(`Treffpunkt ///${a}${s}${b}${t}${c} bitte`)).toHaveLength(1);
      }),
    );
  });

  it('three words with dots or middle dots, without ///, in caseless letters too', () => {
    expect(mapLinks('Treffpunkt: haus·baum·tisch')).toHaveLength(1);
    expect(mapLinks('Treffpunkt: منزل.شجرة.طاولة')).toHaveLength(1);
  });

  it.each(['beratung.example.de', 'flyer.final.pdf', 'www.frauen.de', 'Mutter–Kind–Haus', 'siehe u.a. hier', 'z.b. dies', 'e-mail: a.b.c@x.de', 'https://a.de/x/y', 'Datei bericht.v2.final.pdf'])('%s stays text', (text) => {
    expect(mapLinks(text)).toEqual([]);
  });
});
