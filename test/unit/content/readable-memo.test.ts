/**
 * `readableOnce` (src/content/readable-memo.ts) gives the same readings as `readable`, however
 * often a text is read and in whatever order, and a caller changing the array it got does not
 * change what the next caller gets.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readable } from '../../../src/content/location-finder.ts';
import { readableOnce } from '../../../src/content/readable-memo.ts';

const piece = fc.constantFrom('Am\u200BMarkt', ' ', '12', 'dreizehn', 'M u s t e r w e g', '&#53;', '**5**', 'Muster-\nweg', '٣', 'Straße', 'x');
const text = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));

describe('readableOnce', () => {
  it('reads generated texts, again and again, as readable does', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), (texts) => {
        for (const t of [...texts, ...texts.reverse()]) expect(readableOnce(t)).toEqual(readable(t));
      }),
      { numRuns: 300 },
    );
  });

  it('hands out a new array each time', () => {
    const first = readableOnce('Am\u200BMarkt 5');
    first.length = 0;
    expect(readableOnce('Am\u200BMarkt 5')).toEqual(readable('Am\u200BMarkt 5'));
    expect(readableOnce('Am\u200BMarkt 5')).toHaveLength(2);
  });
});
