/**
 * The three places of site texts the shelter guard reads (issue 13: an interface string, a
 * vocabulary label, a line of a `.txt` download), for the street-label tests: a text checked in
 * each, and the two verdicts those tests assert.
 */
import { expect } from 'vitest';
import { withReadings } from '../../src/content/download-readings.ts';
import { siteTextProblems } from '../../src/content/shelter-guard.ts';

/** The errors of `text` as an interface string, a vocabulary label and a line of a `.txt` download. */
export const places = (text: string) => ({
  strings: siteTextProblems('translations/xx/strings.yml', { footer_privacy: text }, () => 1, 'Oberflächentexte'),
  vocabulary: siteTextProblems('vocabularies/topics.yml', [{ label: text }], () => 1, 'Texte der Themen und Regionen'),
  download: siteTextProblems('materials/files/x.txt', {}, () => 1, 'Text-Downloads (Materialien)', withReadings('txt', `${text}\n`)),
});

/** `text` is refused as a street with its number `num` (in ASCII or Arabic-Indic digits) in all three places. */
export function refusedEverywhere(text: string, num: number): void {
  for (const [place, problems] of Object.entries(places(text))) {
    expect(problems.length, `${place}: ${text}`).toBeGreaterThanOrEqual(1);
    expect(problems[0]!.rule, `${place}: ${text}`).toBe('site-text-location-street');
    expect(problems[0]!.message, `${place}: ${text}`).toContain('scheint eine Anschrift zu nennen');
    expect(problems[0]!.message, `${place}: ${text}`).toMatch(new RegExp(`${num}|${String(num).replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[+d]!)}`));
  }
}

/** `text` passes in all three places. */
export function passesEverywhere(text: string): void {
  for (const [place, problems] of Object.entries(places(text))) expect(problems, `${place}: ${text}`).toEqual([]);
}
