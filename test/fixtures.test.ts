/** The byte-level fixtures are still what their generator writes (git kept them byte-exact). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers.ts';

// @ts-expect-error -- plain JavaScript generator without type declarations
const { encodedFixtures } = (await import('./fixtures/make-encoded-fixtures.mjs')) as { encodedFixtures: Record<string, Buffer> };

const bytes = (name: string) => readFileSync(path.join(FIXTURES, name));

describe('encoding fixtures', () => {
  it('match the generator byte for byte', () => {
    expect(Object.keys(encodedFixtures).length).toBe(5);
    for (const [name, expected] of Object.entries(encodedFixtures)) expect(bytes(name).equals(expected), name).toBe(true);
  });

  it('have the properties their cases rely on', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    expect([...bytes('bad/kodierung-utf16.md').subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(() => strict.decode(bytes('bad/kodierung-latin1.md'))).toThrow();
    expect(bytes('bad/kodierung-latin1.md').includes(0xf6)).toBe(true); // ö in Latin-1
    expect(() => strict.decode(bytes('bad/bild.md'))).toThrow();
    expect(strict.decode(bytes('bad/binaer.md'))).toContain('\u0000');
    const bom = bytes('tolerated/bom-crlf.md');
    expect([...bom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = strict.decode(bom);
    expect(text.split('\r\n').length).toBe(text.split('\n').length);
    expect(text.split('\r\n').length).toBeGreaterThan(5);
  });

  it('are protected from end-of-line conversion by .gitattributes', () => {
    const attributes = readFileSync(path.join(FIXTURES, '.gitattributes'), 'utf8');
    expect(attributes).toMatch(/^\* -text$/m);
    for (const name of ['bad/kodierung-utf16.md', 'bad/kodierung-latin1.md', 'bad/binaer.md', 'bad/bild.md']) expect(attributes).toContain(`${name} binary`);
  });
});
