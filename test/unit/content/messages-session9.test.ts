/**
 * Messages of the shelter guard that misled editors (tester, session 9): Arabic and Persian
 * letters are not read as Latin look-alikes, a digit run glued to a letter (a Wikidata id) is no
 * postcode, and only contacts are told to set `kind: frauenhaus`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLocations } from '../../../src/content/location-finder.ts';
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
