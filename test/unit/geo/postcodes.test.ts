/**
 * The postcode and place lookup of the help finder with a Kreis taken out of regions.yml (session
 * 17): validation passed, and the build stopped with "gehört zu keinem Kreis aus regions.yml".
 * Now the Kreis's places are left out, as the map leaves out its shape.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { geoLookup, resolveInput } from '../../../src/geo/postcodes.ts';
import { parseVocabulary } from '../../../src/content/vocabularies.ts';
import { regionSchema } from '../../../src/schema/vocabulary.ts';
import { ROOT } from '../../helpers.ts';

describe('geoLookup', () => {
  const file = path.join(ROOT, 'content', 'vocabularies', 'regions.yml');
  const regions = parseVocabulary(readFileSync(file, 'utf8'), file, regionSchema).items;

  it('with every Kreis: Achim (28832) is in the Landkreis Verden', () => {
    const lookup = geoLookup(regions);
    const found = resolveInput(lookup, '28832');
    expect(found).toMatchObject({ kind: 'postcode', match: { regions: ['landkreis-verden'] } });
  });

  it('without the Landkreis Verden: no error, its places are left out, the others stay', () => {
    const fewer = regions.filter((region) => region.id !== 'landkreis-verden');
    const lookup = geoLookup(fewer);
    expect([...lookup.postcodes.values()].flatMap((match) => match.regions)).not.toContain('landkreis-verden');
    expect(resolveInput(lookup, 'Achim').kind).toBe('unknown');
    expect(resolveInput(lookup, '29221')).toMatchObject({ kind: 'postcode', match: { regions: ['landkreis-celle'] } });
  });
});
