/**
 * Issue 13 §3 (guard17): downloads in UTF-32 (with byte-order mark, or without one, little and big
 * endian) and in Windows-1252 are read as a reader's program shows them, so a street with number in
 * them is seen and refused like in UTF-8.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { downloadText } from '../../../src/content/text-downloads.ts';
import { siteTextProblems } from '../../../src/content/shelter-guard.ts';

const RUNS = { numRuns: 25 };
const messages = (text: string) =>
  siteTextProblems('x.txt', {}, () => 1, 'Text-Downloads (Materialien)', text)
    .map((p) => p.message)
    .join(' ');

function utf32(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const points = [...(bom ? '\ufeff' : ''), ...text].map((c) => c.codePointAt(0)!);
  const bytes = new Uint8Array(points.length * 4);
  const view = new DataView(bytes.buffer);
  points.forEach((p, i) => view.setUint32(i * 4, p, littleEndian));
  return bytes;
}

const before = fc.constantFrom('', 'Adresse: ', '😀 ', 'Приют: ', 'العنوان: ', 'Grüße – ');
const after = fc.constantFrom('', ' – Celle', ' €', '\n', ' 日本語');
const street = fc.constantFrom('Musterweg', 'Hauptstraße', 'Lindenallee', 'Birkenweg');
const n = fc.integer({ min: 1, max: 199 });

describe('downloads in other encodings', () => {
  it('UTF-32 with a byte-order mark or without one, little or big endian, is read as UTF-32', () => {
    fc.assert(
      fc.property(before, street, n, after, fc.boolean(), fc.boolean(), (b, s, num, a, le, bom) => {
        const text = `${b}${s} ${num}${a}`;
        expect(downloadText(utf32(text, le, bom)), text).toBe(text);
        expect(messages(downloadText(utf32(text, le, bom))), text).toContain(`„${s} ${num}“`);
      }),
      RUNS,
    );
  });

  it('bytes that are not UTF-8 are read as Windows-1252 ("Hauptstraße 13" keeps its ß and is refused)', () => {
    fc.assert(
      fc.property(fc.constantFrom('', 'Grüße aus Celle: ', 'Öffnungszeiten: '), fc.constantFrom('Hauptstraße', 'Große Straße', 'Mühlenweg', 'Schloßstraße'), n, (b, s, num) => {
        const text = `${b}${s} ${num}`;
        const bytes = new Uint8Array(Buffer.from(text, 'latin1'));
        expect(downloadText(bytes), text).toBe(text);
        expect(messages(downloadText(bytes)), text).toContain(`„${s} ${num}“`);
      }),
      RUNS,
    );
    // Windows-1252 beyond Latin-1: the € and the typographic quotes of Word.
    expect(downloadText(new Uint8Array([0x80, 0x20, 0x84, 0x61, 0x93]))).toBe('€ „a“');
  });

  it('valid UTF-8 (with or without byte-order mark) and UTF-16 stay read as before', () => {
    fc.assert(
      fc.property(before, street, n, after, (b, s, num, a) => {
        const text = `${b}${s} ${num}${a}`;
        expect(downloadText(new TextEncoder().encode(text))).toBe(text);
        expect(downloadText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toBe(text);
        expect(downloadText(new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]))).toBe(text);
      }),
      RUNS,
    );
  });
});
