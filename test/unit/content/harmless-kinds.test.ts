/**
 * Issue 13 §1, session 14 (outside tester tester14): generated members of each kind of ordinary
 * number the shelter guard now allows in a Frauenhaus entry (./src/content/harmless-kinds.ts, table
 * cells, English numbered nouns and limits), each next to the address-shaped neighbour that must stay
 * refused; and generated members of each hole now found in site texts (number-first English streets,
 * corners of any street ending, rows and coordinates of data downloads, JSON counts no postcode).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withReadings } from '../../../src/content/download-readings.ts';
import { downloadText } from '../../../src/content/text-downloads.ts';
import { siteTextProblems } from '../../../src/content/shelter-guard.ts';
import { frauenhausErrors } from '../../support/frauenhaus-entry.ts';

const RUNS = { numRuns: 25 };
const passes = (text: string) => {
  expect(frauenhausErrors(text), `Text: ${text}`).toEqual([]);
  expect(frauenhausErrors('Wir helfen.', { summary: text.replaceAll('\n', ' ') }), `summary: ${text}`).toEqual([]);
};
const refused = (text: string) => expect(frauenhausErrors(text), `refused: ${text}`).not.toEqual([]);
const siteErrors = (text: string, file = 'x.txt') => siteTextProblems(file, {}, () => 1, 'Text-Downloads (Materialien)', text);

const small = fc.integer({ min: 1, max: 99 });
const day = fc.integer({ min: 1, max: 28 });
const month = fc.integer({ min: 1, max: 12 });
const year = fc.integer({ min: 1990, max: 2030 });
const STREETS = ['Musterweg', 'Lindenallee', 'Hauptstraße', 'Birkenweg', 'Am Markt'];
const street = fc.constantFrom(...STREETS);

describe('ordinary numbers of a Frauenhaus entry pass; the address next to each stays refused', () => {
  it('dates with spaces and month/year', () => {
    fc.assert(
      fc.property(day, month, year, street, (d, m, y, s) => {
        passes(`Seit dem ${d}. ${m}. ${y} gilt die Istanbul-Konvention.`);
        passes(`Unser Flyer (Stand ${m}/${y}) liegt vor.`);
        refused(`Wir sind ${s} ${d}. ${m}. ${y}.`);
        refused(`${s} ${m}/${y}`);
      }),
      RUNS,
    );
  });

  it('thousands grouped by a space, decimals before a unit, ages written 60+', () => {
    fc.assert(
      fc.property(small, fc.integer({ min: 0, max: 999 }), fc.integer({ min: 1, max: 9 }), street, (a, b, c, s) => {
        const group = String(b).padStart(3, '0');
        passes(`Es sollen 1 Familienplatz pro ${a} ${group} Einwohner sein.`);
        passes(`Die Auslastung lag bei ${a},${c} %.`);
        passes(`Frauen ${a}+ sind bei uns willkommen.`);
        refused(`${s} ${a} ${group} Einwohner`);
        refused(`Wir sind ${s} ${a} %.`);
        refused(`Wir sind Lindenhain ${a}+ hinten.`);
      }),
      RUNS,
    );
  });

  it('hanging-hyphen ranges, norms, court file numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 10, max: 17 }), fc.integer({ min: 1000, max: 99999 }), fc.constantFrom('F', 'UF', 'WF', 'Ds', 'O'), fc.integer({ min: 10, max: 26 }), street, (a, b, n, sign, yy, s) => {
        passes(`Die Kinderbetreuung ist für ${a}- bis ${b}-Jährige.`);
        passes(`Zwei Zimmer sind barrierefrei nach DIN ${n}-${a}.`);
        passes(`Aktenzeichen im Beispiel: ${b} ${sign} ${a}${yy}/${yy}.`);
        refused(`${s} ${a}- bis ${b}-Jährige`);
        refused(`Wir sind Am Din ${a}.`);
        refused(`Das Haus: ${s} ${b} ${sign} ${a}${yy}/${yy}.`);
      }),
      RUNS,
    );
  });

  it('English clock times, ordinals of an edition, numbered steps, numbered nouns and ages', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2, max: 5 }), fc.integer({ min: 18, max: 30 }), fc.integer({ min: 40, max: 99 }), (h, steps, lo, hi) => {
        passes(`Saturday ${h} am – 12 noon`);
        passes(`Available in our ${h === 2 ? '2nd' : `${h}th`} edition.`);
        const verbs = ['Call us', 'Pack your documents', 'Come to the meeting point', 'Bring your papers', 'Rest'];
        passes(`Safety: ${verbs.slice(0, steps).map((v, i) => `${i + 1}. ${v}.`).join(' ')}`);
        passes(`Rooms ${h} to ${h + 3} are upstairs. Chapter ${h} Street Harassment. Tag ${h}: Ankommen.`);
        passes(`Women aged ${lo} to ${hi} can stay.`);
        refused(`Wir sind Lindenhain ${h} am Markt.`);
        refused(`Our house is the ${h}th house on the left.`);
        refused(`Find us at ${h}th Linden Close.`);
        refused(`Am Markt: ${h}. Call us. ${h + 1}. Pack your bag.`);
        expect(siteErrors(`Am Markt: ${h}. Call us. ${h + 1}. Pack your bag.`)).not.toEqual([]);
      }),
      RUNS,
    );
  });

  it('counts in a sentence of counts, houses of a shelter, Romanian and Arabic counts', () => {
    fc.assert(
      fc.property(small, small, small, street, (a, b, c, s) => {
        passes(`Aufnahmen im Jahr 2023: ${a + b + c}. Davon kamen ${a} über die Polizei, ${b} über BISS und ${c} direkt.`);
        passes(`Von ${a + b} Anfragen konnten wir ${a} aufnehmen.`);
        passes(`Wir haben ${a + b} Zimmer, davon ${a} für Frauen mit Kindern und ${b} für Frauen allein.`);
        passes(`Haus ${a} ist für Frauen mit Kindern, Haus ${b} für Frauen allein.`);
        passes(`Avem ${a} locuri. Sunați la 116 016, ${a + 20} de ore din ${a + 20}.`);
        passes(`لدينا ${a} مكانًا للنساء.`);
        refused(`Am Markt, davon ${a}`);
        refused(`Wir sind Lindenhain rund ${a}.`);
        refused(`${s}, Haus ${a}`);
        refused(`Haus ${a}, Celle`);
        refused(`Haus ${a}a ist unser Haus.`);
      }),
      RUNS,
    );
  });

  it('a count after its counted noun and a colon passes; a street, a name or a street form before the colon stays refused (tester15)', () => {
    fc.assert(
      fc.property(small, small, fc.constantFrom('Frauen', 'Kinder', 'Freie Plätze', 'Anzahl Frauen', 'Betten', 'Übernachtungen', 'Mitarbeiterinnen', 'Warteliste', 'Sprachen'), fc.constantFrom('Lindenhain', 'Musterweg', 'Am Markt', 'Birkenhof', 'Haus', 'Hausnummer', 'Am Platz'), (a, b, label, street) => {
        passes(`${label}: ${a}, Kinder: ${b}.`);
        refused(`${street}: ${a}`);
        refused(`${label}: ${a}a`);
      }),
      RUNS,
    );
  });

  it('a table cell with only a number is read with its column header; under "Nr" it stays refused', () => {
    fc.assert(
      fc.property(year, small, small, (y, a, b) => {
        expect(frauenhausErrors(`| Jahr | Frauen | Kinder |\n|---|---|---|\n| ${y} | ${a} | ${b} |\n| ${y + 1} | ${b} | ${a} |`)).toEqual([]);
        refused(`| Straße | Nr |\n|---|---|\n| Lindenhain | ${a} |`);
        // A street in the cell to the left: the number is its house number whatever the column says.
        for (const street of ['Musterstr.', 'Lindenweg', 'Am Markt', 'Hauptstraße']) refused(`| Ort | Frauen |\n|---|---|\n| ${street} | ${a} |`);
      }),
      RUNS,
    );
  });

  it('a bus or tram line stays refused (decided: it narrows a secret address to a route)', () => {
    for (const text of ['Mit dem Bus (Linie 2 oder 11) holen wir Sie ab.', 'Bus 100 und 900 halten in der Nähe.', 'Straßenbahn 4']) refused(text);
  });
});

const NAMES = ['Linden', 'Orchard', 'Mill', 'Church', 'Willow', 'Beech'];
const TYPES = ['Close', 'Mews', 'Lane', 'Road', 'Street', 'Crescent', 'Grove', 'Avenue'];
const NDS_LAT = fc.integer({ min: 5200, max: 5399 }).map((n) => (n / 100).toFixed(4));
const NDS_LON = fc.integer({ min: 700, max: 1150 }).map((n) => (n / 100).toFixed(4));

describe('holes in site texts and downloads are found', () => {
  it('number-first English streets in texts the number rule does not read; counted nouns pass', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 199 }), fc.constantFrom(...NAMES), fc.constantFrom(...TYPES), (n, name, type) => {
        const hits = siteErrors(`Our refuge: ${n} ${name} ${type}, Celle.`);
        expect(hits.map((p) => p.message).join(' '), `${n} ${name} ${type}`).toContain(`„${n} ${name} ${type}“`);
        expect(siteErrors(`We have ${n} Places. Open ${n} Hours.`)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('e-mail local parts in number-first order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 199 }), fc.constantFrom(...NAMES), fc.constantFrom(...TYPES), fc.constantFrom('.', '-', '_'), (n, name, type, sep) => {
        const email = `${n}${sep}${name.toLowerCase()}${sep}${type.toLowerCase()}@example.org`;
        expect(frauenhausErrors('Wir helfen.', { email }).map((p) => p.message).join(' '), email).toMatch(new RegExp(`„${n}\\W${name}\\W${type}“`, 'i'));
        expect(frauenhausErrors('Wir helfen.', { email: `frauenhaus-celle${sep}${n}@example.org` }), email).toEqual([]);
      }),
      RUNS,
    );
  });

  it('corners of any street ending, German and English', () => {
    const german = ['Lindenkamp', 'Mühlenweg', 'Eichenhof', 'Birkenallee', 'Rosengarten'];
    fc.assert(
      fc.property(fc.constantFrom(...german), fc.constantFrom(...german), fc.constantFrom('Ecke', 'Kreuzung'), fc.constantFrom('/', ' und '), (a, b, word, joint) => {
        fc.pre(a !== b);
        expect(siteErrors(`Treffen an der ${word} ${a}${joint}${b}.`).map((p) => p.rule).join(' '), `${word} ${a}${joint}${b}`).toContain('site-text-location-corner');
      }),
      RUNS,
    );
    expect(siteErrors('Treffpunkt: where Linden Close meets Mill Lane.')).not.toEqual([]);
    expect(siteErrors('Treffpunkt: Lindenkamp Höhe Mühlenweg.')).not.toEqual([]);
    for (const text of ['Die Kreuzung von Hilfe und Schutz.', 'in Höhe von 500 Euro', 'where help meets hope', 'We meet at Easter.']) expect(siteErrors(text), text).toEqual([]);
  });

  it('CSV rows, GeoJSON and GPX coordinates, each on its real line; a count in JSON is no postcode', () => {
    fc.assert(
      fc.property(fc.constantFrom('Lindenkamp', 'Musterweg', 'Birkenallee'), fc.integer({ min: 1, max: 199 }), NDS_LAT, NDS_LON, fc.integer({ min: 0, max: 3 }), (name, n, lat, lon, pad) => {
        const before = 'x,y\n'.repeat(pad);
        const csv = siteErrors(withReadings('csv', `name,strasse,nr,ort\n${before}Frauenhaus,${name},${n},Celle\n`), 'x.csv');
        expect(csv[0], `${name} ${n}`).toMatchObject({ line: 2 + pad });
        expect(csv[0]!.message).toMatch(new RegExp(`„${name},? ?${n}“`));
        const geojson = siteErrors(withReadings('geojson', `{\n${' "a": 1,\n'.repeat(pad)} "type": "Point",\n "coordinates": [${lon}, ${lat}]\n}`), 'x.geojson');
        expect(geojson[0], `${lon}, ${lat}`).toMatchObject({ line: 3 + pad });
        expect(geojson[0]!.message).toContain('Geokoordinaten');
        const gpx = siteErrors(withReadings('gpx', `<gpx>\n${'<name>x</name>\n'.repeat(pad)}<wpt lat="${lat}" lon="${lon}"></wpt>\n</gpx>`), 'x.gpx');
        expect(gpx[0], `${lat} ${lon}`).toMatchObject({ line: 2 + pad });
        expect(siteErrors(withReadings('json', `{"jahr": 2025, "besuche": ${20000 + n * 37}}`), 'x.json')).toEqual([]);
        expect(siteErrors(withReadings('json', `{"plz": 29221}`), 'x.json')).not.toEqual([]);
      }),
      RUNS,
    );
    expect(siteErrors(withReadings('csv', 'jahr,frauen,kinder\n2023,45,60\n2024,52,71\n'), 'x.csv')).toEqual([]);
  });

  it('a street and its number before a line starting with a number (a CSV cell quoted over a line break); phone numbers stay numbers (tester15)', () => {
    fc.assert(
      fc.property(fc.constantFrom('Lindenkamp', 'Musterweg', 'Birkenallee', 'Hauptstraße'), fc.integer({ min: 1, max: 199 }), fc.integer({ min: 1, max: 99 }), (name, n, m) => {
        expect(siteErrors(`Treffen im ${name} ${n}\n${m} Frauen kamen.`).map((p) => p.message).join(' '), `${name} ${n}`).toContain(`„${name} ${n}“`);
        expect(siteErrors(withReadings('csv', `Name;Anschrift\nFrauenhaus;"${name}\n${n}"\n`), 'x.csv')[0], `${name} ${n}`).toMatchObject({ line: 2 });
      }),
      RUNS,
    );
    for (const text of ['Hilfetelefon 116 016', 'Telefon 0511 12 34 56', 'Von 120 Anfragen 48 aufgenommen', 'Seit 2002 12 Beratungsstellen']) expect(siteErrors(text), text).toEqual([]);
  });

  it('number-first Romance streets written in lower case (rue, strada, piața …); "via" and "route" in lower case are words (tester15)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 199 }), fc.constantFrom('rue de la Paix', 'rue Victor Hugo', 'strada Lalelelor', 'piața Unirii', 'calle Mayor', 'viale Roma', 'carrer Major'), (n, street) => {
        expect(siteErrors(`Netzwerk ${n} ${street}`).map((p) => p.message).join(' '), `${n} ${street}`).toContain(`„${n} ${street.split(' ')[0]}`);
      }),
      RUNS,
    );
    for (const text of ['Wir antworten 3 via E-Mail.', 'Die 2 route Planer', 'Es gibt 4 place Holder.', 'Conform art. 5 calea de atac este apelul.']) expect(siteErrors(text), text).toEqual([]);
  });

  it('a download in UTF-16 without byte-order mark is read as UTF-16, whatever else it holds (tester16)', () => {
    fc.assert(
      fc.property(fc.constantFrom('', '😀 ', '日本語 ', '„', 'Приют: '), fc.constantFrom(' – Celle', ' テスト', '“', ' €'), fc.integer({ min: 1, max: 199 }), fc.boolean(), (before, after, n, bigEndian) => {
        const text = `${before}Musterweg ${n}${after}`;
        const bytes = Buffer.from(text, 'utf16le');
        if (bigEndian) bytes.swap16();
        expect(downloadText(new Uint8Array(bytes)), text).toBe(text);
        expect(siteErrors(downloadText(new Uint8Array(bytes))).map((p) => p.message).join(' '), text).toContain(`„Musterweg ${n}“`);
      }),
      RUNS,
    );
    expect(downloadText(new TextEncoder().encode('Grüße – 5 Frauen'))).toBe('Grüße – 5 Frauen');
  });
});
