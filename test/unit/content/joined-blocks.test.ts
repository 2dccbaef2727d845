/**
 * The blocks of a body read as one text (src/content/joined-blocks.ts): the same text and
 * offsets as the way it was built before (one growing string, looked at from its end at every
 * block), for generated blocks that end in hyphens, start with letters of every case and script,
 * hold line breaks and astral letters; and linear, where the old way took 8 s on 1 MB of short
 * paragraphs (issue 13, `npm run validate` on 1 MB in under a second).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinBlocks } from '../../../src/content/joined-blocks.ts';
import { joinHyphenatedLines } from '../../../src/content/look-alikes.ts';
import { bodyLocations } from '../../../src/content/shelter-guard.ts';
import { cpuMs, LINEAR_1MB_CPU_MS } from '../../support/cpu.ts';

/** The join as src/content/shelter-guard.ts did it up to this change (quadratic on many blocks). */
function joinedBefore(texts: string[]): { joined: string; starts: number[] } {
  const starts: number[] = [];
  let joined = '';
  for (const text of texts) {
    if (/\p{L}- $/u.test(joined.slice(-4)) && /^\p{L}/u.test(text)) joined = joinHyphenatedLines(`${joined.slice(0, -1)}\n${text.slice(0, 1)}`).slice(0, -1);
    starts.push(joined.length);
    joined += `${text} `;
  }
  return { joined, starts };
}

const piece = fc.constantFrom('Muster-', 'weg', 'Weg', '16', '-', ' ', 'a', 'ß', 'Ä', 'ö-', '\n', '-\n', '𝐀', '𝐀-', 'x- ', '', 'Straße', 'straße', '\u00a0', '5-');
const block = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));

describe('joinBlocks', () => {
  it('joins generated blocks exactly as before', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 12 }), (texts) => {
        expect(joinBlocks(texts)).toEqual(joinedBefore(texts));
      }),
      { numRuns: 2000 },
    );
  });

  it('joins a word hyphenated across blocks, keeping the hyphen before a capital', () => {
    expect(joinBlocks(['Am Muster-', 'weg 16']).joined).toBe('Am Musterweg 16 ');
    expect(joinBlocks(['Celle-', 'Nord']).joined).toBe('Celle-Nord ');
    expect(joinBlocks(['Celle-', 'Nord']).starts).toEqual([0, 6]);
  });

  it('is linear: 1 MB of short blocks, each ending in a hyphen', () => {
    const texts = Array.from({ length: 250_000 }, (_, i) => (i % 2 ? 'ab-' : 'Cd-'));
    expect(cpuMs(() => joinBlocks(texts))).toBeLessThan(LINEAR_1MB_CPU_MS);
  });

  it('a Frauenhaus body of 1 MB in short paragraphs is read in linear time', () => {
    const body = 'Das Haus hat Platz für Frauen mit Kindern.\n\n'.repeat(24_000);
    expect(cpuMs(() => bodyLocations(body))).toBeLessThan(LINEAR_1MB_CPU_MS);
  });
});
