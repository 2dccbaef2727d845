/**
 * Issue 13, session 8 from outside, generated members of each kind (fast-check):
 * A. links that lead to a place in a Frauenhaus entry: a position in any URL, shorteners of the
 *    public list, map and route services by name — and ordinary links with numbers that pass;
 * B. a shelter named next to a location on any other page, in the languages of the site, and
 *    titles that sound like a shelter — and pages naming Frauenhäuser without an address that pass.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LINK_SHORTENERS, PLACE_SERVICE_ONLY, PLACE_SERVICES, placeLinkReason } from '../../../src/content/place-links.ts';
import { bodyLocations, locationsIn, shelterProblems } from '../../../src/content/shelter-guard.ts';
import { SHELTER_WORDS_BY_LANGUAGE, soundsLikeShelter } from '../../../src/content/shelter-words.ts';
import { positionInUrl } from '../../../src/content/url-positions.ts';
import { ROOT } from '../../helpers.ts';

const runs = { numRuns: 200 };
const kinds = (url: string) => locationsIn(url).map((hit) => hit.kind);
const PLACE_KINDS = ['place-link', 'map-link', 'coordinates'];

/** A decimal of `places` places between min and max, as text. */
const decimal = (min: number, max: number) =>
  fc.tuple(fc.double({ min, max, noNaN: true }), fc.integer({ min: 2, max: 7 })).map(([value, places]) => value.toFixed(places));
const latitude = decimal(47.3, 55);
const longitude = decimal(5.9, 15);
const host = fc.oneof(
  fc.constantFrom('example.org', 'www.beispiel.de', 'frauenhaus-beispiel.de', 'osmand.net', 'www.stadt-beispiel.de', 'x.y.example.net'),
  fc.stringMatching(/^[a-z]{3,12}$/).map((name) => `www.${name}.de`),
);

/** Hosts that name no place service. */
const ordinaryHost = fc.oneof(fc.constantFrom('example.org', 'www.beispiel.de', 'frauenhaus-beispiel.de', 'x.y.example.net'), fc
    .stringMatching(/^[a-z]{3,12}$/)
    .map((name) => `www.${name}.de`)
    // The host rule's own names (`mapaaa`, `waze`, `karte…`) are no ordinary host: these tests are about paths and queries.
    .filter((host) => placeLinkReason(`https://${host}/`) === undefined));

describe('A. a position written into a URL is refused, whatever the host', () => {
  const encodings: ((lat: string, lon: string, z: number) => string)[] = [
    (a, b) => `/go?lat=${a}&lon=${b}`,
    (a, b, z) => `/?mlat=${a}&mlon=${b}#map=${z}/${a}/${b}`,
    (a, b) => `/?ll=${a},${b}`,
    (a, b) => `/?ll=${a}%2C${b}&spn=0.1`,
    (a, b, z) => `/place/@${a},${b},${z}z`,
    (a, b, z) => `/#map=${z}/${a}/${b}`,
    (a, b) => `/p/${a}/${b}`,
    (a, b) => `/route?center=${b},${a}`,
    (a, b) => `/data=!3d${a}!4d${b}`,
    (a, b, z) => `/?lat=${a}&z=${z}&lng=${b}`,
    (a, b) => `/?latitude=${a}&longitude=${b}`,
    (a, b) => `/?q=${a}+${b}`,
  ];
  it('decimal pairs in path, query or fragment, in either order, as a field and as a Markdown link', () => {
    fc.assert(
      fc.property(host, latitude, longitude, fc.integer({ min: 3, max: 19 }), fc.constantFrom(...encodings), fc.boolean(), (h, a, b, z, encode, scheme) => {
        const url = `${scheme ? 'https://' : 'http://'}${h}${encode(a, b, z)}`;
        expect(positionInUrl(url), url).toBeDefined();
        expect(kinds(url), url).toEqual(expect.arrayContaining([expect.stringMatching(/^(coordinates|place-link|map-link)$/)]));
        expect(bodyLocations(`Mehr [hier](${url}).`).length, url).toBeGreaterThan(0);
      }),
      runs,
    );
  });

  it('degrees and minutes with hemispheres (geohack params), with or without seconds and underscores', () => {
    const dms = fc.tuple(fc.integer({ min: 47, max: 55 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 6, max: 14 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }), fc.boolean());
    fc.assert(
      fc.property(host, dms, (h, [a, am, as, b, bm, bs, seconds]) => {
        const params = seconds ? `${a}_${am}_${as}_N_${b}_${bm}_${bs}_E` : `${a}_${am}_N_${b}_${bm}_E`;
        const url = `https://${h}/geohack.php?params=${params}_region:DE`;
        expect(positionInUrl(url), url).toBeDefined();
        expect(kinds(url).some((kind) => PLACE_KINDS.includes(kind)), url).toBe(true);
      }),
      runs,
    );
  });

  it('every host of the public shortener list and of ours, and every named map or route service', () => {
    const listed = readFileSync(path.join(ROOT, 'src/content/data/url-shorteners.txt'), 'utf8')
      .split('\n')
      .map((line) => line.trim().toLowerCase())
      .filter((line) => line && !line.startsWith('#'));
    expect(listed.length).toBeGreaterThan(1000);
    for (const h of ['t1p.de', 'g.page', 'binged.it', 'is.gd', 's.id', 'cutt.ly', 'tiny.cc', 'ow.ly', 'buff.ly', 'shorturl.at', 'rebrand.ly']) expect([...listed, ...LINK_SHORTENERS], h).toContain(h);
    for (const h of [...listed, ...LINK_SHORTENERS]) expect(placeLinkReason(`https://${h}/abc`), h).toBe('shortener');
    const service = fc.tuple(fc.constantFrom(...[...PLACE_SERVICES].filter((name) => !PLACE_SERVICE_ONLY.has(name))), fc.constantFrom('com', 'de', 'org', 'ru', 'app', 'net'), fc.constantFrom('', 'www.', 'm.'), fc.stringMatching(/^[a-z0-9]{1,8}$/));
    fc.assert(
      fc.property(service, ([name, tld, sub, p]) => {
        const url = `https://${sub}${name}.${tld}/${p}`;
        // Some are map links of the older rule too (komoot., waze.com): either refuses.
        expect(kinds(url).some((kind) => PLACE_KINDS.includes(kind)), url).toBe(true);
      }),
      runs,
    );
    // The services named only on some hosts, on those hosts.
    expect([...PLACE_SERVICE_ONLY.keys()].sort()).toEqual(['baidu', 'business', 'earth', 'guides', 'here', 'immobilien', 'kakao', 'naver', 'plus']);
    for (const url of ['https://business.google.com/n/1', 'https://guides.apple.com/?ug=CiE', 'https://immobilien.de/expose/123', 'https://earth.google.com/web/@52.6,10.08,50a', 'https://www.yelp.de/biz/x', 'https://www.gelbeseiten.de/gsbiz/abc-123', 'https://share.google/abc', 'https://citymapper.com/berlin', 'https://wikimapia.org/#lang=de', 'https://2gis.ru/moscow', 'https://geohack.toolforge.org/x', 'https://kurzelinks.de/abc'])
      expect(kinds(url), url).toContain('place-link');
  });

  it('ordinary links with numbers pass: ids and pages in queries, dates and versions in paths, §-pages', () => {
    const ordinary = fc.oneof(
      fc.tuple(ordinaryHost, fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 99 })).map(([h, id, page]) => `https://${h}/seite?id=${id}&page=${page}`),
      fc.tuple(ordinaryHost, fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([h, y, m, d]) => `https://${h}/${y}/${String(m).padStart(2, '0')}/${d}/bericht`),
      fc.tuple(ordinaryHost, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 })).map(([h, a, b, c]) => `https://${h}/download/v${a}.${b}.${c}/flyer.pdf`),
      fc.tuple(ordinaryHost, fc.integer({ min: 1, max: 60 })).map(([h, n]) => `https://${h}/gesetze/__${n}.html`),
      fc.tuple(ordinaryHost, fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 99 })).map(([h, n, s]) => `https://${h}/download?n=${n}&s=${s}`),
    );
    fc.assert(
      fc.property(ordinary, (url) => {
        expect(positionInUrl(url), url).toBeUndefined();
        expect(kinds(url).filter((kind) => PLACE_KINDS.includes(kind)), url).toEqual([]);
      }),
      runs,
    );
    for (const url of ['https://www.gesetze-im-internet.de/gewschg/__1.html', 'https://www.example.org/seite?id=52&page=10', 'https://www.dw.com/de/thema/a-123', 'https://www.hilfetelefon.de/'])
      expect(kinds(url), url).toEqual([]);
  });
});

// ── B ──

/** Members of the kind "a word naming a shelter", in the site's languages, hidden as a tester would. */
const shelterNames = fc.constantFrom(
  'Frauenhaus',
  'Frauen-Haus',
  'Frauen Haus',
  'Frauen&shy;haus',
  'Frauen\u00adhaus',
  'FRAUENHAUS',
  'Frauenhäuser',
  'Frauenhaeuser',
  // Split at the joint with the umlaut spelled "ae" (the space lookahead once lost the umlaut group's alternation).
  'Frauen Haeuser',
  'Mädchen Haeuser',
  'Frauenwohnprojekt',
  'Frauenschutzwohnung',
  'Schutzhaus',
  'Zufluchtswohnung',
  'Mädchenhaus',
  "women's refuge",
  'Safe House',
  'KADIN SIĞINMA EVİ',
  'Kadın sığınma evi',
  'Приют для женщин',
  'ПРИЮТ',
  'Притулок для жінок',
  'Dom dla kobiet',
  'DOM DLA KOBIET',
  'خانه امن',
  'دار إيواء',
  'Adăpost pentru femei',
);
const location = fc.oneof(
  fc.tuple(fc.constantFrom('Buchenallee', 'Musterweg', 'Lindenstraße'), fc.integer({ min: 1, max: 99 })).map(([s, n]) => ({ text: `${s} ${n}`, kind: 'street' })),
  fc.constantFrom('Buchenallee dreiundzwanzig', 'Musterweg zwölf').map((text) => ({ text, kind: 'street' })),
  fc.constantFrom('29221 Celle', '37073 Göttingen').map((text) => ({ text, kind: 'postcode' })),
  fc.tuple(latitude, longitude).map(([a, b]) => ({ text: `${a}, ${b}`, kind: 'coordinates' })),
  fc.constantFrom('https://g.page/xyz', 'https://t1p.de/abcd', 'https://www.example.org/?lat=52.62&lon=10.08').map((text) => ({ text, kind: 'link' })),
);

describe('B. a shelter named next to a location on another page is a warning (generated)', () => {
  const page = (body: string, type = 'pages') =>
    shelterProblems(type, 'x', { file: `content/${type}/x.md`, data: { title: 'Über uns', summary: 'Wer wir sind.' }, body, bodyLine: 5, lineOf: () => 2, frontmatter: '' } as never);
  it('the location before or after the word, a few words apart, in any language of the table', () => {
    fc.assert(
      fc.property(shelterNames, location, fc.boolean(), fc.constantFrom('pages', 'initiatives', 'networks', 'materials'), (name, where, before, type) => {
        const sentence = before ? `In der Nähe von ${where.text} liegt das ${name}, unser Partner.` : `Das ${name} finden Sie unter ${where.text} – unser Partner.`;
        const body = `Wir arbeiten mit anderen zusammen.\n\n${sentence}`;
        const found = page(body, type);
        expect(found, body).toContainEqual(expect.objectContaining({ severity: 'warning', line: 7, field: '(Text)', rule: expect.stringMatching(/^shelter-named-/) }));
        expect(found.every((p) => p.severity === 'warning' && /die Lage eines Frauenhauses ist vertraulich/.test(p.message))).toBe(true);
      }),
      runs,
    );
  });

  it('in a field too, quoting what was typed', () => {
    const found = shelterProblems('initiatives', 'x', { file: 'content/initiatives/x.md', data: { title: 'Runder Tisch', summary: 'Das Frauen&shy;haus, Lindenallee dreizehn, ist Partner.' }, body: '', bodyLine: 5, lineOf: () => 3, frontmatter: '' } as never);
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', line: 3, field: 'summary', message: expect.stringContaining('„Lindenallee dreizehn“, gelesen als „Lindenallee 13“') })]);
  });

  it('pages that name shelters without a location pass: counts, phone numbers, §, dates, ordinary links', () => {
    const ordinary = fc.tuple(shelterNames, fc.integer({ min: 2, max: 400 }), fc.constantFrom('116 016', '110', '0511 123456', '§ 238 StGB', '24 Stunden', 'seit 1998', 'am 25.11.2024', 'https://www.gesetze-im-internet.de/gewschg/__1.html', 'https://www.example.org/seite?id=52&page=10'));
    fc.assert(
      fc.property(ordinary, ([name, count, extra]) => {
        const body = `In Niedersachsen gibt es ${count} Plätze in jedem ${name}. Hilfe: ${extra}.`;
        expect(page(body), body).toEqual([]);
      }),
      runs,
    );
  });
});

describe('B. titles that sound like a shelter: one table in the languages of the site', () => {
  it('every language of src/i18n/languages.ts and German has words in the table', () => {
    for (const code of ['de', 'en', 'tr', 'ar', 'ru', 'uk', 'fa', 'pl', 'ro']) expect(SHELTER_WORDS_BY_LANGUAGE[code as keyof typeof SHELTER_WORDS_BY_LANGUAGE].length, code).toBeGreaterThan(0);
  });

  it('generated spellings: capitals (locale-safe: Turkish İ), hyphens, soft hyphens, entities, spaces between compound parts', () => {
    fc.assert(
      fc.property(shelterNames, fc.constantFrom('', ' Celle', ' e. V.', 'verein'), fc.boolean(), (name, tail, upper) => {
        // Run together with a German word only where the name is one word in Latin letters ("Frauenhausverein"; "Frauen Hausverein" reads like "Frauen Hausaufgaben"); entities stay lower case ("&SHY;" is none).
        const title = `${upper && !name.includes('&') ? name.toUpperCase() : name}${tail === 'verein' && !/^[\p{Script=Latin}&;'\u00ad-]+$/u.test(name) ? ' Verein' : tail}`;
        expect(soundsLikeShelter(title), title).toBe(true);
      }),
      runs,
    );
  });

  it('ordinary titles do not', () => {
    for (const title of ['Refugee Law Clinic', 'Frauen Hausaufgabenhilfe', 'Gewaltschutzgesetz', 'Frauenberatung Celle', 'Kinderschutzbund', 'Beratungsstelle Häusliche Gewalt', 'Not Wohnung finden', 'Frauen-Notruf', 'BISS Celle', 'Schutzkonzept'])
      expect(soundsLikeShelter(title), title).toBe(false);
  });
});
