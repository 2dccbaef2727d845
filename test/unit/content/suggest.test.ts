/**
 * "meinten Sie …?" for unknown ids (src/content/suggest.ts closestMatch): the distinctive words
 * decide, not edit distance alone (outside tester). Following a hint that names another district
 * links a Göttingen network to a Goslar service; no hint is better than that one.
 */
import { describe, expect, it } from 'vitest';
import { closestMatch, didYouMean } from '../../../src/content/suggest.ts';

/** The ids of content/contacts/*.md. */
const CONTACTS = [
  'beratung-gewalt-in-der-pflege-harburg',
  'biss-landkreis-emsland',
  'biss-landkreis-goettingen',
  'biss-landkreis-goslar',
  'biss-landkreis-leer',
  'biss-landkreis-lueneburg',
  'biss-stadt-oldenburg',
  'fachberatung-gefluechtete-frauen-cuxhaven',
  'fachberatung-sexualisierte-gewalt-hildesheim',
  'frauenberatungsstelle-osnabrueck',
  'frauenhaus-aurich',
  'frauenhaus-celle',
  'frauenhaus-lueneburg',
  'frauenhaus-oldenburg',
  'gewaltopferambulanz-braunschweig',
  'gleichstellungsbuero-heidekreis',
  'hilfetelefon-gewalt-gegen-frauen',
  'jugendamt-landkreis-diepholz',
  'jugendamt-stadt-wolfsburg',
  'koordinationsprojekt-haeusliche-gewalt',
  'koordinierungsstelle-haeusliche-gewalt-friesland',
  'maennerberatung-braunschweig',
  'nummer-gegen-kummer-kinder-und-jugendtelefon',
  'polizei-notruf-110',
  'polizei-osnabrueck-haeusliche-gewalt',
  'polizeiinspektion-stade-opferschutz',
  'rechtsantragstelle-amtsgericht-cuxhaven',
  'staatsanwaltschaft-oldenburg-sonderdezernat',
  'taeterarbeit-region-hannover',
  'taeterarbeit-vechta',
];

/** The ids of content/vocabularies/regions.yml. */
const REGIONS = [
  'niedersachsen',
  'stadt-braunschweig',
  'stadt-salzgitter',
  'stadt-wolfsburg',
  'landkreis-gifhorn',
  'landkreis-goslar',
  'landkreis-helmstedt',
  'landkreis-northeim',
  'landkreis-peine',
  'landkreis-wolfenbuettel',
  'landkreis-goettingen',
  'region-hannover',
  'landkreis-diepholz',
  'landkreis-hameln-pyrmont',
  'landkreis-hildesheim',
  'landkreis-holzminden',
  'landkreis-nienburg',
  'landkreis-schaumburg',
  'landkreis-celle',
  'landkreis-cuxhaven',
  'landkreis-harburg',
  'landkreis-luechow-dannenberg',
  'landkreis-lueneburg',
  'landkreis-osterholz',
  'landkreis-rotenburg',
  'landkreis-heidekreis',
  'landkreis-stade',
  'landkreis-uelzen',
  'landkreis-verden',
  'stadt-delmenhorst',
  'stadt-emden',
  'stadt-oldenburg',
  'stadt-osnabrueck',
  'stadt-wilhelmshaven',
  'landkreis-ammerland',
  'landkreis-aurich',
  'landkreis-cloppenburg',
  'landkreis-emsland',
  'landkreis-friesland',
  'landkreis-grafschaft-bentheim',
  'landkreis-leer',
  'landkreis-oldenburg',
  'landkreis-osnabrueck',
  'landkreis-vechta',
  'landkreis-wesermarsch',
  'landkreis-wittmund',
];

/** The ids of content/vocabularies/topics.yml. */
const TOPICS = [
  'gewaltschutzgesetz',
  'wohnungsverweisung',
  'schutzunterkuenfte',
  'hochrisikomanagement',
  'kinderschutz',
  'umgang-und-sorgerecht',
  'justiz-und-verfahren',
  'taeterarbeit',
  'stalking',
  'digitale-gewalt',
  'sexualisierte-gewalt',
  'gesundheitsversorgung',
  'migration',
  'frauen-mit-behinderungen',
  'aeltere-menschen',
  'maenner-als-betroffene',
  'interdisziplinaere-kooperation',
  'praevention',
  'fortbildung',
  'istanbul-konvention',
];

describe('a distinctive shared word outweighs edit distance', () => {
  it('biss-landkreis-goettingen.md renamed to biss-goettingen.md: the old id means the renamed file, not Goslar', () => {
    const renamed = CONTACTS.map((id) => (id === 'biss-landkreis-goettingen' ? 'biss-goettingen' : id));
    expect(closestMatch('biss-landkreis-goettingen', renamed)).toBe('biss-goettingen');
    expect(didYouMean('biss-landkreis-goettingen', renamed)).toBe('meinten Sie „biss-goettingen“?');
  });

  it('regions: [landkreis-hameln] means Hameln-Pyrmont, not Peine', () => {
    expect(closestMatch('landkreis-hameln', REGIONS)).toBe('landkreis-hameln-pyrmont');
    expect(closestMatch('hameln', REGIONS)).toBe('landkreis-hameln-pyrmont');
    expect(closestMatch('landkreis-luechow', REGIONS)).toBe('landkreis-luechow-dannenberg');
  });

  it('the place named outweighs the common words around it', () => {
    expect(closestMatch('stadt-hannover', REGIONS)).toBe('region-hannover');
    expect(closestMatch('biss-goettingen', CONTACTS)).toBe('biss-landkreis-goettingen');
    expect(closestMatch('biss-oldenburg', CONTACTS)).toBe('biss-stadt-oldenburg');
    expect(closestMatch('frauenhaus-stadt-oldenburg', CONTACTS)).toBe('frauenhaus-oldenburg');
  });

  it('a Stadt is no Landkreis of the same name, and two equal fits are no guess', () => {
    expect(closestMatch('stadt-celle', REGIONS)).toBeUndefined();
    expect(closestMatch('biss-landkreis-oldenburg', CONTACTS)).toBeUndefined();
    expect(closestMatch('osnabrueck', REGIONS)).toBeUndefined();
    expect(closestMatch('oldenburg', REGIONS)).toBeUndefined();
  });
});

describe('typos keep working', () => {
  it('finds a typo in a distinctive word', () => {
    expect(closestMatch('landkreis-goetingen', REGIONS)).toBe('landkreis-goettingen');
    expect(closestMatch('landkreis-gottingen', REGIONS)).toBe('landkreis-goettingen');
    expect(closestMatch('wohnungsverweisnug', TOPICS)).toBe('wohnungsverweisung');
    expect(closestMatch('kinderschuz', TOPICS)).toBe('kinderschutz');
    // A long word may be three edits off when it begins alike; another first syllable is another word.
    expect(closestMatch('netzwerk-suedniedersaxen', ['netzwerk-suedniedersachsen', 'netzwerk-nordniedersachsen-kueste'])).toBe('netzwerk-suedniedersachsen');
    expect(closestMatch('frauenhaus-aurik', CONTACTS)).toBe('frauenhaus-aurich');
  });

  it('finds a typo across words and in short names', () => {
    expect(closestMatch('landkreisgoettingen', REGIONS)).toBe('landkreis-goettingen');
    expect(closestMatch('digitalegewalt', TOPICS)).toBe('digitale-gewalt');
    expect(closestMatch('titel', ['title', 'summary'])).toBe('title');
    expect(closestMatch('adress', ['title', 'summary', 'address', 'phone'])).toBe('address');
    expect(closestMatch('landesweid', ['landesweit', 'regional', 'kommunal'])).toBe('landesweit');
  });

  it('finds a value that begins with a candidate and goes on with something else', () => {
    const kinds = ['biss', 'frauenhaus', 'beratungsstelle', 'polizei', 'justiz', 'jugendamt', 'taeterarbeit', 'koordination', 'hotline', 'sonstige'];
    expect(closestMatch('biss\n::error file=evil.md,line=1::pwned', kinds)).toBe('biss');
    expect(closestMatch('landkreis-oldenburg-nord', REGIONS)).toBe('landkreis-oldenburg');
  });

  it('finds the id a name is written as', () => {
    expect(closestMatch('Landkreis Göttingen', REGIONS)).toBe('landkreis-goettingen');
    expect(closestMatch('BISS Stadt Oldenburg', CONTACTS)).toBe('biss-stadt-oldenburg');
  });
});


describe('a hint never names another kind of service or another place (second fresh tester, session 20)', () => {
  it.each([
    ['frauenhaus-hannover', CONTACTS],
    ['frauenhaus-leer', CONTACTS],
    ['biss-celle', CONTACTS],
    ['polizei-celle', CONTACTS],
    ['maennerberatung-hannover', CONTACTS],
    ['gewaltopferambulanz-hannover', CONTACTS],
    ['jugendamt-landkreis-celle', CONTACTS],
    ['biss-landkreis-celle', CONTACTS],
    ['netzwerk-gewaltschutz-nordniedersachsen', ['netzwerk-gewaltschutz-suedniedersachsen', 'netzwerk-kinderschutz-haeusliche-gewalt-diepholz']],
    ['netzwerk-kinderschutz-haeusliche-gewalt-celle', ['netzwerk-gewaltschutz-suedniedersachsen', 'netzwerk-kinderschutz-haeusliche-gewalt-diepholz']],
    ['leitfaden-hochrisikomanagement-celle', ['leitfaden-hochrisikomanagement-emsland', 'flyer-biss-oldenburg-mehrsprachig']],
    ['flyer-biss-osnabrueck', ['leitfaden-hochrisikomanagement-emsland', 'flyer-biss-oldenburg-mehrsprachig']],
    ['ostfriesland', REGIONS],
  ] as const)('%s: no hint', (value, candidates) => {
    expect(closestMatch(value, candidates)).toBeUndefined();
  });

  it.each([
    ['landkreis-emden', REGIONS],
    ['stadt-verden', REGIONS],
    ['biss-stade', CONTACTS],
    ['beratung', CONTACTS],
    ['regionen', ['region-hannover', 'landkreis-celle', 'finden']],
    ['stgb-239-nachstellung', ['stgb-238-nachstellung', 'famfg-210-gewaltschutzsachen', 'sgb-viii-8a-schutzauftrag']],
    ['famfg-211-gewaltschutzsachen', ['stgb-238-nachstellung', 'famfg-210-gewaltschutzsachen', 'sgb-viii-8a-schutzauftrag']],
    ['sgb-viii-8b-schutzauftrag', ['stgb-238-nachstellung', 'famfg-210-gewaltschutzsachen', 'sgb-viii-8a-schutzauftrag']],
  ] as const)('%s: no hint to another place, a Kreis word, one service among many or another paragraph (third fresh tester)', (value, candidates) => {
    expect(closestMatch(value, candidates)).toBeUndefined();
  });

  it('an addition after the Kreis still finds it', () => {
    expect(closestMatch('landkreis-leer-ostfriesland', REGIONS)).toBe('landkreis-leer');
    expect(closestMatch('landkreis-aurich-ostfriesland', REGIONS)).toBe('landkreis-aurich');
  });
});

describe('nothing is suggested when only common words are shared', () => {
  it('a place that is not there gets no other place', () => {
    // Before: landkreis-uelzen, stadt-emden, biss-landkreis-emsland — edit-near, elsewhere.
    expect(closestMatch('landkreis-bremen', REGIONS)).toBeUndefined();
    expect(closestMatch('stadt-bremen', REGIONS)).toBeUndefined();
    expect(closestMatch('biss-hameln', CONTACTS)).toBeUndefined();
    expect(closestMatch('biss-landkreis-hameln', CONTACTS)).toBeUndefined();
    expect(didYouMean('biss-landkreis-hameln', CONTACTS)).toBeUndefined();
  });

  it('a topic that shares only a common word gets no other topic', () => {
    expect(closestMatch('sexuelle-gewalt', TOPICS)).toBeUndefined();
  });

  it('words all candidates share decide nothing; nor do very long values', () => {
    expect(closestMatch('biss-landkreis', ['biss-landkreis-goslar', 'biss-landkreis-leer'])).toBeUndefined();
    expect(closestMatch('biss-landkreis', CONTACTS)).toBeUndefined();
    expect(closestMatch('landkreis', REGIONS)).toBeUndefined();
    expect(closestMatch('xyz', REGIONS)).toBeUndefined();
    expect(closestMatch('goettingen-'.repeat(100), REGIONS)).toBeUndefined();
    expect(closestMatch('egal', [])).toBeUndefined();
  });
});

// How long it takes is no unit test's business (speed goals live in `npm run bench`).
describe('many candidates', () => {
  it('thousands of ids and a long value: the right answer, and none for a value of unrelated words', () => {
    const places = REGIONS.map((id) => id.replace(/^(landkreis|stadt|region)-/, ''));
    const kinds = ['biss', 'frauenhaus', 'beratungsstelle', 'jugendamt', 'polizei'];
    const many = places.flatMap((place) => kinds.flatMap((kind) => Array.from({ length: 12 }, (_, i) => `${kind}-${place}-${i}`)));
    expect(many.length).toBeGreaterThan(2500);
    expect(closestMatch('biss-hameln-pyrmont-3', many)).toBe('biss-hameln-pyrmont-3');
    expect(closestMatch('frauenhaus-goetingen-7', many)).toBe('frauenhaus-goettingen-7');
    expect(closestMatch(Array.from({ length: 150 }, (_, i) => `wort${i}`).join('-').slice(0, 1000), many)).toBeUndefined();
  });
});
