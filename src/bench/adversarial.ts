/**
 * The benchmark's 1 MB adversarial Frauenhaus contact (issue 13: "`npm run validate` on a 1 MB
 * adversarial file finishes in under a second"): the sample content plus one file whose body is
 * shaped against the shelter guard's reading, yet valid, so validation reads all of it and exits 0.
 *
 * The body takes turns between kinds of text that made the guard slow or that each of its passes
 * must look at twice: short German paragraphs (one block each: the blocks are joined), runs of 993
 * letters without a space (just under the long-run limit, src/content/long-runs.ts), street words
 * with nothing after them ("Ecke", "Am A", "Lindenallee Hausnummer"), words hyphenated at line
 * ends, letters spaced apart, "Nummer" and "Tel." without a number. Deterministic: the same bytes
 * every run.
 */
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LONGEST_RUN } from '../content/long-runs.ts';

/** Size of the adversarial file in bytes (UTF-8), the size limit of a content file. */
export const ADVERSARIAL_BYTES = 1_000_000;

/** Its name under contacts/: no digits, which the guard would read in the page address. */
export const ADVERSARIAL_FILE = 'frauenhaus-pruefdatei.md';

const FRONTMATTER = `---
title: Frauenhaus Prüfdatei
summary: Frauenhaus für den Landkreis Celle – sichere Unterkunft für Frauen mit und ohne Kinder, Aufnahme auch nachts.
regions: [landkreis-celle]
topics: [schutzunterkuenfte]
reviewed: 2026-11-30
example: true
kind: frauenhaus
organization: Beispielverein Frauen in Not e. V.
phone: "089 99998 131"
email: frauenhaus-pruefdatei@example.org
address:
  city: Celle
languages: [de, tr, uk]
accessible: true
emergency: true
---
`;

const PARAGRAPHS = [
  'Das Frauenhaus nimmt Frauen auf, die in ihrer Partnerschaft oder Familie Gewalt erleben und einen sicheren Ort brauchen – allein oder zusammen mit ihren Kindern.',
  'Die Lage des Hauses ist vertraulich. Rufen Sie an, auch nachts und am Wochenende ist eine Rufbereitschaft erreichbar.',
  'Sie müssen keine Anzeige erstattet haben und keine Nachweise vorlegen. Geld darf kein Grund sein, in Gefahr zu bleiben.',
  'Zwei Zimmer und ein Bad sind stufenlos erreichbar. Die Mitarbeiterinnen sprechen neben Deutsch auch Türkisch und Ukrainisch.',
  '- Beratung am Telefon\n- Begleitung zu Ämtern und zum Gericht\n- Unterstützung für Kinder',
  '## Zusammenarbeit',
];

/** One stretch of each kind, about `size` characters; each ends with a blank line. */
function stretches(size: number): string[] {
  const repeatTo = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const longRun = 'Frauenhaus'.repeat(Math.ceil(LONGEST_RUN / 10)).slice(0, LONGEST_RUN - 7);
  return [
    repeatTo(`${PARAGRAPHS.join('\n\n')}\n\n`),
    repeatTo(`${longRun} `),
    repeatTo('Ecke '),
    repeatTo('Am A '),
    repeatTo('Lindenallee Hausnummer '),
    repeatTo('Muster-\n'),
    repeatTo('M u s t e r w e g '),
    repeatTo('Nummer Tel. '),
  ].map((text) => `${text.trimEnd()}\n\n`);
}

/** The adversarial file's text, ADVERSARIAL_BYTES long or just under (whole characters). */
export function adversarialShelter(): string {
  const head = `${FRONTMATTER}\n`;
  const kinds = stretches(4000);
  let body = '';
  for (let i = 0; Buffer.byteLength(head + body) < ADVERSARIAL_BYTES; i++) body += kinds[i % kinds.length];
  let text = head + body;
  // Cut back to the limit at a line end, so no stretch is left half a word.
  while (Buffer.byteLength(text) > ADVERSARIAL_BYTES) text = text.slice(0, text.lastIndexOf('\n', text.length - 2) + 1);
  return text;
}

/**
 * Bodies of one repeated piece that pass the guard, so it reads each to the end: the shapes
 * measured slowest since session 13 (ordinary counts and times, IBANs, weekday times, ranges of
 * hours, bare links, plain words as the floor). Each becomes a 1 MB Frauenhaus file of its own
 * (`prepareShapeContent`): `npm run bench` reports each and the slowest beside the bench file.
 */
export const ADVERSARIAL_SHAPES: readonly { name: string; unit: string }[] = [
  { name: 'Wörter', unit: 'Wort ' },
  { name: 'Angaben mit Einheit', unit: '12 Plätze, 9–15 Uhr, Raum 3, § 238 StGB, am 3. März 2026, 24 Stunden, 3 Kinder. ' },
  { name: 'IBAN', unit: 'IBAN DE02 ' },
  { name: 'Wochentag und Uhrzeit', unit: 'Mo 9.30 ' },
  { name: 'Stundenbereiche', unit: 'von 9 bis 10 ' },
  { name: 'Links', unit: 'https://a.de/1 ' },
];

/** A 1 MB Frauenhaus file (ADVERSARIAL_BYTES or just under) whose body is `unit` repeated. */
export function shapedShelter(unit: string): string {
  const head = `${FRONTMATTER}\n`;
  const room = ADVERSARIAL_BYTES - Buffer.byteLength(head) - 1;
  let body = unit.repeat(Math.ceil(room / Buffer.byteLength(unit)));
  // Whole units only (no cut word or number at the end), within the limit.
  while (Buffer.byteLength(body) > room) body = body.slice(0, body.length - unit.length);
  return `${head}${body.trimEnd()}\n`;
}

/** Copies the content folder `sample` to `dir` and adds a contact shaped by `unit` (shapedShelter); returns `dir`. */
export function prepareShapeContent(sample: string, dir: string, unit: string): string {
  cpSync(sample, dir, { recursive: true });
  writeFileSync(path.join(dir, 'contacts', ADVERSARIAL_FILE), shapedShelter(unit));
  return dir;
}

/** Copies the content folder `sample` to `dir` and adds the adversarial contact; returns `dir`. */
export function prepareAdversarialContent(sample: string, dir: string): string {
  cpSync(sample, dir, { recursive: true });
  writeFileSync(path.join(dir, 'contacts', ADVERSARIAL_FILE), adversarialShelter());
  return dir;
}
