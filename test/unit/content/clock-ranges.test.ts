/**
 * Opening hours written as a range with words in the site's languages (issue 13 §1; outside testers
 * of sessions 13 and 14 found them refused): "Mo–Fr 9 bis 16", "с 9 до 18", "з 9 до 18", "od 9 do
 * 16", "de la 9 la 16", "Saat 9 ile 16", "ساعت ۹ تا ۱۶" (src/content/harmless-numbers.ts
 * `clockRange`). Generated: any two hours in order pass after a from-word, a clock label or a
 * weekday; near any address word (a street form, a street label of any site language, a house-number
 * word) they are house numbers, and so is a range followed by a letter or a capitalised name.
 * The refused list is outside tester19's: each passed a first version of the rule.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frauenhausErrors } from '../../support/frauenhaus-entry.ts';

const runs = { numRuns: 150 };
const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const persian = (n: number) => [...String(n)].map((d) => PERSIAN_DIGITS[Number(d)]).join('');

/** A range in one language: the two hours written into a sentence. */
const FORMS: readonly ((from: string, until: string) => string)[] = [
  (a, b) => `Wir sind Mo–Fr ${a} bis ${b} erreichbar.`,
  (a, b) => `Sprechzeiten: von ${a} bis ${b}.`,
  (a, b) => `Приём с ${a} до ${b} часов.`,
  (a, b) => `С ${a} до ${b} можно позвонить.`,
  (a, b) => `Прийом з ${a} до ${b} години.`,
  (a, b) => `Dyżur od ${a} do ${b}.`,
  (a, b) => `Program de la ${a} la ${b}.`,
  (a, b) => `Saat ${a} ile ${b} arası arayın.`,
  (a, b) => `پذیرش ساعت ${a} تا ${b}.`,
  (a, b) => `Open from ${a} to ${b}.`,
  (a, b) => `Mo–Fr ${a} bis ${b}, Sa 10 bis 12.`,
  (a, b) => `Пн–Пт с ${a} до ${b}, Сб с 10 до 14.`,
];
const hours = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 1, max: 24 }), fc.boolean(), fc.boolean())
  .filter(([a, b]) => a < b)
  .map(([a, b, minutes, twoDigits]) => {
    const write = (h: number) => `${twoDigits && h < 10 ? '0' : ''}${h}${minutes ? ':30' : ''}`;
    return [write(a), write(b)] as const;
  });
/** Whole hours from 1: "0" is no house number and "9:30" a clock time wherever they stand ("0 Euro", "Lindenweg um 9:30"). */
const wholeHours = hours.filter(([a, b]) => Number.parseInt(a, 10) > 0 && !a.includes(':') && !b.includes(':'));

/** Outside tester19: house numbers that a first version of the rule let through, and holes it found that were older. */
const HOLES = [
  'Lindenweg, Hausnummer von 9 bis 11', 'Lindenweg Haus von 9 bis 11', 'Wir sind im Lindenweg Haus von 9 bis 11 b', 'Lindenweg, Haus Sa 9 bis 11',
  'Lindenweg Hausnummern Mo 9 bis 11', 'ул. Ленина, дом с 9 до 11', 'ул. Ленина, д. с 9 до 11', 'ул. Ленина, дома с 9 до 11', 'ул. Ленина, корпуса с 9 до 11',
  'вул. Шевченка, буд. з 9 до 11', 'вул. Шевченка, будинки з 9 до 11', 'Lale Sk. No Saat 9 ile 11', 'Mon 9 to 14, Linden Close', 'Sprechzeiten 9 bis 14, Linden Close',
  'Mon 9 to 14,\nLinden Close, Celle', 'ул. Липовая с 9 до 18', 'ул. Липовая, с 9 до 18', 'улица Липовая с 9 до 11', 'Мы живём на улице Ленина с 9 до 11',
  'проспект Мира с 9 до 11', 'пр-т Мира, с 9 до 11', 'вулиця Шевченка з 9 до 11', 'вул. Липова з 9 до 11', 'ul. Lenina s 9 do 11', 'Ulitsa Lenina s 9 do 11',
  'Bulevardul Unirii de la 9 la 11', 'Calea Victoriei de la 9 la 11', 'Lale Sk. Saat 9 ile 11', 'Wir wohnen in der Lindenallee, von 9 bis 16',
  'Wir wohnen in der Lindenallee,\nvon 9 bis 16', 'Am Markt, von 9 bis 11', 'Lindenweg. Von 9 bis 11', 'Lindenweg, von 9 bis 11 a', 'Lindenweg Mo–Fr 9 bis 16',
  'Lindenweg, Mo 9 bis 11', 'Lindenweg, Di 9 bis 11', 'Lindenweg / Mo 9 bis 11', 'Lindenweg (Mo 9 bis 11)', 'Lindenweg Sa/So 9 bis 11', 'Am Markt – Sa 9 bis 11',
  'Lindenweg, do 9 do 11', 'Linden Close from 9 to 11', 'Linden Close, Mon 9 to 11', 'Lindenhain, Saat 9 ile 11 b', 'Lindenweg, Nr. von 9 bis 11',
  'Lindenweg Hausnr. von 9 bis 11', 'Linden Close, Nos. from 9 to 11', 'Linden Close, houses from 9 to 11', 'Lindenweg; von 9 bis 11', 'Lindenweg - von 9 bis 11',
  'Lindenallee (von 9 bis 16)', 'Saat 16 ile 9', 'od 9 do 16a', 'Dyżur od 9 do 16b.', 'Mo–Fr 9 bis 16c',
];

describe('opening hours as a range with words', () => {
  it('pass in every site language, with or without minutes (generated)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FORMS), hours, (form, [a, b]) => {
        expect(frauenhausErrors(form(a, b)), form(a, b)).toEqual([]);
      }),
      runs,
    );
  });

  it('pass with Persian digits', () => {
    for (const [a, b] of [[9, 16], [8, 20], [10, 14]] as const) expect(frauenhausErrors(`پذیرش ساعت ${persian(a)} تا ${persian(b)}.`)).toEqual([]);
  });

  it('near a street, a street label or a house-number word of any site language they are house numbers (generated)', () => {
    const near = fc.constantFrom('Lindenweg', 'Am Markt', 'Musterstraße', 'An der Kirche', 'Rosenallee', 'ул. Липовая', 'вул. Липова', 'ul. Lipowa', 'Strada Teiului', 'Ihlamur Sokak', 'Linden Close', 'Lindenweg, Haus', 'Hausnummer');
    const glue = fc.constantFrom(' ', ', ', '; ', '. ', ' – ', ' (', ',\n');
    const range = fc.constantFrom<[string, string]>(['von', 'bis'], ['с', 'до'], ['з', 'до'], ['od', 'do'], ['de la', 'la'], ['Saat', 'ile'], ['Mo–Fr', 'bis'], ['from', 'to']);
    fc.assert(
      fc.property(near, glue, range, wholeHours, (name, between, [from, to], [a, b]) => {
        const text = `${name}${between}${from} ${a} ${to} ${b}`;
        expect(frauenhausErrors(text), text).not.toEqual([]);
      }),
      runs,
    );
  });

  it('the holes outside tester19 found are refused', () => {
    for (const text of HOLES) expect(frauenhausErrors(text), text).not.toEqual([]);
  });
});
