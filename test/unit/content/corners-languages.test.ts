/**
 * Street corners in other phrasings and languages (issue 13, session 13; tester15 and tester16
 * left this kind open): a corner word of any of the site's languages before two joined streets
 * ("between" too: the stretch between two streets names the block), the Turkish order with the
 * word after them, and a verb after two streets ("wo Musterweg und Lindenallee sich kreuzen", "wo
 * der Musterweg auf die Lindenallee trifft") name where a Frauenhaus stands; the same words without two
 * streets stay ordinary text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frauenhausErrors } from '../../support/frauenhaus-entry.ts';

/** Corner word (as written, before `readable`), the joint of that language, and a word that may stand between. */
const LANGUAGES: [corner: string[], joint: string, link: string[]][] = [
  [['Ecke', 'Kreuzung', 'Einmündung'], 'und', ['', 'von']],
  [['corner', 'crossing', 'junction', 'intersection'], 'and', ['', 'of']],
  [['угол', 'углу', 'перекрёсток', 'перекрестке', 'пересечение'], 'и', ['', 'улиц']],
  [['ріг', 'розі', 'перехрестя'], 'та', ['', 'вулиць']],
  [['róg', 'rogu', 'skrzyżowanie'], 'i', ['', 'ulic']],
  [['colțul', 'intersecția'], 'și', ['', 'străzilor']],
  [['carrefour', 'angle', 'coin'], 'et', ['', 'de']],
  [['esquina', 'cruce'], 'y', ['', 'de']],
  [['angolo', 'incrocio'], 'e', ['', 'di']],
  [['تقاطع', 'زاوية'], 'و', ['']],
  [['چهارراه', 'نبش'], 'و', ['']],
  // The stretch between two streets names the block as a corner does.
  [['zwischen', 'between', 'между', 'між', 'między', 'între', 'entre'], 'und', ['']],
];
const street = fc.constantFrom('Musterweg', 'Lindenallee', 'Hauptstraße', 'Mühlenkamp', 'Birkenhof', 'Linden Close', 'Mill Lane', 'Мустервег');
const around = fc.constantFrom('{c}', 'Wir sind an der {c}.', 'Das Haus liegt {c}, Celle', 'Мы находимся: {c}.', 'Adres: {c}');

describe('a corner in any of the languages is refused in a Frauenhaus entry', () => {
  it('corner word, (link word,) street, joint, street', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LANGUAGES), fc.nat(), fc.nat(), street, street, around, ([corners, joint, links], c, l, a, b, frame) => {
        fc.pre(a !== b);
        const corner = `${corners[c % corners.length]} ${links[l % links.length]} ${a} ${joint} ${b}`.replace(/\s+/g, ' ');
        const text = frame.replace('{c}', corner);
        expect(frauenhausErrors(text), text).not.toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('the Turkish order ("Musterweg ile Lindenallee köşesi") and a verb after the streets ("… sich kreuzen", "… meet")', () => {
    fc.assert(
      fc.property(street, street, fc.constantFrom('{a} ile {b} köşesi', '{a} ve {b} kavşağında', 'wo {a} und {b} sich kreuzen', 'da, wo {a} und {b} zusammentreffen', 'where {a} and {b} meet', 'where {a} and {b} cross', 'wo der {a} auf die {b} trifft', 'wo der {a} in den {b} mündet', '{a} ile {b} arasında'), (a, b, form) => {
        fc.pre(a !== b);
        const text = `Sie finden uns ${form.replace('{a}', a).replace('{b}', b)}.`;
        expect(frauenhausErrors(text), text).not.toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the same words without two streets stay ordinary text', () => {
  it('no refusal', () => {
    for (const text of [
      'Frauen und Kinder treffen sich einmal in der Woche.',
      'Beratung und Begleitung kreuzen sich oft.',
      'Wir treffen uns jeden Montag.',
      'Spielzeug liegt in der Ecke.',
      'Игрушки лежат в углу комнаты.',
      'Oyuncaklar köşede duruyor.',
      'Les femmes et les enfants au coin du feu.',
      'Where women and children meet, they are safe.',
      'Zwischen Montag und Freitag, zwischen Hannover und Celle, zwischen Beratung und Schutz.',
      'Der Weg trifft auf Widerstand.',
    ]) {
      expect(frauenhausErrors(text), text).toEqual([]);
    }
  });
});
