/**
 * The benchmark's adversarial files (issue 13: "`npm run validate` on a 1 MB adversarial file
 * finishes in under a second"). The 1 MB Frauenhaus contact: the sample content plus one file whose
 * body is shaped against the shelter guard's reading; since session 19 a file over the text limit
 * (128 KB) is refused before it is read, so it is measured as refused, and the shapes below are
 * measured in entries as large as each may be.
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
import { LINKED_ENTRY_LIMIT, SHELTER_ENTRY_LIMIT } from '../content/guarded-size.ts';
import { LONGEST_RUN } from '../content/long-runs.ts';
import { TEXT_LIMIT } from '../content/source-files.ts';

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

/** An initiative of the sample content's kind that refers to the sample's Frauenhaus Aurich. */
const INITIATIVE = `---
title: Aktionswochen Prüfdatei
summary: Jährliche Kampagne rund um den 25. November mit Aktionen in Rathäusern, Bäckereien und Schulen, die auf das Hilfetelefon aufmerksam machen.
regions: [landkreis-aurich]
topics: [praevention, schutzunterkuenfte]
reviewed: 2026-11-18
example: true
kind: kampagne
status: aktiv
since: 2018
sectors: [frauenhaus, beratung]
contacts: [frauenhaus-aurich]
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
 * hours, bare links, bare e-mail addresses, plain words as the floor, and the bench file's mixed
 * body). Each is measured in every SHAPE_HOSTS entry (`shapedEntry`): `npm run bench` reports
 * each and the slowest.
 */
export const ADVERSARIAL_SHAPES: readonly { name: string; unit: string }[] = [
  { name: 'Wörter', unit: 'Wort ' },
  { name: 'Angaben mit Einheit', unit: '12 Plätze, 9–15 Uhr, Raum 3, § 238 StGB, am 3. März 2026, 24 Stunden, 3 Kinder. ' },
  { name: 'IBAN', unit: 'IBAN DE02 ' },
  { name: 'Wochentag und Uhrzeit', unit: 'Mo 9.30 ' },
  { name: 'Stundenbereiche', unit: 'von 9 bis 10 ' },
  { name: 'Links', unit: 'https://a.de/1 ' },
  { name: 'E-Mail-Adressen', unit: 'info@beispiel.de ' },
  // A list marker that changes on every line: markdown-it's most tokens per byte (outside tester, session 19).
  { name: 'Listen', unit: '1. a\n1) a\n- a\n+ a\n* a\n' },
  // The bench file's body: its kinds of text taking turns (see the top of this file).
  { name: 'Gemischt', unit: stretches(4000).join('') },
];

/**
 * The entries a shape is put in, each as large as such an entry may be (issue 13, session 19): a
 * Frauenhaus entry (SHELTER_ENTRY_LIMIT), and, up to the limit of any file (TEXT_LIMIT), a contact
 * of another kind and one whose title sounds like a shelter (the guard's warnings read it).
 */
export const SHAPE_HOSTS: readonly { name: string; folder: 'contacts' | 'initiatives'; bytes: number; frontmatter: string }[] = [
  { name: 'Frauenhaus', folder: 'contacts', bytes: SHELTER_ENTRY_LIMIT, frontmatter: FRONTMATTER },
  {
    name: 'Beratungsstelle',
    folder: 'contacts',
    bytes: TEXT_LIMIT,
    frontmatter: FRONTMATTER.replace('title: Frauenhaus Prüfdatei', 'title: Beratungsstelle Prüfdatei').replace('kind: frauenhaus', 'kind: beratungsstelle'),
  },
  { name: 'klingt nach Frauenhaus', folder: 'contacts', bytes: TEXT_LIMIT, frontmatter: FRONTMATTER.replace('kind: frauenhaus', 'kind: beratungsstelle') },
  // Read word by word for the Frauenhaus's address (linkedShelterWarnings), up to its own limit; the frontmatter counts beside the body.
  { name: 'Initiative mit Frauenhaus', folder: 'initiatives', bytes: LINKED_ENTRY_LIMIT, frontmatter: INITIATIVE },
];

/**
 * A contact of `host` (host.bytes long or just under) whose body is `unit` repeated. `nonce`, added
 * to the title, makes the text new for each measured run, so that `npm run validate` checks it
 * and takes no kept outcome (src/content/kept-outcomes.ts).
 */
export function shapedEntry(unit: string, host: (typeof SHAPE_HOSTS)[number], nonce = ''): string {
  const head = `${host.frontmatter.replace(/^title: (.*)$/m, (_, title: string) => `title: ${title}${nonce ? ` ${nonce}` : ''}`)}\n`;
  const room = host.bytes - Buffer.byteLength(head) - 1;
  let body = unit.repeat(Math.ceil(room / Buffer.byteLength(unit)));
  // Whole words only (no cut word or number at the end), within the limit.
  if (Buffer.byteLength(body) > room) body = body.slice(0, room);
  while (Buffer.byteLength(body) > room) body = body.slice(0, -1);
  body = body.slice(0, Math.max(body.lastIndexOf(' '), body.lastIndexOf('\n')) + 1);
  return `${head}${body.trimEnd()}\n`;
}

/** Copies the content folder `sample` to `dir` and adds the adversarial contact; returns `dir`. */
export function prepareAdversarialContent(sample: string, dir: string): string {
  cpSync(sample, dir, { recursive: true });
  writeFileSync(path.join(dir, 'contacts', ADVERSARIAL_FILE), adversarialShelter());
  return dir;
}
