/** The A–Z letter of a title (issue 16): base letters for letters outside A–Z, leading quotes and brackets skipped. */
import { describe, expect, it } from 'vitest';
import { titleLetter } from '../../../_includes/pages/list-pages.ts';

describe('titleLetter', () => {
  it.each([
    ['Łódź-Partnerschaft', 'L'],
    ['Œuvre gegen Gewalt', 'O'],
    ['ẞTRASSENSOZIALARBEIT', 'S'],
    ['Ørsted-Netzwerk', 'O'],
    ['Æther-Initiative', 'A'],
    ['Ärztliche Gewaltschutzambulanz', 'A'],
    ['Übergangswohnung', 'U'],
    ['„Zonta sagt Nein“', 'Z'],
    ['"Nein heißt Nein"', 'N'],
    ['(Gewalt)freie Schule', 'G'],
    ['«Bunt statt blau»', 'B'],
    ['‚Halt‘ – Kampagne', 'H'],
    ['frauenhaus Celle', 'F'],
    ['116 016 Hilfetelefon', '#'],
    ['„1000 Schritte“', '#'],
    ['…', '#'],
    ['', '#'],
  ])('%s → %s', (title, letter) => {
    expect(titleLetter(title)).toBe(letter);
  });
});
