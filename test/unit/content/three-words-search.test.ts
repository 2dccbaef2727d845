/**
 * findLocations' cheaper searches (issue 13, speed16): `threeWordMatches` gives exactly the matches
 * of `text.matchAll(THREE_WORDS)`, and a text without "/" or "www." holds no URL_IN_TEXT match.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { THREE_WORDS, threeWordMatches } from '../../../src/content/location-finder.ts';
import { URL_IN_TEXT } from '../../../src/content/place-links.ts';

const PIECES = [
  'index', 'home', 'raft', 'ab', 'x', 'überall', 'straße', 'ﺏﺏﺏ', 'فلان', 'سلام', '中文', '𝑎𝑏𝑐', '𐐨𐐩', 'Haus', 'WWW', 'www', 'https', 'http', 'de', 'pdf', 'com', 'example',
  '.', '.', '.', '·', '・', '。', '｡', ':', '/', '//', '@', '-', '_', ' ', ' ', '\n', '1', 'a'.repeat(23), 'b'.repeat(30), '𝑎'.repeat(23), '\ud835', '\udc4e',
];
const WORDS = ['index', 'home', 'raft', 'ab', 'überall', 'straße', 'فلان', 'سلام', '中文', '𝑎𝑏𝑐', 'pdf', 'com', 'de', 'www', 'a'.repeat(23), '𝑎'.repeat(23), 'b'.repeat(25)];
const DOTS = ['.', '·', '・', '。', '｡'];
/** Three (or two, or four) words joined by dots: what THREE_WORDS looks for, and near misses. */
const dotted = fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 4 }).chain((words) =>
  fc.tuple(...words.slice(1).map(() => fc.constantFrom(...DOTS))).map((dots) => words.map((word, i) => (i ? dots[i - 1]! : '') + word).join('')),
);
const texts = fc
  .array(fc.oneof({ weight: 10, arbitrary: fc.constantFrom(...PIECES) }, { weight: 6, arbitrary: dotted }, { weight: 1, arbitrary: fc.string({ maxLength: 3 }) }), { maxLength: 80 })
  .map((parts) => parts.join(''));

describe('threeWordMatches', () => {
  it('finds what matchAll(THREE_WORDS) finds, in order', () => {
    let found = 0;
    fc.assert(
      fc.property(texts, fc.integer({ min: 0, max: 60 }), (text, pad) => {
        const padded = 'x'.repeat(pad) + text;
        const expected = [...padded.matchAll(THREE_WORDS)].map((m) => [m.index, m[0]]);
        if (expected.length) found++;
        expect([...threeWordMatches(padded)].map((m) => [m.index, m[0]])).toEqual(expected);
      }),
      { numRuns: 5000 },
    );
    expect(found).toBeGreaterThan(300);
  });

  it('finds matches after long runs and far apart', () => {
    for (const text of [`${'a'.repeat(5000)} index.home.raft ${'Haus. '.repeat(2000)}${'𝑎'.repeat(23)}.${'𝑏'.repeat(23)}.𝑐𝑑 end`, `${'x.'.repeat(3000)}ab.cd.ef`, `${'aaaa.'.repeat(2000)}`]) {
      expect([...threeWordMatches(text)].map((m) => [m.index, m[0]])).toEqual([...text.matchAll(THREE_WORDS)].map((m) => [m.index, m[0]]));
    }
  });
});

describe('URL_IN_TEXT', () => {
  it('matches only texts holding "/" or "www."', () => {
    fc.assert(
      fc.property(texts, (text) => {
        if ([...text.matchAll(URL_IN_TEXT)].length) expect(text.includes('/') || /www\./iu.test(text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
