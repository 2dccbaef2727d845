/**
 * The pieces behind "search finds help" (issue 15, item 3) without a browser: Gemeinden and
 * postcodes per Kreis from the OSM table, the parts of German compounds, and the help pages'
 * search documents in the built site. The browser side: test/browser/search-findability.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadContent } from '../../src/content/index.ts';
import { helpRegions } from '../../_includes/pages/help.ts';
import { buildLexicon, siteTexts, splitCompound, withCompoundParts } from '../../src/site/search/compounds.ts';
import { kreisPlaces, placesByKreisKey, PLZ_CSV } from '../../src/geo/kreis-places.ts';

const { graph } = loadContent();

describe('Gemeinden and postcodes per Kreis (src/geo/data/plz-niedersachsen.csv)', () => {
  const all = placesByKreisKey(readFileSync(PLZ_CSV, 'utf8'));

  it('gives every Kreis and kreisfreie Stadt of regions.yml its places', () => {
    for (const region of helpRegions(graph)) {
      const places = kreisPlaces(region);
      expect(places.towns.length, region.id).toBeGreaterThan(0);
      expect(
        places.postcodes.every((plz) => /^\d{5}$/.test(plz)),
        region.id,
      ).toBe(true);
    }
    expect(all.size).toBe(45);
    expect([...all.values()].reduce((sum, places) => sum + places.towns.length, 0)).toBeGreaterThan(900);
  });

  it('puts Celle, Walsrode and 29221 where they belong, and Göttingen and Osterode in the Landkreis', () => {
    expect(all.get('03351')!.towns).toContain('Celle');
    expect(all.get('03351')!.postcodes).toContain('29221');
    expect(all.get('03358')!.towns).toContain('Walsrode');
    expect(all.get('03159')!.towns).toEqual(expect.arrayContaining(['Göttingen', 'Osterode am Harz']));
  });

  it('leaves out the rows of other Länder that share a border postcode', () => {
    const csv = 'osm_id,ags,ort,plz,landkreis,bundesland\n1,03354001,Amt Neuhaus,19273,Landkreis Lüneburg,Niedersachsen\n2,13076001,Boizenburg,19273,Ludwigslust-Parchim,Mecklenburg-Vorpommern\n';
    const places = placesByKreisKey(csv);
    expect([...places.keys()]).toEqual(['03354']);
    expect(places.get('03354')).toEqual({ towns: ['Amt Neuhaus'], postcodes: ['19273'] });
  });

  it('says which columns are missing', () => {
    expect(() => placesByKreisKey('id,name\n1,x\n')).toThrow(/Spalten ags, ort und plz/);
  });
});

describe('parts of German compounds', () => {
  const lexicon = new Set(['partnerschaft', 'gewalt', 'schutz', 'gewaltschutz', 'frauen', 'haus', 'beratung', 'stelle', 'stellen', 'opfer']);

  it('splits at known words and linking elements', () => {
    expect(splitCompound('Partnerschaftsgewalt', lexicon)).toEqual(['partnerschaft', 'gewalt']);
    expect(splitCompound('Beratungsstellen', lexicon)).toEqual(['beratung', 'stellen']);
    expect(splitCompound('Gewaltopferschutz', lexicon)).toEqual(['gewalt', 'opfer', 'schutz']);
  });

  it('accepts an unknown last part of seven letters or more after known parts, and only when asked', () => {
    expect(splitCompound('Gewaltschutzambulanz', lexicon)).toEqual(['gewaltschutz', 'ambulanz']);
    expect(splitCompound('Gewaltschutzambulanz', lexicon, false)).toBeUndefined();
    expect(splitCompound('Beratungsbus', lexicon)).toBeUndefined(); // "bus": too short to guess
  });

  it('leaves short words, words that do not start with a known part, and non-words alone', () => {
    expect(splitCompound('Frauenhaus', lexicon)).toEqual(['frauen', 'haus']);
    expect(splitCompound('Gewaltig', lexicon)).toBeUndefined();
    expect(splitCompound('Vergewaltigung', lexicon)).toBeUndefined();
    expect(splitCompound('gewalt-schutz', lexicon)).toBeUndefined();
  });

  it('adds the parts before the compound in text only: not in the h1, ignored or weighted elements, tags, addresses', () => {
    const markup =
      '<main><h1>Frauenhaus Celle</h1><div hidden data-pagefind-ignore><span data-pagefind-meta="summary">Frauenhaus</span></div>' +
      '<p class="Frauenhaus">Im Frauenhaus gegen Partnerschaftsgewalt.</p><p>frauenhaus-celle@example.org</p><div hidden data-pagefind-weight="5">Frauenhausen</div></main>';
    expect(withCompoundParts(markup, lexicon)).toBe(
      '<main><h1>Frauenhaus Celle</h1><div hidden data-pagefind-ignore><span data-pagefind-meta="summary">Frauenhaus</span></div>' +
        '<p class="Frauenhaus">Im \u27e8frauen haus\u27e9 Frauenhaus gegen \u27e8partnerschaft gewalt\u27e9 Partnerschaftsgewalt.</p><p>frauenhaus-celle@example.org</p><div hidden data-pagefind-weight="5">Frauenhausen</div></main>',
    );
  });

  it('adds the parts of parts that are compounds themselves', () => {
    expect(withCompoundParts('<p>Die Gewaltschutzambulanz hilft.</p>', lexicon)).toBe('<p>Die \u27e8gewaltschutz gewalt schutz ambulanz\u27e9 Gewaltschutzambulanz hilft.</p>');
  });

  it('builds its dictionary from the site: the sample content splits "Partnerschaftsgewalt" and "Gewaltschutzambulanz"', () => {
    const site = buildLexicon(siteTexts(graph));
    expect(splitCompound('Partnerschaftsgewalt', site)).toEqual(['partnerschaft', 'gewalt']);
    expect(splitCompound('Gewaltschutzambulanz', site)).toEqual(['gewaltschutz', 'ambulanz']);
  });
});

describe('help pages in the built site', () => {
  const siteDir = inject('siteDir');
  const celle = readFileSync(path.join(siteDir, 'hilfe', 'landkreis-celle', 'index.html'), 'latin1');

  it('are searchable, with filters and meta, and their contact lists left to the entries', () => {
    expect(celle).toMatch(/<main[^>]* data-pagefind-body/);
    expect(celle).toContain('<span data-pagefind-filter="Art">Hilfe vor Ort</span>');
    expect(celle).toContain('<span data-pagefind-filter="Region">Landkreis Celle</span>');
    expect(celle).toContain('<div data-pagefind-ignore="all">');
  });

  it('carry the Gemeinden and postcodes of their Kreis, hidden and weighted', () => {
    const block = /<div hidden data-pagefind-weight="(\d+)">([\s\S]*?)<\/div>/.exec(celle);
    expect(block).not.toBeNull();
    expect(Number(block![1])).toBeGreaterThan(1);
    expect(block![2]).toContain('Celle, Eicklingen');
    expect(block![2]).toContain('29221, 29223');
  });
});
