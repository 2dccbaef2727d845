/**
 * The burden-reversing number rule (src/content/harmless-numbers.ts, issue 13 §1, session 9): in a
 * Frauenhaus entry and a translated help page every number stands in a harmless form or is
 * refused. Generated members of each kind the outside tester of session 8 got through are refused;
 * generated ordinary sentences (times, dates, counts, numbered nouns, legal references, phone
 * numbers, hotlines, ages) pass.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { germanNumberWord, numberedNoun, strayNumbers } from '../../../src/content/harmless-numbers.ts';
import { readable } from '../../../src/content/location-finder.ts';
import { translatedPageProblems } from '../../../src/content/shelter-guard.ts';
import { NOT_STREET_COMPOUNDS } from '../../../src/content/street-words.ts';
import { cpuMs, LINEAR_1MB_CPU_MS } from '../../support/cpu.ts';
import { frauenhausErrors } from '../../support/frauenhaus-entry.ts';

const runs = { numRuns: 200 };

const errors = frauenhausErrors;

function refused(text: string): void {
  expect(errors(text), text).not.toEqual([]);
}
function passes(text: string): void {
  expect(errors(text), text).toEqual([]);
}

const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);
const stem = fc.array(fc.constantFrom('mus', 'ter', 'lin', 'den', 'ro', 'sen', 'kai', 'ser', 'bir', 'ken', 'müh', 'len', 'ei', 'chen', 'wal', 'berg'), { minLength: 2, maxLength: 3 }).map((parts) => parts.join(''));
const houseNumber = fc.tuple(fc.integer({ min: 1, max: 299 }), fc.constantFrom('', '', 'a', 'b')).map(([n, letter]) => `${n}${letter}`);

/** German number words of 0–99,999, written as one word ("neunundzwanzigtausendzweihunderteinundzwanzig"). */
function german(n: number): string {
  const units = ['', 'ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'];
  const teens = ['zehn', 'elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn'];
  const tens = ['', '', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'];
  const below100 = (v: number): string => (v < 10 ? (v === 1 ? 'eins' : units[v]!) : v < 20 ? teens[v - 10]! : `${v % 10 ? `${units[v % 10]}und` : ''}${tens[Math.floor(v / 10)]}`);
  const below1000 = (v: number): string => (v >= 100 ? `${units[Math.floor(v / 100)]}hundert${v % 100 ? below100(v % 100) : ''}` : below100(v));
  if (n < 1000) return below1000(n);
  const rest = n % 1000;
  return `${below1000(Math.floor(n / 1000)).replace(/eins$/, 'ein')}tausend${rest ? below1000(rest) : ''}`;
}

/** A Roman numeral of 1–399. */
function roman(n: number): string {
  const table: [number, string][] = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, letters] of table) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}

describe('session 9: kinds the outside tester got through are refused (generated members)', () => {
  it('an exception word (Bahnhof, Postweg, Schulweg, Spielplatz …) with „Am/Zum/Beim/Im“, a label or a place is a street', () => {
    const word = fc.constantFrom(...[...NOT_STREET_COMPOUNDS].filter((w) => /(?:weg|hof|platz|garten|markt|feld|bahn|ort|gang|steig|stieg|pfad|wende|bogen|reihe|grund)$/.test(w)).map(capital));
    const form = fc.tuple(word, houseNumber, fc.constantFrom('Am {w} {n}', 'Zum {w} {n}', 'Beim {w} {n}', 'Im {w} {n}', '{w} Nr. {n}', '{w} Hausnummer {n}', '{w} {n}, Celle', '{w} {n}', 'Alter {w} {n}'));
    fc.assert(
      fc.property(form, ([w, n, pattern]) => {
        // A numbered series ("Veranstaltungsreihe 1") is harmless on its own; with a preposition, a label or a place it is a street too.
        if ((pattern === '{w} {n}' || pattern === 'Alter {w} {n}') && numberedNoun(w.toLowerCase())) return;
        // A hotline right after a word with no street ending stays harmless ("Tatort 110", "Treffort 112"): the known limit in docs/safety.md.
        if (pattern === '{w} {n}' && ['110', '112', '115', '116'].includes(n)) return;
        refused(`Wir sind ${pattern.replace('{w}', w).replace('{n}', n)}.`);
      }),
      runs,
    );
    for (const text of ['Am Bahnhof 5', 'Zum Bahnhof 7', 'Beim Bahnhof 2', 'Am Friedhof 3', 'Am Spielplatz 3', 'Am Kindergarten 4', 'Postweg 5', 'Alter Postweg 5', 'Postweg Nr. 5', 'Schulweg 12, Celle', 'Heimweg 5', 'Hilfeweg 3', 'Am Sicheren Weg 2']) refused(text);
  });

  it('a number after any capitalised street-like name is refused, also with endings not in the table, and whatever unit follows', () => {
    const ending = fc.constantFrom('steg', 'brücke', 'gärten', 'wiesen', 'tal', 'terrasse', 'weg', 'straße', 'eck', 'blick', 'rain', 'horn', 'hagen', 'kuhle', 'loh', 'siek');
    const after = fc.constantFrom('', '.', ', Celle', ' x klingeln', ' m hinter dem Tor', ' mal klopfen', ' (Hinterhaus)');
    fc.assert(
      // Hotline numbers (110, 112, 115) stay harmless after a name without a known ending: a known limit, documented in docs/safety.md.
      fc.property(stem, ending, houseNumber.filter((n) => !['110', '112', '115'].includes(n)), after, fc.boolean(), (s, e, n, tail, am) => refused(`Sie finden uns ${am ? 'Am ' : ''}${capital(s)}${e} ${n}${tail}`)),
      runs,
    );
    for (const text of ['Mühlensteg 3', 'Kaiserbrücke 4', 'Rosengärten 5', 'Lindenwiesen 6', 'Mühlental 7', 'Musterterrasse 5', 'Musterweg 5 x klingeln', 'Musterweg 5 m hinter dem Tor']) refused(text);
  });

  it('Roman numerals in any case after a street, upper case after a capitalised word', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 399 }), fc.constantFrom('upper', 'lower', 'mixed', 'letter'), fc.constantFrom('Lindenallee', 'Musterweg', 'Am Markt', 'Hinter der Kirche', 'Musterweg Nr.'), (n, form, street) => {
        const r = roman(n);
        const written = form === 'upper' ? r : form === 'lower' ? r.toLowerCase() : form === 'letter' ? `${r}a` : r[0] + r.slice(1).toLowerCase();
        // After no street ending only an upper-case numeral of two or more letters is a number ("Hinter der Kirche V" may be a name's initial).
        if ((form !== 'upper' && form !== 'letter') || r.length < 2) if (street === 'Am Markt' || street === 'Hinter der Kirche') return;
        if (r.length < 2 && form === 'lower') return; // a single lower-case letter is a word ("numer i": Polish "and")
        refused(`Wir sind ${street} ${written}.`);
      }),
      runs,
    );
    for (const text of ['Lindenallee xiii', 'Lindenallee XIIIa', 'Am Markt XII']) refused(text);
    for (const text of ['Wir arbeiten mit dem Frauenhaus Celle II zusammen.', 'Nach SGB VIII und SGB II.', 'Teil II der Broschüre', 'Die Gesprächsreihe II beginnt im Mai.']) passes(text);
  });

  it('German number words: one long word, digit by digit, and ordinals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 99_999 }), (n) => {
        expect(germanNumberWord(german(n)), german(n)).toBe('long');
        refused(`Die Postleitzahl lautet ${german(n)}.`);
        refused(`PLZ ${german(n)}`);
      }),
      runs,
    );
    const digitWords = ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'];
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 5, maxLength: 5 }), (digits) => refused(`PLZ ${digits.map((d) => digitWords[d]).join('')}`)),
      runs,
    );
    fc.assert(
      fc.property(fc.integer({ min: 13, max: 299 }), fc.constantFrom('das {o}e Haus', 'Lindenallee {o}e', 'im {o}en Haus links'), (n, form) => {
        const ordinal = `${german(n).replace(/eins$/, 'ein')}${n % 100 >= 20 || n % 100 === 0 ? 'st' : 't'}`;
        refused(form.replace('{o}', ordinal));
      }),
      runs,
    );
    for (const text of ['PLZ zweineunzweizweieins', 'neunundzwanzigtausendzweihunderteinundzwanzig', 'das dreizehnte Haus', 'Lindenallee dreizehnte']) refused(text);
    for (const text of ['zum dreizehnten Mal', 'am einundzwanzigsten Juni', 'Achten Sie auf sich.', 'Der erste Schritt ist der schwerste.', 'Zweieinhalb Jahre', 'Sie einte der Wunsch nach Sicherheit.']) passes(text);
  });

  const foreign: Record<string, string[]> = {
    en: ['two', 'three', 'seven', 'thirteen', 'twenty', 'fifteen'],
    tr: ['iki', 'üç', 'dört', 'yedi', 'on üç', 'yirmi'],
    ru: ['два', 'три', 'семь', 'тринадцать', 'двадцать'],
    uk: ['чотири', 'сім', 'тринадцять', 'двадцять'],
    pl: ['dwa', 'trzy', 'siedem', 'trzynaście', 'dwadzieścia'],
    ro: ['doi', 'trei', 'șapte', 'treisprezece', 'douăzeci'],
    ar: ['ثلاثة', 'سبعة', 'عشرة'],
    fa: ['سیزده', 'هفت', 'بیست'],
  };
  it('number words of the site languages after a street, a street label or a house-number label', () => {
    const word = fc.constantFrom(...Object.values(foreign).flat());
    const street = fc.constantFrom('Lindenallee', 'Musterweg', 'Hausnummer', 'Nr.', 'ul. Lipowa', 'شارع الحرية', 'خیابان آزادی پلاک', 'Линденаллее');
    fc.assert(
      fc.property(street, word, (s, w) => refused(`${s} ${w}`)),
      runs,
    );
    for (const text of ['Lindenallee thirteen', 'Lindenallee on üç', 'Lindenallee тринадцать']) refused(text);
    // Ambiguous words alone in German text stay words: "Ich bin", "on demand", "eine bir".
    for (const text of ['Ich bin für Sie da.', 'Beratung on demand.', 'Wir sprechen Englisch, Türkisch und Polnisch: Dobrze, iyi günler.']) passes(text);
  });

  it('an English house-number sentence near a street', () => {
    fc.assert(
      // Hotline numbers stay harmless wherever they stand (a known limit: "the house number is 110").
      fc.property(houseNumber.filter((n) => !['110', '112', '115', '116'].includes(n)), fc.constantFrom('The house number is {n}.', 'House number: {n}.', 'It is number {n}.', 'We live at {n}.'), (n, sentence) => refused(`The street is Lindenallee. ${sentence.replace('{n}', n)}`)),
      runs,
    );
  });

  it('coordinates in words and MGRS', () => {
    const pair = fc.tuple(fc.integer({ min: 47, max: 55 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 6, max: 14 }), fc.integer({ min: 0, max: 59 }));
    fc.assert(
      fc.property(pair, ([a, am, b, bm]) => {
        const found = errors(`${a} Grad ${am} Minuten Nord, ${b} Grad ${bm} Minuten Ost`);
        expect(found.map((p) => p.message).join(' ')).toContain('Geokoordinaten');
        expect(errors(`Breitengrad ${a}.${am} Längengrad ${b}.${bm}`).map((p) => p.message).join(' ')).toContain('Geokoordinaten');
      }),
      runs,
    );
    fc.assert(
      fc.property(fc.integer({ min: 31, max: 33 }), fc.constantFrom('U', 'T'), fc.constantFrom('NC', 'PC', 'MD', 'ND'), fc.integer({ min: 10_000, max: 99_999 }), fc.integer({ min: 10_000, max: 99_999 }), fc.boolean(), (zone, band, square, e, n, spaced) => {
        const code = spaced ? `${zone}${band} ${square} ${e} ${n}` : `${zone}${band}${square}${e}${n}`;
        expect(strayNumbers(code).map((hit) => hit.kind), code).toContain('coordinates');
        refused(`MGRS ${code}`);
      }),
      runs,
    );
  });

  it('street corners joined by a dash, an x or "corner of … and …"', () => {
    const street = fc.constantFrom('Musterweg', 'Hauptstraße', 'Lindenallee', 'Bahnhofstraße', 'Kirchgasse');
    fc.assert(
      fc.property(street, street, fc.constantFrom(' – ', ' — ', ' x ', '–', ' × '), (a, b, joint) => {
        const found = errors(`Wir sind ${a}${joint}${b}.`);
        expect(found.map((p) => p.rule), `${a}${joint}${b}`).toContain('shelter-corner');
      }),
      runs,
    );
    refused('at the corner of Musterweg and Hauptstraße');
  });

  it('letters spaced by any mark, and a space inside the street word', () => {
    fc.assert(
      // Hotline numbers stay harmless after a word without a street ending (known limit, docs/safety.md).
      fc.property(fc.constantFrom('Musterweg', 'Lindenallee', 'Hauptstraße'), fc.constantFrom('–', '/', '+', ',', '—', ' '), houseNumber.filter((n) => !['110', '112', '115'].includes(n)), fc.integer({ min: 1, max: 7 }), (street, mark, n, cut) => {
        refused(`${[...street].join(mark)} ${n}`);
        refused(`${street.slice(0, cut)} ${street.slice(cut)} ${n}`);
      }),
      runs,
    );
  });

  it('translated help pages: an address in words in each of the 8 languages', () => {
    const pages: Record<string, string> = {
      en: 'The shelter is at Lindenallee thirteen.',
      tr: 'Sığınma evi Lindenallee on üç adresindedir.',
      ru: 'Приют находится на Линденаллее тринадцать.',
      uk: 'Притулок знаходиться на Лінденаллее тринадцять.',
      pl: 'Schronisko jest na ul. Lipowa trzynaście.',
      ro: 'Adăpostul este pe strada Lindenallee treisprezece.',
      ar: 'الملجأ في شارع الحرية ثلاثة عشر.',
      fa: 'خانه امن در خیابان آزادی پلاک سیزده است.',
    };
    for (const [lang, body] of Object.entries(pages)) {
      const found = translatedPageProblems({ file: `content/translations/${lang}/hilfe.md`, data: { lang, title: 'Help', summary: 'Help page.' }, body, bodyLine: 6, lineOf: () => 2, frontmatter: '' } as never);
      expect(found.filter((p) => p.severity === 'error'), `${lang}: ${body} (read: ${readable(body)[0]})`).not.toEqual([]);
    }
  });
});

describe('session 9: ordinary sentences pass (generated)', () => {
  it('the false refusals of session 8 pass', () => {
    for (const text of ['Wir treffen uns in der Arbeitsgruppe 2.', 'Die Wohngruppe 3 ist neu.', 'Sprechstunde 2 am Dienstag', 'Broschüre 3 gibt es auf Türkisch.', 'Zum Schutzkonzept 2 gibt es Fragen.', 'Die Seminarreihe 2 beginnt.', 'Vortragsreihe 3', 'Gesprächsreihe II']) passes(text);
  });

  it('times, dates, counts with units, numbered nouns, legal references, phone numbers, hotlines and ages', () => {
    const hour = fc.integer({ min: 0, max: 23 });
    const count = fc.integer({ min: 1, max: 500 });
    const part = fc.oneof(
      fc.tuple(hour, hour).map(([a, b]) => `Mo–Fr ${a}–${b} Uhr`),
      fc.tuple(hour, fc.integer({ min: 0, max: 59 })).map(([h, m]) => `ab ${h}:${String(m).padStart(2, '0')}`),
      fc.tuple(hour, hour).map(([a, b]) => `von ${a} bis ${b} Uhr`),
      fc.constant('rund um die Uhr, 24/7'),
      fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1990, max: 2030 })).map(([d, m, y]) => `am ${d}.${m}.${y}`),
      fc.tuple(fc.integer({ min: 1, max: 28 }), fc.constantFrom('Januar', 'Mai', 'Dezember'), fc.integer({ min: 1990, max: 2030 })).map(([d, m, y]) => `am ${d}. ${m} ${y}`),
      fc.integer({ min: 1990, max: 2030 }).map((y) => `seit ${y}`),
      fc.tuple(count, fc.constantFrom('Plätze', 'Frauen', 'Kinder', 'Stunden', 'Jahre', '%', '€', 'Mitarbeiterinnen', 'Zimmer', 'Sprachen', 'weitere Frauen')).map(([n, unit]) => `${n} ${unit}`),
      fc.tuple(count, count, fc.constantFrom('Personen', 'Frauen')).map(([a, b, unit]) => `${a}–${b} ${unit}`),
      fc.tuple(fc.constantFrom('Raum', 'Teil', 'Kapitel', 'Arbeitsgruppe', 'Seminarreihe', 'Sprechstunde', 'Broschüre', 'Modul', 'Schritt'), fc.integer({ min: 1, max: 40 })).map(([noun, n]) => `${noun} ${n}`),
      fc.tuple(fc.integer({ min: 1, max: 400 }), fc.constantFrom('StGB', 'BGB', 'GewSchG', 'FamFG')).map(([n, law]) => `§ ${n} ${law}`),
      fc.tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 5 })).map(([a, b]) => `Art. ${a} Abs. ${b} GG`),
      fc.constantFrom('SGB VIII', 'SGB II', '§ 1 Abs. 2 Nr. 3 GewSchG'),
      fc.tuple(fc.constantFrom('0511', '05141', '0441', '030'), fc.integer({ min: 100_000, max: 9_999_999 })).map(([area, n]) => fc.constantFrom(`Tel. ${area} ${n}`, `${area}/${n}`, `(${area}) ${n}`, `+49 ${area.slice(1)} ${n}`)).chain((a) => a),
      fc.constantFrom('110', '112', '116 016', '08000 116 016', 'Notruf 110', 'Hilfetelefon 116 016'),
      fc.tuple(fc.constantFrom('ab', 'unter', 'bis'), fc.integer({ min: 6, max: 27 })).map(([word, n]) => `Kinder ${word} ${n}`),
      fc.constantFrom('zum dritten Mal', 'im zwanzigsten Jahr', 'Postfach 1102', 'IBAN DE02 1203 0000 0000 2020 51', 'Frauenhaus Celle II', '0 Euro'),
    );
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 4 }), (parts) => passes(`Das Frauenhaus: ${parts.join(', ')}.`)),
      runs,
    );
  });

  it('numbered nouns are no street, the bare street words stay streets', () => {
    expect(numberedNoun('arbeitsgruppe')).toBe(true);
    expect(numberedNoun('seminarreihe')).toBe(true);
    expect(numberedNoun('stechreihe')).toBe(false);
    expect(numberedNoun('reihe')).toBe(false);
    refused('Lange Reihe 12');
  });

  it('the message quotes the number, says which forms are allowed and how to fix it', () => {
    const [problem] = errors('Wir sind Am Bahnhof hinten 5.');
    expect(problem).toMatchObject({ field: '(Text)', line: 12, rule: 'shelter-number' });
    expect(problem!.message).toBe(
      'Der Text nennt eine Zahl, die keine Uhrzeit, kein Datum, keine Anzahl mit Einheit, keine Telefonnummer und kein Paragraf ist („hinten 5“ in „Wir sind Am Bahnhof hinten 5.“); in einem Frauenhaus-Eintrag dürfen Zahlen nur so stehen, denn die Lage eines Frauenhauses ist vertraulich',
    );
    expect(problem!.suggestion).toBe('die Einheit oder das Bezugswort dazuschreiben („12 Plätze“, „9–15 Uhr“, „Raum 3“, „§ 238 StGB“) oder die Zahl weglassen; nie eine Anschrift nennen');
    const [field] = errors('Wir helfen.', { hours: 'Heimweg 5' });
    expect(field).toMatchObject({ field: 'hours' });
  });
});

describe('session 9: linear time, 1 MB of each new pattern’s worst case', () => {
  const MB = 1_000_000;
  // One unit per new reading: long number words (one 1 MB word, too), ordinals, Roman numerals,
  // foreign number words, coordinates in words, MGRS, corners, spaced letters, units after a street,
  // runs of digits and separators, phone numbers, legal chains, IBAN, e-mail and URL masking.
  const units = [
    'zweineunzwei', 'zweineunzwei ', 'dreizehnte ', 'Lindenallee xiii ', 'XIIIa ', 'Am Markt XII ', 'thirteen ', 'Lindenallee on üç ', 'тринадцать ', 'ثلاثة عشر ',
    '52 Grad 37 Minuten Nord, ', 'Breitengrad 52.62 ', '32UNC7300030000 ', '32U NC 73000 ', 'Musterweg – ', 'Musterweg x ', 'corner of Musterweg and ', 'M–u–', 'M/u/',
    'Am Bahnhof 5 x ', 'Postweg Nr. ', '1 ', '1.', '1:', '1-', '1/', '116 ', '0511 ', '§ 1 Abs. ', 'IBAN DE02 ', 'Seminarreihe 2 ', 'a@b.', 'a', '@', 'https://a.de/1 ', '3–4 ',
    // Session 10: times after weekdays, hotlines after words, ordinals before nouns, hyphenated counts, shares, plurals, identifier compounds, numbered titles, house ordinals, quotes.
    'Mo 9.30 ', 'Fr 9-12, ', 'Unter der Nummer 116 ', 'unter 116016 ', 'im 1. ', '14-tägig ', '2 von ', 'Klassen 1 ', 'Mitgliedsnummer: ', 'Frauenhaus Celle 2 ', 'das fünfte Haus ', 'Am Anger, the fifth ', 'Ostseite 4, Celle ', 'Am Frauenhaus 5 ', 'Wort ',
    // Session 14: ranges of hours with words, each looking over its context for an address word (rangeNearAddress).
    'von 9 bis 10 ',
  ];
  it.each(units.map((unit) => [JSON.stringify(unit), unit]))('%s: the number rule and the whole Frauenhaus guard well under the bound', (_, unit) => {
    const value = unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
    const text = readable(value)[0]!;
    expect(cpuMs(() => strayNumbers(text))).toBeLessThan(LINEAR_1MB_CPU_MS);
    // Two 1 MB inputs (a field and the body, parsed by markdown-it), every rule of the guard: generous for a loaded machine.
    expect(cpuMs(() => errors(value, { hours: value }))).toBeLessThan(10_000);
  });
});
