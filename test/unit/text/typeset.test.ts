/**
 * keepTogether's pattern was rewritten for speed (space first, what precedes it as a lookbehind):
 * it must set exactly the non-breaking spaces the straightforward pattern sets.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepTogether } from '../../../src/text/typeset.ts';

// The pattern as first written: the preceding number or word consumed, then the space.
const REFERENCE = /(\d|§|\b(?:Abs|Nr|Art|Ziff|Bd|Kap|S)\.|\b(?:Satz|Absatz|Artikel|Nummer))[ ](?=\d)(?=[^<>]*<(?!\/script))/g;
const reference = (markup: string) => markup.replace(REFERENCE, '$1\u00a0');

const PIECES = [
  ' ',
  '  ',
  '1',
  '23',
  '§',
  '§§',
  'Abs.',
  'Nr.',
  'Art.',
  'S.',
  'Satz',
  'Absatz',
  'Artikel',
  'Nummer',
  'xAbs.',
  'a',
  'ä',
  '.',
  '<p>',
  '</p>',
  '<a title="',
  '">',
  '<script>',
  '</script>',
  '\n',
  '\u00a0',
];

describe('keepTogether', () => {
  it('sets the same non-breaking spaces as the reference pattern on any mix of numbers, references and tags', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const markup = `<p>${pieces.join('')}</p>`;
        expect(keepTogether(markup)).toBe(reference(markup));
      }),
      { numRuns: 3000 },
    );
  });

  it('joins chains of groups: every space of "0511 123 456 78"', () => {
    expect(keepTogether('<p>0511 123 456 78</p>')).toBe('<p>0511\u00a0123\u00a0456\u00a078</p>');
  });
});
