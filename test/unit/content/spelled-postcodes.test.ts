/**
 * Postcodes spelled out in the site's other languages (issue 13, session 13; a Russian spelled
 * postcode was left open by tester15): five digit words in a row in any of them, or a number in
 * words after a postcode label ("Индекс: двадцать девять тысяч …", "kod pocztowy …", "کد پستی …"),
 * are refused in a Frauenhaus entry; counts in those languages stay counts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frauenhausErrors } from '../../support/frauenhaus-entry.ts';

/** Digits 0–9 as words, and the language's words for a postcode. */
const LANGUAGES: [digits: string[], labels: string[]][] = [
  [['ноль', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'], ['индекс', 'Индекс:', 'почтовый индекс']],
  [['нуль', 'один', 'два', 'три', 'чотири', 'п’ять', 'шість', 'сім', 'вісім', 'дев’ять'], ['індекс', 'Поштовий індекс:']],
  [['zero', 'jeden', 'dwa', 'trzy', 'cztery', 'pięć', 'sześć', 'siedem', 'osiem', 'dziewięć'], ['kod pocztowy', 'Kod pocztowy:']],
  [['zero', 'unu', 'doi', 'trei', 'patru', 'cinci', 'șase', 'șapte', 'opt', 'nouă'], ['cod poștal', 'Cod poștal:']],
  [['sıfır', 'bir', 'iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz'], ['posta kodu', 'Posta kodu:']],
  [['صفر', 'واحد', 'اثنان', 'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة'], ['الرمز البريدي']],
  [['صفر', 'یک', 'دو', 'سه', 'چهار', 'پنج', 'شش', 'هفت', 'هشت', 'نه'], ['کد پستی']],
  [['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'], ['postcode', 'Zip:']],
];
const postcode = fc.integer({ min: 1000, max: 99999 }).map((n) => String(n).padStart(5, '0'));

describe('a postcode spelled out in another language is refused', () => {
  it('five digit words in a row, with or without a label, before or without a place', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LANGUAGES), postcode, fc.nat(), fc.boolean(), fc.constantFrom('', ' Celle', ', Celle'), ([digits, labels], code, l, labelled, place) => {
        const spelled = [...code].map((d) => digits[Number(d)]).join(' ');
        const text = `${labelled ? `${labels[l % labels.length]} ` : ''}${spelled}${place}`;
        expect(frauenhausErrors(text), text).not.toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('a number in words after a postcode label', () => {
    for (const text of [
      'Индекс: двадцать девять тысяч двести двадцать один, Celle',
      'індекс двадцять дев’ять тисяч двісті двадцять один',
      'Kod pocztowy: dwadzieścia dziewięć tysięcy dwieście dwadzieścia jeden',
      'posta kodu yirmi dokuz bin iki yüz yirmi bir',
      'cod poștal douăzeci și nouă de mii două sute douăzeci și unu',
    ]) {
      expect(frauenhausErrors(text), text).not.toEqual([]);
    }
  });
});

describe('counts and times in those languages stay text', () => {
  it('no refusal', () => {
    for (const text of ['У нас двадцать мест и три комнаты.', 'Mamy dwadzieścia miejsc.', 'Работаем с девяти до пяти.', 'Avem trei camere.', 'İki oda ve bir mutfak var.', 'Wir sagen tausend Dank.']) {
      expect(frauenhausErrors(text), text).toEqual([]);
    }
  });
});
