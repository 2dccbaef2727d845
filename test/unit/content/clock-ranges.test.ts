/**
 * Opening hours written as a range with words in the site's languages (issue 13 §1; outside testers
 * of sessions 13 and 14 found them refused): "Mo–Fr 9 bis 16", "с 9 до 18", "з 9 до 18", "od 9 do
 * 16", "de la 9 la 16", "Saat 9 ile 16", "ساعت ۹ تا ۱۶". Generated: any two hours in order pass
 * after a from-word, a clock label or a weekday; after a street form they stay house numbers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frauenhausErrors } from '../../support/frauenhaus-entry.ts';

const runs = { numRuns: 150 };
const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const persian = (n: number) => [...String(n)].map((d) => PERSIAN_DIGITS[Number(d)]).join('');

/** A range pattern of one language: how the two hours are written around them. */
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
];
const hours = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 1, max: 24 }), fc.boolean(), fc.boolean())
  .filter(([a, b]) => a < b)
  .map(([a, b, minutes, twoDigits]) => {
    const write = (h: number) => `${twoDigits && h < 10 ? '0' : ''}${h}${minutes ? ':30' : ''}`;
    return [write(a), write(b)] as const;
  });

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

  it('after a street form, backwards, or with a letter attached they are refused (generated)', () => {
    const street = fc.constantFrom('Lindenweg', 'Am Markt', 'Musterstraße', 'An der Kirche', 'Rosenallee');
    const opener = fc.constantFrom('von', 'с', 'з', 'od', 'de la');
    const to = fc.constantFrom('bis', 'до', 'do', 'la');
    fc.assert(
      // Whole hours from 1: "0" is no house number and "9:30" a clock time wherever they stand ("0 Euro", "Lindenweg um 9:30").
      fc.property(street, opener, to, hours.filter(([a, b]) => Number.parseInt(a, 10) > 0 && !a.includes(':') && !b.includes(':')), (name, from, until, [a, b]) => {
        const text = `${name} ${from} ${a} ${until} ${b}`;
        expect(frauenhausErrors(text), text).not.toEqual([]);
      }),
      runs,
    );
    for (const text of ['Saat 16 ile 9', 'od 9 do 16a', 'Dyżur od 9 do 16b.', 'Mo–Fr 9 bis 16c']) expect(frauenhausErrors(text), text).not.toEqual([]);
  });
});
