/**
 * The number rule and the warnings, session 10 (issue 13, outside tester's probes): ordinary opening
 * hours, hotlines after words, ordinals before a noun, units and shares, numbered plurals, identifier
 * compounds and a shelter numbered after its place pass in summary, body and hours of a Frauenhaus
 * entry, while their address-shaped neighbours stay refused; ordinals counting houses are refused;
 * "Ostseite 4, Celle" and "Am Frauenhaus 5" near a shelter word warn on other pages; the message
 * quotes the number with its words around it; translated pages get the long-run check.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { strayNumbers } from '../../../src/content/harmless-numbers.ts';
import { readable } from '../../../src/content/location-finder.ts';
import { locationsNearShelters } from '../../../src/content/shelter-mentions.ts';
import { loadContent } from '../../../src/content/index.ts';
import { LONGEST_RUN } from '../../../src/content/long-runs.ts';
import { contentWith, PINNED_TODAY, scratch } from '../../helpers.ts';
import { frauenhausErrors } from '../../support/frauenhaus-entry.ts';

const errors = frauenhausErrors;
/** Passes in the summary, the body and the hours field. */
const passesEverywhere = (text: string) => {
  expect(errors(text), `Text: ${text}`).toEqual([]);
  expect(errors('Wir helfen.', { summary: text }), `summary: ${text}`).toEqual([]);
  expect(errors('Wir helfen.', { hours: text }), `hours: ${text}`).toEqual([]);
};
const refused = (text: string) => expect(errors(text), text).not.toEqual([]);

describe('false refusals of the outside tester pass; the refused neighbours stay refused', () => {
  it('times and time ranges right after a weekday', () => {
    for (const text of ['Mo–Fr 9.00–12.00', 'Mo-Fr 9-12, Do 14-18', 'Di + Do 10.00–12.00', 'Mo 9.30', 'Montag bis Freitag 9–12', 'Sa 10:00', 'Beratung: Mo 9.30, Di 14.00 und nach Vereinbarung', 'montags 9-12'])
      passesEverywhere(text);
    for (const text of ['Musterweg 9-12', 'Am Markt 9.30', 'Wir sind Lindenhain 9-12 hinten.', 'Fr 25-30', 'Mo 9.75']) refused(text);
  });

  it('nationwide hotlines after words; after a street name a hotline number is a house number', () => {
    for (const text of ['Unter der Nummer 116 016 erreichen Sie das Hilfetelefon.', 'Hilfetelefon unter 116016', 'Im Notfall unter 110 anrufen.', 'Tag und Nacht unter 05141 12345'])
      passesEverywhere(text);
    for (const text of ['An der Seite 110', 'Unter der Linde 116 016', 'Hausnummer 110', 'Zum Anger 116016, Celle', 'Musterw eg 110a', 'Lindena llee 112b', 'Wir sind in der Linde 115b']) refused(text);
  });

  it('ordinals before a noun, floors included; after a street-like name refused', () => {
    for (const text of ['Im 1. Halbjahr 2025 waren alle Plätze belegt.', 'Eine Kollegin ist im 2. Ausbildungsjahr.', 'Jede 3. Frau erlebt Gewalt.', 'Die Kinderzimmer liegen im 1. OG.', 'im 2. Obergeschoss', 'im 2. Stock', 'am 3. Mittwoch im Monat', 'jede 4. Woche'])
      passesEverywhere(text);
    for (const text of ['Am Markt 1. OG', 'Wir sind Am Anger 3. Stock.', 'Musterweg 2. OG', 'Das Büro ist Lindenhain 3. Stock.', 'im 1. Haus links']) refused(text);
  });

  it('units, hyphenated counts, shares, numbered plurals, identifier compounds', () => {
    for (const text of ['Türen mit 90 cm Breite', 'Unser Gruppenangebot findet 14-tägig statt.', '2 von 3 Frauen kommen mit Kindern.', 'Kinder der Klassen 1 bis 4', 'Mitgliedsnummer 4711', 'Mitgliedsnummer beim Paritätischen: 4711', 'Aufenthalt in der Regel max. 6 Mon.', 'davon trägt das Land 60 Prozent'])
      passesEverywhere(text);
    for (const text of ['Musterweg 90 cm', 'Wir sind Lindenhain 90 cm hinter dem Tor.', 'Musterweg 14-tägig', 'Hausnummer 4711', 'Zimmernummer: 12, Lindenhain 5', 'An der Kirche 2 von 3']) refused(text);
  });

  it('a shelter numbered after its place in a title; a street before the place is still refused', () => {
    expect(errors('Unser zweites Haus.', { title: 'Frauenhaus Celle 2' })).toEqual([]);
    passesEverywhere('Frauenhaus Celle 2');
    for (const text of ['Frauenhaus Celle 29221', 'Celle 2', 'Frauenhaus Lindenhain 2', 'Frauenhaus Celle 2a']) refused(text);
  });
});

describe('ordinals counting houses are refused, German and English', () => {
  it('after a street form or with a direction', () => {
    for (const text of ['Am Anger, das fünfte Haus links.', 'Das Haus ist Am Anger, das fifth house.', 'The refuge is Am Anger, the fifth house on the left.', 'das dritte Haus rechts', 'the 5th house'])
      refused(text);
  });
  it('an ordinary "zweites Haus" passes', () => {
    passesEverywhere('Seit 2019 betreiben wir ein zweites Haus mit 6 Plätzen.');
    passesEverywhere('Our second house opened in 2019.');
  });
});

describe('named-shelter warning on other pages', () => {
  it('warns for "Ostseite 4, Celle" and "Am Frauenhaus 5" near a shelter word, not for a numbered noun', () => {
    expect(locationsNearShelters('Das Frauenhaus Celle: Ostseite 4, Celle.', 3).hits.map((h) => h.text)).toEqual(['Ostseite 4']);
    expect(locationsNearShelters('Das Frauenhaus liegt Am Frauenhaus 5.', 3).hits.map((h) => h.text)).toEqual(['Am Frauenhaus 5']);
    expect(locationsNearShelters('Das Frauenhaus 2 hat 12 Plätze, Kapitel 3 erklärt es.', 3).hits).toEqual([]);
    expect(locationsNearShelters('Im Frauenhaus 5 Jahre gelebt.', 3).hits).toEqual([]);
  });
});

describe('the message quotes the number with the words around it', () => {
  it('within its sentence, about 30 characters each side', () => {
    const [hit] = strayNumbers(readable('Wir helfen. Unser Büro liegt Lindenhain 3 und ist barrierefrei erreichbar für alle.')[0]!);
    expect(hit).toMatchObject({ text: 'Lindenhain 3', context: 'Unser Büro liegt Lindenhain 3 und ist barrierefrei' });
    const [problem] = errors('Wir helfen. Unser Büro liegt Lindenhain 3 und ist barrierefrei.');
    expect(problem!.message).toContain('(„Lindenhain 3“ in „Unser Büro liegt Lindenhain 3 und ist barrierefrei“)');
  });
});

describe('translated help pages get the long-run check', () => {
  const tmp = scratch('gsn-tr-longrun-');
  afterAll(() => tmp.cleanup());
  it('a run over the limit in a translated body is refused with file, line and rule', () => {
    const dir = contentWith(path.join(tmp.root, 'c'));
    cpSync(path.join('content', 'translations'), path.join(dir, 'translations'), { recursive: true });
    const file = path.join(dir, 'translations', 'en', 'start.md');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, `${text}\n${'a'.repeat(LONGEST_RUN + 1)}\n`);
    const result = loadContent({ dir, today: PINNED_TODAY });
    const longRuns = result.problems.filter((p) => p.rule === 'long-run');
    expect(longRuns).toHaveLength(1);
    expect(longRuns[0]).toMatchObject({ field: '(Text)', severity: 'error', line: text.split('\n').length + 1 });
    expect(longRuns[0]!.file).toMatch(/translations\/en\/start\.md$/);
  });
});

describe('number-first streets (session 12, outside test hole 1): any street type, any field', () => {
  const names = fc.constantFrom('Linden', 'Rose', 'Market', 'Old Mill', 'Church', 'Kings', 'Elm', 'Station', 'Victoria', 'Abbey');
  const types = fc.constantFrom('Close', 'Gardens', 'Square', 'Green', 'Court', 'Place', 'Row', 'Terrace', 'Mews', 'Crescent', 'Drive', 'Way', 'Walk', 'Hill', 'Rise', 'Parade', 'Grove', 'Yard', 'Wharf', 'Quay', 'Gate', 'Park', 'View', 'Villas', 'Avenue', 'Boulevard', 'Road', 'Street', 'Lane');
  const frames = fc.constantFrom((a: string) => `The refuge is at ${a} in Celle.`, (a: string) => `Our house: ${a}`, (a: string) => `Find us at ${a}.`, (a: string) => `Flat 2, ${a}`, (a: string) => `Frauenhaus ${a}`, (a: string) => `Women's Aid, ${a}, Celle`);
  const houseNumber = fc.integer({ min: 1, max: 999 }).map(String);

  it('a number, a name and a street type of the table are refused in body, summary and hours, with the German message', () => {
    fc.assert(
      fc.property(frames, houseNumber, names, types, fc.constantFrom('body', 'summary', 'hours'), (frame, n, name, type, field) => {
        const text = frame(`${n} ${name} ${type}`);
        const found = field === 'body' ? errors(text) : errors('Wir helfen.', { [field]: text });
        expect(found, text).not.toEqual([]);
        expect(found[0]!.message, text).toMatch(/Zahl|Straße|Adresse/);
        if (field !== 'body') expect(found[0]!.field).toBe(field);
      }),
      { numRuns: 150 },
    );
  });

  it('the tester\'s forms, "The", Romance leading types, unknown types ending an English phrase, number words and ordinals', () => {
    for (const text of [
      'The refuge is at 13 Linden Close in Celle.', 'Our house: 3 Rose Gardens', 'Find us at 8 Market Square.', 'Address: 4 The Green, Celle', 'Flat 2, 14 Linden Court',
      '24/7 at 13 Linden Close', 'at 13 Linden Foo in Celle', 'We are at 7 Lindenfoo, Celle.', '14 Rue de la Paix', '12 Via Roma', 'at fourteen Linden Close',
      'We live at twenty two Market Square.', 'the fourteenth house in Linden Close',
    ])
      refused(text);
    expect(errors('Wir helfen.', { title: 'Frauenhaus 13 Linden Close' })[0]).toMatchObject({ field: 'title', severity: 'error' });
    expect(errors('Wir helfen.', { organization: "Women's Aid, 13 Linden Close" })[0]).toMatchObject({ field: 'organization' });
  });

  it('ordinary counts still pass, German and English, capitalised at a sentence end or in a title', () => {
    for (const text of ['Wir haben 8 Frauen, 3 Kinder.', '8 places for women', 'Open 24 hours.', 'We have 7 rooms.', 'We have 8 Places.', 'We offer 8 Places for Women.', '5 Easy Steps to safety', 'In 2019 The refuge opened.', 'Mehr als 3 Kinder'])
      passesEverywhere(text);
  });
});

describe('postcodes spelled digit by digit and disguised positions (session 12, hole 5)', () => {
  it('five digit words in English or Turkish, degrees:minutes with Nord/Ost, two position decimals with any unit', () => {
    for (const text of ['Postcode two nine two two one', 'Posta kodu iki dokuz iki iki bir', '52:37 Nord und 10:04 Ost', '52,6234 € und 10,0812 €']) refused(text);
    for (const text of ['one two three', '52.623 Frauen und 10.081 Kinder', 'um 10:04 Uhr', '52,5 % und 10,1 %']) passesEverywhere(text);
  });
  it('corners: an English street after "corner of", two words with a street ending around "Ecke"', () => {
    for (const text of ['We are at the corner of Linden Close and Mill Lane.', 'Lindenkamp Ecke Mühlenkamp', 'Rosenhof Ecke Lindenkamp']) {
      const found = errors(text);
      expect(found.map((p) => p.rule), text).toContain('shelter-corner');
      expect(found[0]!.message, text).toContain('Straßenecke');
    }
    for (const text of ['In der Ecke steht ein Sofa.', 'Die Spielecke ist im Keller.', 'Kinder Ecke Garten', 'in every corner of the house']) passesEverywhere(text);
  });
  it('a generated position in Lower Saxony with a unit after each half is refused', () => {
    fc.assert(
      fc.property(fc.integer({ min: 51, max: 53 }), fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 6, max: 11 }), fc.integer({ min: 1000, max: 9999 }), fc.constantFrom('€', 'km', 'Prozent', ''), (la, laf, lo, lof, unit) => {
        refused(`Spenden: ${la},${laf} ${unit} und ${lo},${lof} ${unit}`);
      }),
      { numRuns: 60 },
    );
  });
});

describe('false refusals of the outside tester (session 12) pass', () => {
  it('shares, estimates, yearly counts, date and time ranges, English clock, versions, levels, units, numbered grades, counts of the site languages', () => {
    for (const text of [
      'Wir haben 7 Zimmer, davon 2 für Frauen mit mehr als 3 Kindern.', '60 Frauen, davon 25 mit Kindern', 'Wir betreuen viele Frauen (rund 55).', 'Aufnahmen im Jahr 2023: 40',
      'Vom 1.–15. August ist das Büro zu.', 'Öffnungszeiten: 9–12 & 14–16 Uhr', 'Office hours Mon–Fri 9 am to 3 pm', 'Pflegegrad 1 bis 3', 'BITV 2.0 und WCAG 2.1', 'Niveau A1 und A2',
      'Das Haus hat 300 m² Garten.', 'Deutschkurs auf Niveau A1 und A2.', 'Bize 7/24 ulaşabilirsiniz.', 'ما ۲۴ ساعته در دسترس هستیم.', 'Mamy 8 miejsc dla kobiet i 12 dla dzieci.', 'У нас 8 мест для женщин и 12 для детей.', 'Wir haben zwölf Plätze für Frauen und sechzehn für Kinder.', 'Landkreis Celle (AGS 03351)', 'У нас 8 мест', 'Mamy 8 miejsc', 'Avem 8 locuri', 'لدينا 8 أماكن',
    ])
      passesEverywhere(text);
    for (const text of ['Am Markt, davon 2', 'Wir sind Lindenhain rund 5', 'Musterweg 9 am Tor', 'Wir sind Lindenhain 5 am Ende', 'MUSTERWEG 2.1', 'A1 Musterweg 5', 'Musterweg 300 m²', 'Wir sind Lindenhain und 5 für Kinder.', 'Am Markt und 12 für Kinder', 'Wir sind Lindenhain 7/24 da.', 'AGS 03351 Celle', 'AGS 29221']) refused(text);
  });
});

describe('translated help pages: a number-first street is refused with file, line and German message (session 12)', () => {
  const tmp = scratch('gsn-tr-numberfirst-');
  afterAll(() => tmp.cleanup());
  it('en/hilfe.md and tr/hilfe.md', () => {
    const dir = contentWith(path.join(tmp.root, 'c'));
    cpSync(path.join('content', 'translations'), path.join(dir, 'translations'), { recursive: true });
    const lines: Record<string, number> = {};
    for (const [lang, sentence] of [['en', "The women's refuge is at 3 Rose Gardens, Celle."], ['tr', 'Sığınma evimiz: 8 Market Square']] as const) {
      const file = path.join(dir, 'translations', lang, 'hilfe.md');
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, `${text}\n${sentence}\n`);
      lines[lang] = text.split('\n').length + 1;
    }
    const result = loadContent({ dir, today: PINNED_TODAY });
    for (const lang of ['en', 'tr']) {
      const mine = result.problems.filter((p) => p.severity === 'error' && p.file.endsWith(`translations/${lang}/hilfe.md`));
      expect(mine, lang).toHaveLength(1);
      // Since session 14 the location rules know number-first streets too: the more precise street message.
      expect(mine[0]).toMatchObject({ line: lines[lang] });
      expect(mine[0]!.message).toContain(lang === 'en' ? '„3 Rose Gardens“' : '„8 Market Square“');
      expect(mine[0]!.message).toContain('Anschrift');
    }
  });
});
