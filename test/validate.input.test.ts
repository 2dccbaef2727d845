/**
 * Issue 13 §3, every input ends in a clear message: reserved addresses, broken vocabularies,
 * invisible characters and texts without letters, YAML that reads differently from what was
 * typed (unquoted numbers, ` #` comments), control characters in annotated file names.
 * In-process for the many generated cases; the report of `npm run validate` for one case of each
 * kind is computed in process too (validateInProcess: the CLI's own calls). The CLI's exit codes
 * and formats as a child process are tested in validate.cli.test.ts and report.test.ts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LoadResult, Problem } from '../src/content/index.ts';
import { parseContent } from '../src/content/parse.ts';
import { validateData } from '../src/content/validate.ts';
import { commentCutWarnings } from '../src/content/yaml-surprises.ts';
import { contentTypes, entryTypes, type ContentType } from '../src/schema/index.ts';
import { fixedUrls, reservedAddress } from '../src/site/reserved.ts';
import { loadSiteContent } from '../src/site/load-graph.ts';
import { BASE, contentWith, parseAnnotation, PINNED_TODAY, ROOT, scratch, shown, unescapeAnnotation, validateInProcess } from './helpers.ts';

const tmp = scratch();
afterAll(() => tmp.cleanup());
let counter = 0;
function copyWith(files: Record<string, string> = {}): string {
  const dir = contentWith(path.join(tmp.root, `input-${++counter}`));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}
/** As `npm run validate` checks: with the site's reserved addresses. */
const load = (dir: string) => loadSiteContent({ dir, today: PINNED_TODAY });
const errors = (result: LoadResult) => result.problems.filter((p) => p.severity === 'error');
const FILE = 'content/contacts/probe.md';

/** A contact file with `fields` (YAML lines, from line 7) after the common ones, and an e-mail address unless they give a way to reach it. */
function contact(fields: string[], { title = 'title: Testkontakt', body = 'Text.\n' } = {}): string {
  const reach = fields.some((field) => /^(email|phone|website):/.test(field)) ? [] : ['email: a@example.org'];
  return [
    '---',
    title,
    'summary: Ein Kontakt, den nur dieser Test anlegt, mit genügend Text.',
    'regions: [landkreis-goettingen]',
    'reviewed: 2026-10-01',
    'kind: biss',
    ...fields,
    ...reach,
    '---',
    '',
    body,
  ].join('\n');
}
/** Problems of one file checked in-process (parse + schema), as loadContent reports them. */
function check(text: string, type: ContentType = 'contacts'): Problem[] {
  const parsed = parseContent(FILE, text);
  if ('problems' in parsed) return parsed.problems;
  const validated = validateData(type, parsed.parsed);
  return [...('problems' in validated ? validated.problems : []), ...commentCutWarnings(FILE, parsed.parsed.frontmatter)];
}

describe('reserved addresses: derived from the pages, exports and folders the site writes', () => {
  it('yields the fixed pages, exports and folders', () => {
    const urls = [...fixedUrls()];
    for (const url of [
      '/',
      '/suche/',
      '/hilfe/',
      '/daten/',
      '/kontakte/',
      '/kontakte/a-z/',
      '/initiativen/a-z/',
      '/regionen/',
      '/themen/',
      '/404.html',
      '/feed.xml',
      '/sitemap.xml',
      '/robots.txt',
      '/daten/kontakte.csv',
      '/assets/',
      '/pagefind/',
      '/materialien/dateien/',
    ]) {
      expect(urls).toContain(url);
    }
    expect(reservedAddress('/ueber-uns/')).toBeUndefined();
    expect(reservedAddress('/kontakte/biss-goettingen/')).toBeUndefined();
    expect(reservedAddress('/daten/')).toBe('/daten/');
    expect(reservedAddress('/feed/')).toBeUndefined();
  });

  // Every content file that would land on a fixed address: a page named like each first
  // segment (/suche/, /daten/ holding /daten/kontakte.json, /assets/ …) and an entry named like
  // each fixed address inside its type's folder (/kontakte/a-z/, /materialien/dateien/).
  const collisions = new Map<string, string>();
  for (const url of fixedUrls()) {
    const [first, second] = url.split('/').filter(Boolean);
    if (first && /^[a-z0-9-]+$/.test(first)) collisions.set(`pages/${first}.md`, `/${first}/`);
    const type = entryTypes.find((t) => contentTypes[t].path === `/${first}/`);
    if (type && second && /^[a-z0-9-]+$/.test(second)) collisions.set(`${type}/${second}.md`, `/${first}/${second}/`);
  }
  const sample: Record<string, string> = {
    pages: readFileSync(path.join(BASE, 'pages', 'ueber-uns.md'), 'utf8'),
    contacts: readFileSync(path.join(BASE, 'contacts', 'hilfetelefon.md'), 'utf8'),
    initiatives: readFileSync(path.join(BASE, 'initiatives', 'runder-tisch-goettingen.md'), 'utf8'),
    networks: readFileSync(path.join(BASE, 'networks', 'netzwerk-suedniedersachsen.md'), 'utf8'),
    materials: readFileSync(path.join(BASE, 'materials', 'leitfaden-hochrisiko.md'), 'utf8'),
  };

  it('finds the cases the issue names among the generated ones', () => {
    for (const file of [
      'pages/suche.md',
      'pages/kontakte.md',
      'pages/hilfe.md',
      'pages/daten.md',
      'pages/assets.md',
      'pages/pagefind.md',
      'contacts/a-z.md',
      'initiatives/a-z.md',
      'materials/dateien.md',
      'pages/regionen.md',
      'pages/initiativen.md',
    ]) {
      expect([...collisions.keys()]).toContain(file);
    }
  });

  it('each colliding file is an error on that file naming the reserved address; nothing else is reported', () => {
    const files = Object.fromEntries([...collisions.keys()].map((rel) => [rel, sample[rel.split('/')[0]!]!]));
    const dir = copyWith(files);
    const result = load(dir);
    const found = errors(result);
    for (const [rel, url] of collisions) {
      const mine = found.filter((p) => p.file === shown(dir, rel));
      expect(mine, rel).toEqual([
        {
          severity: 'error',
          file: shown(dir, rel),
          line: 1,
          field: '',
          message: expect.stringMatching(
            new RegExp(
              `^Die Adresse ${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ist reserviert: die Website veröffentlicht dort selbst .*; der Dateiname „${path.basename(rel)}“ ist hier nicht erlaubt\\.$`,
            ),
          ),
          suggestion: expect.stringContaining('einen anderen Dateinamen wählen'),
          rule: 'reserved-address',
        },
      ]);
    }
    expect(found.length).toBe(collisions.size);
    // The colliding page is kept out of the graph: nothing would be published for it.
    expect(result.graph.pages.map((p) => p.slug).sort()).toEqual(['barrierefreiheit', 'datenschutz', 'impressum', 'leichte-sprache', 'sicherheit', 'ueber-uns']);
  });

  it('the validate report: exit 1 naming the file and the address', () => {
    const dir = copyWith({ 'pages/suche.md': sample.pages!, 'contacts/a-z.md': sample.contacts! });
    const run = validateInProcess(dir);
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.stdout).toContain(
      `${shown(dir, 'pages/suche.md')}:1  Die Adresse /suche/ ist reserviert: die Website veröffentlicht dort selbst eine feste Seite oder einen Ordner; der Dateiname „suche.md“ ist hier nicht erlaubt.`,
    );
    expect(run.stdout).toContain(`${shown(dir, 'contacts/a-z.md')}:1  Die Adresse /kontakte/a-z/ ist reserviert`);
  });
});

describe('a vocabulary id on an address of the site (outside tester, session 17)', () => {
  it('region "finden" would take /hilfe/finden/: an error on its id, exit 1, no build crash', () => {
    const regions = readFileSync(path.join(BASE, 'vocabularies', 'regions.yml'), 'utf8');
    expect(regions).toContain('- id: region-hannover');
    // A region nothing refers to: its pages are made all the same.
    const text = `${regions}\n- id: finden\n  label: "Landkreis Finden"\n  short: "Finden"\n  kind: landkreis\n  ags: "03999"\n  seat: "Finden"\n`;
    const dir = copyWith({ 'vocabularies/regions.yml': text });
    const found = errors(load(dir));
    const line = text.split('\n').indexOf('- id: finden') + 1;
    expect(found).toEqual([
      {
        severity: 'error',
        file: shown(dir, 'vocabularies/regions.yml'),
        line,
        field: 'id',
        message: 'Die Region „finden“ bekäme die Adresse /hilfe/finden/, auf der die Website schon eine eigene Seite hat.',
        suggestion: expect.stringContaining('eine andere Kennung wählen'),
        rule: 'address-taken',
      },
    ]);
    const run = validateInProcess(dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${shown(dir, 'vocabularies/regions.yml')}:${line}  id  Die Region „finden“ bekäme die Adresse /hilfe/finden/`);
  });

  it('region "plz" would put its page in the folder of the postcode pages: an error on its id', () => {
    const regions = readFileSync(path.join(ROOT, 'content', 'vocabularies', 'regions.yml'), 'utf8');
    const dir = copyWith({});
    // The finder's pages need every Kreis: the sample content's list, one region more.
    const text = `${regions}\n- id: plz\n  label: "Landkreis Plz"\n  short: "Plz"\n  kind: landkreis\n  ags: "03998"\n  seat: "Plz"\n`;
    writeFileSync(path.join(dir, 'vocabularies', 'regions.yml'), text);
    const found = errors(load(dir)).filter((p) => p.rule === 'address-taken');
    expect(found).toEqual([
      expect.objectContaining({
        file: shown(dir, 'vocabularies/regions.yml'),
        line: text.split('\n').indexOf('- id: plz') + 1,
        field: 'id',
        message: 'Die Region „plz“ bekäme die Adresse /hilfe/plz/, den Ordner, in dem die Website die Seiten der Postleitzahl- und Ortssuche ablegt.',
      }),
    ]);
  });
});

describe('a broken vocabulary reports its own error once', () => {
  const vocabulary = (name: string) => readFileSync(path.join(BASE, 'vocabularies', name), 'utf8');
  const cases = [
    { name: 'regions.yml: broken YAML', file: 'regions.yml', text: `${vocabulary('regions.yml')}\n- id: [kaputt\n`, message: 'Eine Liste in [ ] oder { } wird nicht geschlossen' },
    { name: 'regions.yml: a map instead of a list', file: 'regions.yml', text: 'niedersachsen: Niedersachsen\n', message: 'Die Datei ist keine Liste' },
    { name: 'topics.yml: broken YAML', file: 'topics.yml', text: vocabulary('topics.yml').replace(/label: (.*)/, 'label: "$1'), message: 'Ungültiges YAML' },
    { name: 'topics.yml: a list of words', file: 'topics.yml', text: 'hochrisiko\n', message: 'Die Datei ist keine Liste' },
    { name: 'topics.yml: empty', file: 'topics.yml', text: '', message: 'Die Datei ist keine Liste' },
    // Session 17 (outside tester): an id written other than its references, a misspelled key.
    { name: 'topics.yml: an id with a capital', file: 'topics.yml', text: vocabulary('topics.yml').replace('- id: wohnungsverweisung', '- id: Wohnungsverweisung'), message: 'Kennung' },
    { name: 'topics.yml: a number as id', file: 'topics.yml', text: vocabulary('topics.yml').replace('- id: wohnungsverweisung', '- id: 12'), message: 'Text' },
    { name: 'topics.yml: an id with an umlaut', file: 'topics.yml', text: vocabulary('topics.yml').replace('- id: wohnungsverweisung', '- id: wohnungsverweisüng'), message: 'Kennung' },
    { name: 'topics.yml: "idd" for "id"', file: 'topics.yml', text: vocabulary('topics.yml').replace('- id: wohnungsverweisung', '- idd: wohnungsverweisung'), message: 'Kennung fehlt' },
    {
      name: 'topics.yml: one item of the wrong shape',
      file: 'topics.yml',
      text: vocabulary('topics.yml').replace(/(- id: [a-z-]+\n)\s+label: .*\n/, '$1  label: 12\n'),
      message: 'muss ein Text sein',
    },
  ];
  it.each(cases)('$name', ({ file, text, message }) => {
    const dir = copyWith({ [`vocabularies/${file}`]: text });
    const found = errors(load(dir));
    // Its own errors only (a misspelled key is two: the unknown key and the missing id), none in the files that refer to it.
    expect(new Set(found.map((p) => p.file))).toEqual(new Set([shown(dir, `vocabularies/${file}`)]));
    expect(found.length).toBeLessThanOrEqual(2);
    expect(found[0]!.message).toContain(message);
    expect(found.filter((p) => p.rule.startsWith('unknown-') && p.rule !== 'unknown-field')).toEqual([]);
  });

  it('the validate report: exit 1 and one error line', () => {
    const dir = copyWith({ 'vocabularies/topics.yml': 'hochrisiko\n' });
    const run = validateInProcess(dir);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n').filter((line) => line.startsWith('  Fehler'))).toEqual([
      `  Fehler  ${shown(dir, 'vocabularies/topics.yml')}:1  Die Datei ist keine Liste (jeder Eintrag beginnt mit „- id: …“). — das Format der vorhandenen Einträge übernehmen`,
    ]);
  });
});

describe('names must show: a visible letter, no control, bidi or line-separator characters', () => {
  const forbidden = [
    '\u200E',
    '\u200F',
    '\u202A',
    '\u202B',
    '\u202C',
    '\u202D',
    '\u202E',
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069',
    '\u2028',
    '\u2029',
    '\u0001',
    '\u001B',
    '\u0009',
    '\u007F',
    '\u0085',
    '\u009B',
    // Every format character (Cf) and the other invisibles: Arabic letter mark, soft hyphen, BOM, zero width, word joiner, CGJ.
    '\u061C',
    '\u00AD',
    '\uFEFF',
    '\u200B',
    '\u2060',
    '\u034F',
    '\u180E',
  ];
  const hex = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const fields: { field: string; line: number; yaml: (value: string) => string[]; type?: ContentType }[] = [
    { field: 'title', line: 2, yaml: (v) => [`title: ${v}`] },
    { field: 'organization', line: 7, yaml: (v) => [`organization: ${v}`, 'email: a@example.org'] },
    { field: 'person', line: 7, yaml: (v) => [`person: ${v}`, 'email: a@example.org'] },
    { field: 'hours', line: 7, yaml: (v) => [`hours: ${v}`, 'email: a@example.org'] },
    { field: 'address.city', line: 9, yaml: (v) => ['email: a@example.org', 'address:', `  city: ${v}`] },
  ];
  const cases = fields.flatMap(({ field, line, yaml }) =>
    forbidden.map((char) => ({ field, line, char: hex(char), yaml, value: `"Beratung \\u${char.codePointAt(0)!.toString(16).padStart(4, '0')}im Kreis"` })),
  );
  it.each(cases)('$field with $char: an error naming the position', ({ field, line, yaml, value, char }) => {
    const lines = yaml(value);
    const text = field === 'title' ? contact([], { title: lines[0]! }) : contact(lines);
    const found = check(text).filter((p) => p.severity === 'error');
    expect(found).toEqual([
      expect.objectContaining({
        file: FILE,
        line,
        field,
        message: expect.stringMatching(new RegExp(`enthält Zeilenumbrüche oder Steuerzeichen \\(Zeichen 10: (unsichtbares Steuerzeichen|Zeilenumbruch|Tabulator) ${char.replace('+', '\\+')}\\)$`)),
      }),
    ]);
  });

  const letterless = ['"---"', '"123 456"', '"\\u3164\\u3164\\u3164"', '"… !? …"', '"– – –"'];
  it.each(letterless)('a title %s: no visible letter', (value) => {
    expect(check(contact([], { title: `title: ${value}` }))).toEqual([
      { severity: 'error', file: FILE, line: 2, field: 'title', message: 'Titel enthält keinen sichtbaren Buchstaben', suggestion: 'einen lesbaren Text mit Buchstaben eintragen', rule: 'custom' },
    ]);
  });

  it('summaries, publishers, meeting notes and vocabulary names too; opening hours may be digits only', () => {
    expect(check(contact([], { title: 'title: Beratung' }).replace(/^summary: .*$/m, 'summary: "1234567890 1234567890 ---"'))).toEqual([
      expect.objectContaining({ field: 'summary', message: 'Kurzbeschreibung enthält keinen sichtbaren Buchstaben' }),
    ]);
    expect(check(contact(['hours: "24/7"', 'email: a@example.org']))).toEqual([]);
    const dir = copyWith({ 'vocabularies/topics.yml': readFileSync(path.join(BASE, 'vocabularies', 'topics.yml'), 'utf8').replace(/label: .*/, 'label: "Hoch\\u202Erisiko"') });
    const found = errors(load(dir));
    expect(found).toEqual([
      expect.objectContaining({ file: shown(dir, 'vocabularies/topics.yml'), field: '[0].label', message: expect.stringContaining('Zeichen 5: unsichtbares Steuerzeichen U+202E') }),
    ]);
  });

  it('control characters in the body: an error with line and position; tabs are fine', () => {
    const dir = copyWith({ 'contacts/probe.md': contact(['email: a@example.org'], { body: 'Erste Zeile\tmit Tab.\nZweite \u001b[31mZeile.\n' }) });
    expect(errors(load(dir))).toEqual([
      expect.objectContaining({
        file: shown(dir, 'contacts/probe.md'),
        line: 11,
        field: '(Text)',
        message: 'Der Text enthält in dieser Zeile ein Steuerzeichen: Zeichen 8: unsichtbares Steuerzeichen U+001B',
        rule: 'control-character',
      }),
    ]);
  });

  it('the validate report: exit 1 with the position', () => {
    const dir = copyWith({ 'contacts/probe.md': contact(['email: a@example.org'], { title: 'title: "Beratung \\u202Eim Kreis"' }) });
    const run = validateInProcess(dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${shown(dir, 'contacts/probe.md')}:2  title  Titel enthält Zeilenumbrüche oder Steuerzeichen (Zeichen 10: unsichtbares Steuerzeichen U+202E)`);
  });
});

describe('YAML that reads differently from what was typed', () => {
  const numbers = [
    { field: 'phone', line: 7, yaml: (v: string) => [`phone: ${v}`], typed: '+496990009123', read: ' 496990009123', label: 'Telefon muss eine Telefonnummer in Anführungszeichen sein' },
    { field: 'phone', line: 7, yaml: (v: string) => [`phone: ${v}`], typed: '4949123456789', read: '', label: 'Telefon muss eine Telefonnummer in Anführungszeichen sein' },
    { field: 'fax', line: 7, yaml: (v: string) => [`fax: ${v}`, 'email: a@example.org'], typed: '+4951112345', read: ' 4951112345', label: 'Fax muss eine Telefonnummer in Anführungszeichen sein' },
    {
      field: 'address.postcode',
      line: 9,
      yaml: (v: string) => ['email: a@example.org', 'address:', `  postcode: ${v}`, '  city: Celle'],
      typed: '29221',
      read: '',
      label: 'Postleitzahl muss eine Postleitzahl sein',
    },
    {
      field: 'address.postcode',
      line: 9,
      yaml: (v: string) => ['email: a@example.org', 'address:', `  postcode: ${v}`, '  city: Celle'],
      typed: '0x7530',
      read: ' 30000',
      label: 'Postleitzahl muss eine Postleitzahl sein',
    },
    { field: 'organization', line: 7, yaml: (v: string) => [`organization: ${v}`, 'email: a@example.org'], typed: '1e3', read: ' 1000', label: 'Träger muss ein Text sein' },
    { field: 'person', line: 7, yaml: (v: string) => [`person: ${v}`, 'email: a@example.org'], typed: '2024', read: '', label: 'Ansprechperson muss ein Text sein' },
    { field: 'address.city', line: 9, yaml: (v: string) => ['email: a@example.org', 'address:', `  city: ${v}`], typed: '12345', read: '', label: 'Ort muss ein Text sein' },
  ];
  it.each(numbers)('$field: $typed is an error asking for quotes', ({ field, line, yaml, typed, read, label }) => {
    const key = field.split('.').pop();
    const found = check(contact(yaml(typed)));
    expect(found).toEqual([
      {
        severity: 'error',
        file: FILE,
        line,
        field,
        message: `${label}: ohne Anführungszeichen liest YAML „${typed}“ als Zahl${read}`,
        suggestion: `in Anführungszeichen schreiben: ${key}: "${typed}"`,
        rule: 'yaml-number',
      },
    ]);
    // Quoted, the same text is read as typed.
    expect(check(contact(yaml(`"${typed}"`))).filter((p) => p.rule === 'yaml-number')).toEqual([]);
  });

  it('true/false where text is expected', () => {
    expect(check(contact([], { title: 'title: true' }))).toEqual([
      expect.objectContaining({
        field: 'title',
        message: 'Titel muss ein Text sein: ohne Anführungszeichen liest YAML „true“ als Wahrheitswert',
        suggestion: 'in Anführungszeichen schreiben: title: "true"',
        rule: 'yaml-number',
      }),
    ]);
  });

  const cut = [
    {
      field: 'summary',
      line: 3,
      text: contact([]).replace(/^summary: .*$/m, 'summary: Kampagne #HinsehenStattWeghören gegen Gewalt in Niedersachsen'),
      kept: 'Kampagne',
      lost: '#HinsehenStattWeghören gegen Gewalt in Niedersachsen',
      fix: 'summary: "Kampagne #HinsehenStattWeghören gegen Gewalt in Niedersachsen"',
    },
    { field: 'title', line: 2, text: contact([], { title: 'title: Beratung Nr. #1 in Celle' }), kept: 'Beratung Nr.', lost: '#1 in Celle', fix: 'title: "Beratung Nr. #1 in Celle"' },
    { field: 'address.city', line: 9, text: contact(['email: a@example.org', 'address:', '  city: Celle # Altstadt']), kept: 'Celle', lost: '# Altstadt', fix: 'city: "Celle # Altstadt"' },
    { field: 'hours', line: 7, text: contact(['hours: Mo–Fr\t#ab 9 Uhr', 'email: a@example.org']), kept: 'Mo–Fr', lost: '#ab 9 Uhr', fix: 'hours: "Mo–Fr #ab 9 Uhr"' }, // one space for the tab: a tab in quotes is refused (session 18)
  ];
  it.each(cut)('$field: a " #" cutting the value is a warning naming the lost text', ({ field, line, text, kept, lost, fix }) => {
    const warnings = check(text).filter((p) => p.rule === 'yaml-comment');
    expect(warnings).toEqual([
      {
        severity: 'warning',
        file: FILE,
        line,
        field,
        message: `„${lost}“ wird als Kommentar gelesen und nicht veröffentlicht (ein # nach einem Leerzeichen beginnt in YAML einen Kommentar); veröffentlicht wird nur „${kept}“`,
        suggestion: `den ganzen Wert in Anführungszeichen setzen: ${fix}`,
        rule: 'yaml-comment',
      },
    ]);
  });

  it('no warning where nothing is cut: quoted values, # without a space, comment lines, flags', () => {
    const text = contact(['# Kontaktangaben', 'organization: "Verein #1 e. V." # Träger', 'person: C#-Kurs Leitung', 'draft: false # noch prüfen', 'email: a@example.org']);
    expect(check(text)).toEqual([]);
  });

  it('the validate report: an unquoted +49 number fails, a cut value warns without failing', () => {
    const failing = copyWith({ 'contacts/probe.md': contact(['phone: +496990009123']) });
    const run = validateInProcess(failing);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `${shown(failing, 'contacts/probe.md')}:7  phone  Telefon muss eine Telefonnummer in Anführungszeichen sein: ohne Anführungszeichen liest YAML „+496990009123“ als Zahl 496990009123 — in Anführungszeichen schreiben: phone: "+496990009123"`,
    );
    const warning = copyWith({
      'contacts/probe.md': contact(['email: a@example.org']).replace(/^summary: .*$/m, 'summary: Eine Kampagne des Landespräventionsrats #HinsehenStattWeghören gegen Gewalt'),
    });
    const warned = validateInProcess(warning);
    expect(warned.code, warned.stdout).toBe(0);
    expect(warned.stdout).toContain(
      `Warnung ${shown(warning, 'contacts/probe.md')}:3  summary  „#HinsehenStattWeghören gegen Gewalt“ wird als Kommentar gelesen und nicht veröffentlicht (ein # nach einem Leerzeichen beginnt in YAML einen Kommentar); veröffentlicht wird nur „Eine Kampagne des Landespräventionsrats“`,
    );
  });
});

describe('GitHub annotations: control characters in file names are escaped', () => {
  it('the validate report --format github: a file name with a line break stays one annotation', () => {
    const dir = copyWith({ 'contacts/zeile\numbruch,x:y%.md': contact(['email: a@example.org']) });
    const run = validateInProcess(dir, PINNED_TODAY, 'github');
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.length).toBe(2);
    const annotation = parseAnnotation(lines[0]!);
    expect(annotation, lines[0]).toBeDefined();
    expect(annotation!.file).toContain('contacts/zeile%0Aumbruch%2Cx%3Ay%25.md');
    expect(unescapeAnnotation(annotation!.file)).toBe(shown(dir, 'contacts/zeile\numbruch,x:y%.md'));
  });
});
