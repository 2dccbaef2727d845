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
