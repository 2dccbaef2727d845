/**
 * Issue 13 §3 (guard18): a text download whose bytes are not valid UTF-8 is read in every plausible
 * encoding — lenient UTF-8 (one stray byte in a UTF-8 file), Windows-1252, the legacy encodings of
 * the site's languages — and an address in any reading is refused; control characters, quoted cells
 * and a plus between street and number read as spaces. Generated per kind; neighbours that pass.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withReadings } from '../../../src/content/download-readings.ts';
import { siteTextProblems } from '../../../src/content/shelter-guard.ts';
import { downloadReadings, textDownloadProblems } from '../../../src/content/text-downloads.ts';

const RUNS = { numRuns: 15 };
const dir = mkdtempSync(path.join(tmpdir(), 'guard18-'));

/** The problems of `bytes` as a download `x.<format>`, read from disk as the validate run reads it. */
function problems(bytes: Uint8Array, format = 'txt') {
  const abs = path.join(dir, `x.${format}`);
  writeFileSync(abs, bytes);
  return textDownloadProblems(abs, `materials/files/x.${format}`);
}

/** `text` in a single-byte encoding `label`, by the inverse of its TextDecoder (a character it lacks throws). */
function encode(text: string, label: string): Uint8Array {
  const decoded = new TextDecoder(label).decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  return Uint8Array.from([...text], (ch) => {
    const byte = decoded.indexOf(ch);
    if (byte < 0) throw new Error(`${label} lacks ${ch}`);
    return byte;
  });
}

const n = fc.integer({ min: 1, max: 199 });
const utf8 = (text: string) => new TextEncoder().encode(text);
const join = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

describe('a download that is not valid UTF-8 is read in every plausible encoding', () => {
  it('UTF-8 with one stray byte (0x81, 0xFF, 0xC3 alone) before or after the address', () => {
    fc.assert(
      fc.property(fc.constantFrom('Lindenstraße', 'ул. Липовая, д.', 'ul. Łąkowa', 'شارع الزيزفون', 'Șos. Ștefan cel Mare'), n, fc.constantFrom(0x81, 0xff, 0xc3), fc.boolean(), (street, num, bad, before) => {
        const address = utf8(`${street} ${num}\n`);
        const bytes = before ? join(Uint8Array.of(bad, 0x0a), address) : join(address, Uint8Array.of(bad));
        const found = problems(bytes);
        expect(found.length, `${street} ${num}`).toBeGreaterThanOrEqual(1);
        expect(found.map((p) => p.rule)).toContain('site-text-location-street');
        expect(found.map((p) => p.line)).toContain(before ? 2 : 1);
      }),
      RUNS,
    );
  });

  it('legacy encodings of the site\'s languages', () => {
    const cases: [string, string][] = [
      ['windows-1251', 'ул. Липовая, д.'],
      ['koi8-r', 'ул. Липовая, д.'],
      ['ibm866', 'вул. Шевченка,'],
      ['windows-1250', 'ul. Łąkowa'],
      ['iso-8859-2', 'ul. Łąkowa'],
      ['windows-1256', 'شارع الزيزفون'],
      ['macintosh', 'Lindenstraße'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...cases), n, ([label, street], num) => {
        const found = problems(encode(`Kontakt:\n${street} ${num}\n`, label));
        expect(found.length, `${label}: ${street} ${num}`).toBeGreaterThanOrEqual(1);
        expect(found.map((p) => p.line), label).toContain(2);
      }),
      RUNS,
    );
  });

  it('ISO-8859-16 (Romanian), decoded by hand', () => {
    // "Șos. Ștefan cel Mare 13" in ISO-8859-16: Ș = 0xAA.
    const bytes = join(Uint8Array.of(0xaa), utf8('os. '), Uint8Array.of(0xaa), utf8('tefan cel Mare 13\n'));
    expect(downloadReadings(bytes)).toContain('Șos. Ștefan cel Mare 13\n');
    expect(problems(bytes).length).toBeGreaterThanOrEqual(1);
  });

  it('neighbours pass: harmless text in a legacy encoding or with a stray byte', () => {
    fc.assert(
      fc.property(n, fc.constantFrom('windows-1251', 'koi8-r', 'windows-1250', 'windows-1256'), (num, label) => {
        const text = { 'windows-1251': `Помощь ${num} часов в сутки.`, 'koi8-r': `Звоните, ${num} минут.`, 'windows-1250': `Od ${num} lat pomagamy kobietom.`, 'windows-1256': `مساعدة ${num} ساعة` }[label]!;
        expect(problems(encode(`${text}\n`, label)), `${label}: ${text}`).toEqual([]);
        expect(problems(join(utf8(`Grüße – ${num} Frauen im Jahr.\n`), Uint8Array.of(0x81))), `${num}`).toEqual([]);
      }),
      RUNS,
    );
  });

  it('valid UTF-8 has one reading', () => {
    expect(downloadReadings(utf8('Grüße – 5 Frauen'))).toEqual(['Grüße – 5 Frauen']);
  });
});

describe('separators a viewer shows as a gap are read as spaces in every text download', () => {
  const txt = (text: string) => siteTextProblems('materials/files/x.txt', {}, () => 1, 'Text-Downloads (Materialien)', withReadings('txt', `${text}\n`));
  it('a control character, quoted cells, a plus between street and number', () => {
    fc.assert(
      fc.property(fc.constantFrom('Lindenallee', 'Musterweg', 'Hauptstraße'), n, fc.constantFrom('\u0000', '\u001b', '\u0007', '\u007f'), (street, num, control) => {
        for (const text of [`${street}${control}${num}`, `"${street}","${num}","Celle"`, `"${street}";"${num}"`, `${street}+${num}`]) {
          const found = txt(text);
          expect(found.length, JSON.stringify(text)).toBeGreaterThanOrEqual(1);
          expect(found[0]!.rule, JSON.stringify(text)).toBe('site-text-location-street');
        }
      }),
      RUNS,
    );
  });

  it('neighbours pass: quoted counts, a plus in a sum or a language name', () => {
    fc.assert(
      fc.property(n, (num) => {
        for (const text of [`"Beratungen","${num}","2025"`, `Kinder+${num}`, `${num}+ Jahre`, `C++ ${num}`, `Frauen\u0000${num} Kinder`]) expect(txt(text), JSON.stringify(text)).toEqual([]);
      }),
      RUNS,
    );
  });
});
