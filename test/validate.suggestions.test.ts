/** "Did you mean" for references written the way editors think of them (not as ids). */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../src/content/index.ts';
import { BAD, contentWith, scratch, shown } from './helpers.ts';

const TODAY = '2026-11-20';
const tmp = scratch();
afterAll(() => tmp.cleanup());

describe('suggestions for unknown references', () => {
  // src/content/load.ts withoutShadowedFormatErrors drops the invalid_format problem for
  // contacts: [BISS Göttingen] ("Kontakte ist keine gültige Kennung — … Umlaute ausschreiben")
  // because the unknown-reference problem "carries the did you mean". It does not: closestMatch
  // (src/content/suggest.ts) compares the raw value, and "BISS Göttingen" is 8 edits away from
  // "biss-goettingen" (tolerance 5), so the only hint left is
  // "es gibt keine Datei content/contacts/BISS Göttingen.md". The editor loses the advice on how
  // to write an id and gets no suggestion instead.
  it('a badly formed reference that is unknown suggests the id it was meant to be', () => {
    const dir = contentWith(path.join(tmp.root, 'bug-biss-goettingen'));
    writeFileSync(path.join(dir, 'initiatives', 'verweis-ungueltige-kennung.md'), readFileSync(path.join(BAD, 'verweis-ungueltige-kennung.md'), 'utf8'));
    expect(loadContent({ dir, today: TODAY }).problems).toEqual([
      expect.objectContaining({
        file: shown(dir, 'initiatives/verweis-ungueltige-kennung.md'),
        line: 8,
        field: 'contacts[0]',
        message: 'Kontakte: Kontakt „BISS Göttingen“ gibt es nicht',
        suggestion: 'meinten Sie „biss-goettingen“?',
        rule: 'unknown-reference',
      }),
    ]);
  });
});
