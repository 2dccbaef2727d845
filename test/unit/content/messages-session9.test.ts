/**
 * Messages of the shelter guard that misled editors (tester, session 9): Arabic and Persian
 * letters are not read as Latin look-alikes, a digit run glued to a letter (a Wikidata id) is no
 * postcode, and only contacts are told to set `kind: frauenhaus`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLocations, readable } from '../../../src/content/location-finder.ts';
import { latinSkeleton } from '../../../src/content/look-alikes.ts';
import { shelterProblems } from '../../../src/content/shelter-guard.ts';

const parsed = (data: Record<string, unknown>, body = '') => ({ file: 'content/x/probe.md', data, body, bodyLine: 10, lineOf: () => 2, frontmatter: '\ntitle: x\n' });

describe('look-alike letters', () => {
  it('Arabic and Persian text stays as typed; Cyrillic look-alikes in Latin words are still read', () => {
    expect(latinSkeleton('خیابان بازار پلاک ۵')).toBe('خیابان بازار پلاک ۵');
    expect(latinSkeleton('شارع السوق')).toBe('شارع السوق');
    expect(latinSkeleton('Birkenwеg')).toBe('Birkenweg');
  });
  it('any Arabic-script text keeps every Arabic letter', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويپچژگکی '), { minLength: 1, maxLength: 40 }), (letters) => {
        const text = letters.join('');
        expect(latinSkeleton(text)).toBe(text);
      }),
    );
  });
});

describe('postcodes', () => {
  it.each(['https://www.wikidata.org/wiki/Q12345', 'Wikidata: Q29221', 'P12345'])('%s is no postcode', (text) => {
    expect(findLocations(text).filter((l) => l.kind === 'postcode')).toEqual([]);
  });
  it.each(['PLZ 29221 Celle', 'PLZ29221 Celle', '29221 Celle', 'Celle29221'])('%s is still one', (text) => {
    expect(findLocations(text).filter((l) => l.kind === 'postcode')).toHaveLength(1);
  });
  it('a Wikidata link on a Frauenhaus entry is not refused as a postcode', () => {
    const data = { title: 'Frauenhaus Probe', kind: 'frauenhaus', website: 'https://www.wikidata.org/wiki/Q12345' };
    expect(shelterProblems('contacts', 'probe', parsed(data)).filter((p) => /12345/.test(p.message) && /Postleitzahl/.test(p.message))).toEqual([]);
  });
});

describe('the fix of a look-alike warning', () => {
  const body = 'Sie finden uns in der Musterstraße 5, 29221 Celle.';
  it('tells a contact to set kind: frauenhaus', () => {
    const [warning] = shelterProblems('contacts', 'probe', parsed({ title: 'Frauenhaus Probe', kind: 'beratungsstelle' }, body)).filter((p) => p.severity === 'warning');
    expect(warning?.suggestion).toMatch(/„kind: frauenhaus“ setzen/);
  });
  it('tells other types to remove the address, not to set a kind they do not have', () => {
    const warnings = shelterProblems('initiatives', 'probe', parsed({ title: 'Frauenhaus Probe' }, body)).filter((p) => p.severity === 'warning');
    expect(warnings.length).toBeGreaterThan(0);
    for (const w of warnings) expect(w.suggestion).not.toMatch(/setzen/);
  });
});

describe('base64 query values', () => {
  it('an address in base64 is read as the address', () => {
    fc.assert(
      fc.property(fc.constantFrom('Marktstraße 5, 29221 Celle', 'Musterweg 12', 'Lindenallee 3a'), fc.constantFrom('d', 'q', 'data', 'ort'), fc.boolean(), (address, name, urlSafe) => {
        let value = Buffer.from(address).toString('base64');
        if (urlSafe) value = value.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
        expect(findLocations(readable(`https://example.org/?${name}=${value}`)[0]!).map((l) => l.kind)).toContain('street');
      }),
    );
  });
  it('ids, tokens and video ids stay as typed', () => {
    for (const url of ['https://example.org/?session=a8f3K29dLmQ0xZ7pYt2wRb', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ']) expect(readable(url)[0]).toBe(url);
  });
  it('a base64 value of 1 MB is read in linear time', () => {
    const start = performance.now();
    readable(`https://example.org/?d=${'QUJD'.repeat(250_000)}&x=1 ` + `?a=${'QUJD'.repeat(500)} `.repeat(500));
    expect(performance.now() - start).toBeLessThan(15_000);
  });
});
