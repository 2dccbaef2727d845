/** The content pipeline in-process: loadContent() rules and the content graph it builds. */
import { appendFileSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { loadContent, today, type Entry, type LoadResult } from '../src/content/index.ts';
import { monthsBefore } from '../src/schema/clock.ts';
import { closestMatch, didYouMean } from '../src/content/suggest.ts';
import { badCases, toleratedCases } from './bad-cases.ts';
import { BAD, BASE, TOLERATED, contentWith, scratch, shown } from './helpers.ts';

const TODAY = '2026-11-20';
const tmp = scratch();
afterAll(() => tmp.cleanup());
let counter = 0;
/** A fresh copy of the base with extra files (path inside the folder → text). */
function copyWith(files: Record<string, string> = {}): string {
  const dir = contentWith(path.join(tmp.root, `rules-${++counter}`));
  for (const [rel, text] of Object.entries(files)) writeFileSync(path.join(dir, rel), text);
  return dir;
}
const slugs = (entries: readonly { slug: string }[]) => entries.map((entry) => entry.slug);
const errors = (result: LoadResult) => result.problems.filter((p) => p.severity === 'error');

const contactFile = (fields: string[], body = 'Text.\n') =>
  ['---', 'title: Testkontakt', 'summary: Ein Kontakt, den nur dieser Test anlegt, mit genügend Text.', 'regions: [landkreis-goettingen]', 'reviewed: 2026-10-01', ...fields, '---', '', body].join(
    '\n',
  );

describe('the base fixture', () => {
  const base = loadContent({ dir: BASE, today: TODAY });

  it('has no problems at all', () => {
    expect(base.problems).toEqual([]);
    expect(base.errorCount).toBe(0);
    expect(base.warningCount).toBe(0);
    expect(base.filesChecked).toBe(16);
  });

  it('holds every published entry once, sorted by German title, with its URL', () => {
    const { graph } = base;
    expect(slugs(graph.initiatives)).toEqual(['runder-tisch-goettingen']);
    expect(slugs(graph.networks)).toEqual(['netzwerk-suedniedersachsen']);
    expect(slugs(graph.materials)).toEqual(['antrag-schutzanordnung', 'leitfaden-hochrisiko']);
    expect(slugs(graph.contacts)).toEqual(['biss-goettingen', 'frauenhaus-goettingen', 'hilfetelefon']);
    expect(graph.entries.map((e) => e.data.title)).toEqual([
      'Antrag auf Schutzanordnung (Vorlage)',
      'BISS Göttingen (Beispiel)',
      'Frauenhaus Göttingen (Beispiel)',
      'Hilfetelefon Gewalt gegen Frauen (Beispiel)',
      'Leitfaden Hochrisikomanagement',
      'Netzwerk Gewaltschutz Südniedersachsen',
      'Runder Tisch gegen häusliche Gewalt Göttingen',
    ]);
    expect(graph.entries.map((e) => e.url)).toContain('/kontakte/biss-goettingen/');
    expect(graph.initiatives[0]!.url).toBe('/initiativen/runder-tisch-goettingen/');
    expect(graph.networks[0]!.url).toBe('/netzwerke/netzwerk-suedniedersachsen/');
    expect(graph.materials[0]!.url).toBe('/materialien/antrag-schutzanordnung/');
    // The pages the navigation links to on every page, sorted by German title.
    expect(graph.pages.map((p) => [p.slug, p.url, p.data.title])).toEqual([
      ['datenschutz', '/datenschutz/', 'Datenschutz'],
      ['barrierefreiheit', '/barrierefreiheit/', 'Erklärung zur Barrierefreiheit'],
      ['impressum', '/impressum/', 'Impressum'],
      ['leichte-sprache', '/leichte-sprache/', 'Leichte Sprache'],
      ['sicherheit', '/sicherheit/', 'Sicher surfen'],
      ['ueber-uns', '/ueber-uns/', 'Über uns'],
    ]);
    expect(graph.contacts[0]!.file).toBe('test/fixtures/base/contacts/biss-goettingen.md');
    expect(graph.today).toBe(TODAY);
  });

  it('resolves references both ways: initiative → network/contacts/materials and back', () => {
    const { graph } = base;
    const initiative = graph.initiatives[0]!;
    const network = graph.networks[0]!;
    const contact = (slug: string) => graph.contacts.find((c) => c.slug === slug)!;
    expect(slugs(initiative.networks)).toEqual(['netzwerk-suedniedersachsen']);
    expect(slugs(initiative.contacts)).toEqual(['biss-goettingen', 'frauenhaus-goettingen']);
    expect(slugs(initiative.materials)).toEqual(['leitfaden-hochrisiko', 'antrag-schutzanordnung']);
    // The same objects, not copies: the graph is linked.
    expect(initiative.networks[0]).toBe(network);
    expect(network.initiatives).toEqual([initiative]);
    expect(network.coordinator).toBe(contact('biss-goettingen'));
    expect(slugs(network.contacts)).toEqual(['biss-goettingen', 'hilfetelefon']);
    // A contact named by an initiative and a network lists both (and the network once, though named twice).
    expect(contact('biss-goettingen').initiatives).toEqual([initiative]);
    expect(contact('biss-goettingen').networks).toEqual([network]);
    expect(contact('biss-goettingen').coordinates).toEqual([network]);
    expect(contact('frauenhaus-goettingen').initiatives).toEqual([initiative]);
    expect(contact('frauenhaus-goettingen').networks).toEqual([]);
    expect(contact('hilfetelefon').initiatives).toEqual([]);
    expect(contact('hilfetelefon').networks).toEqual([network]);
    expect(contact('hilfetelefon').coordinates).toEqual([]);
    for (const material of graph.materials) expect(material.initiatives).toEqual([initiative]);
  });

  it('indexes entries by region and topic (direct only, every vocabulary id present)', () => {
    const { graph } = base;
    const region = (id: string) => slugs(graph.byRegion.get(id)!);
    const topic = (id: string) => slugs(graph.byTopic.get(id)!);
    expect(graph.byRegion.size).toBe(8);
    expect(graph.byTopic.size).toBe(6);
    expect(region('landkreis-goettingen')).toEqual(['biss-goettingen', 'frauenhaus-goettingen', 'netzwerk-suedniedersachsen', 'runder-tisch-goettingen']);
    expect(region('landkreis-hildesheim')).toEqual(['netzwerk-suedniedersachsen']);
    expect(region('niedersachsen')).toEqual(['antrag-schutzanordnung', 'hilfetelefon', 'leitfaden-hochrisiko']);
    expect(region('stadt-braunschweig')).toEqual([]);
    expect(topic('hochrisikomanagement')).toEqual(['leitfaden-hochrisiko', 'runder-tisch-goettingen']);
    expect(topic('gewaltschutzgesetz')).toEqual(['antrag-schutzanordnung', 'biss-goettingen']);
    expect(topic('kinderschutz')).toEqual([]);
    const initiative = graph.initiatives[0]!;
    expect(initiative.regions.map((r) => r.label)).toEqual(['Landkreis Göttingen']);
    expect(initiative.topics.map((t) => t.id)).toEqual(['interdisziplinaere-kooperation', 'hochrisikomanagement']);
    expect(graph.regionById.get('region-hannover')?.ags).toBe('03241');
    expect(graph.topicById.get('kinderschutz')?.label).toBe('Kinder und Jugendliche bei häuslicher Gewalt');
  });

  it('normalises phone numbers to E.164 and tel: links; short numbers stay as dialled', () => {
    const contact = (slug: string) => base.graph.contacts.find((c) => c.slug === slug)!;
    expect(contact('biss-goettingen').data.phone).toEqual({ text: '030 23125 456', e164: '+493023125456', href: 'tel:+493023125456' });
    expect(contact('biss-goettingen').data.fax).toEqual({ text: '030 23125 457', e164: '+493023125457', href: 'tel:+493023125457' });
    expect(contact('hilfetelefon').data.phone).toEqual({ text: '116 016', e164: '116016', href: 'tel:116016' });
  });

  it('shows material files with size and format; url materials have no download', () => {
    const material = (slug: string) => base.graph.materials.find((m) => m.slug === slug)!;
    const bytes = statSync(path.join(BASE, 'materials', 'files', 'antrag-schutzanordnung.pdf')).size;
    expect(bytes).toBeGreaterThan(0);
    expect(material('antrag-schutzanordnung').download).toEqual({
      name: 'antrag-schutzanordnung.pdf',
      href: '/materialien/dateien/antrag-schutzanordnung.pdf',
      bytes,
      format: 'PDF',
      // where the build copies the file from: absolute, inside the content folder
      source: path.join(BASE, 'materials', 'files', 'antrag-schutzanordnung.pdf'),
    });
    expect(material('leitfaden-hochrisiko').download).toBeUndefined();
    expect(material('leitfaden-hochrisiko').data.url).toBe('https://www.example.org/leitfaden-hochrisiko.pdf');
  });

  it('keeps a frauenhaus to its city', () => {
    const shelter = base.graph.contacts.find((c) => c.slug === 'frauenhaus-goettingen')!;
    expect(shelter.data.address).toEqual({ city: 'Göttingen' });
  });
});

describe('staleness (reviewed more than 12 months before today)', () => {
  const staleSlugs = (day: string) => {
    const result = loadContent({ dir: BASE, today: day });
    expect(result.errorCount).toBe(0);
    return { stale: slugs(result.graph.entries.filter((e) => e.stale)), warnings: result.problems.filter((p) => p.rule === 'stale') };
  };

  it('nothing is stale within 12 months', () => {
    expect(staleSlugs(TODAY)).toEqual({ stale: [], warnings: [] });
  });

  it('an entry reviewed exactly 12 months ago is still fresh, one day later it is stale', () => {
    // runder-tisch-goettingen: reviewed 2026-10-01; netzwerk 2026-09-15; leitfaden 2026-08-20.
    expect(staleSlugs('2027-10-01').stale).toEqual(['leitfaden-hochrisiko', 'netzwerk-suedniedersachsen']);
    const later = staleSlugs('2027-10-02');
    expect(later.stale).toEqual(['leitfaden-hochrisiko', 'netzwerk-suedniedersachsen', 'runder-tisch-goettingen']);
    expect(later.warnings.map((w) => [path.basename(w.file), w.severity, w.field])).toEqual([
      // problems are sorted by file: initiatives/, materials/, networks/
      ['runder-tisch-goettingen.md', 'warning', 'reviewed'],
      ['leitfaden-hochrisiko.md', 'warning', 'reviewed'],
      ['netzwerk-suedniedersachsen.md', 'warning', 'reviewed'],
    ]);
    expect(later.warnings[0]!.message).toBe('zuletzt geprüft am 2026-10-01, vor mehr als 12 Monaten');
  });

  it('monthsBefore handles month ends and leap days', () => {
    expect(monthsBefore('2027-10-02', 12)).toBe('2026-10-02');
    expect(monthsBefore('2028-02-29', 12)).toBe('2027-03-01');
    expect(monthsBefore('2026-01-15', 1)).toBe('2025-12-15');
  });
});

describe('drafts', () => {
  it('are validated but left out of the graph by default', () => {
    const result = loadContent({ dir: BASE, today: TODAY });
    expect(result.graph.entries.map((e) => e.slug)).not.toContain('beratungsstelle-entwurf');
    expect(slugs(result.graph.byRegion.get('landkreis-hildesheim')!)).not.toContain('beratungsstelle-entwurf');
    expect(result.graph.draftCount).toBe(1);
  });

  it('are included with includeDrafts (local preview)', () => {
    const result = loadContent({ dir: BASE, today: TODAY, includeDrafts: true });
    expect(result.errorCount).toBe(0);
    expect(slugs(result.graph.contacts)).toContain('beratungsstelle-entwurf');
    expect(slugs(result.graph.byRegion.get('landkreis-hildesheim')!)).toContain('beratungsstelle-entwurf');
    expect(slugs(result.graph.byTopic.get('kinderschutz')!)).toEqual(['beratungsstelle-entwurf']);
    expect(result.graph.draftCount).toBe(0);
  });

  it('a published entry may not name a draft, except in the preview; a draft may', () => {
    const initiative = readFileSync(path.join(BAD, 'verweis-entwurf.md'), 'utf8');
    const dir = copyWith({ 'initiatives/verweis-entwurf.md': initiative });
    expect(errors(loadContent({ dir, today: TODAY })).map((p) => p.rule)).toEqual(['draft-reference']);
    expect(errors(loadContent({ dir, today: TODAY, includeDrafts: true }))).toEqual([]);
    const draftToo = copyWith({ 'initiatives/verweis-entwurf.md': initiative.replace('status: aktiv', 'status: aktiv\ndraft: true') });
    expect(errors(loadContent({ dir: draftToo, today: TODAY }))).toEqual([]);
  });
});

describe('phone numbers and postcodes', () => {
  it('accepts the emergency number 110 and 116 numbers as short numbers', () => {
    const dir = copyWith({
      'contacts/polizei-notruf.md': contactFile(['kind: polizei', 'phone: "110"']),
      'contacts/kinder-notruf.md': contactFile(['kind: hotline', 'phone: 116 111', 'fax: "0511 1208705"']).replace('Testkontakt', 'Nummer gegen Kummer'),
    });
    const result = loadContent({ dir, today: TODAY });
    expect(errors(result)).toEqual([]);
    const contact = (slug: string) => result.graph.contacts.find((c) => c.slug === slug)!;
    expect(contact('polizei-notruf').data.phone).toEqual({ text: '110', e164: '110', href: 'tel:110' });
    expect(contact('kinder-notruf').data.phone).toEqual({ text: '116 111', e164: '116111', href: 'tel:116111' });
    expect(contact('kinder-notruf').data.fax?.href).toBe('tel:+495111208705');
  });

  it('keeps the leading zero of unquoted numbers (tolerated fixture)', () => {
    const tolerated = toleratedCases.find((c) => c.fixture === 'telefon-ohne-anfuehrungszeichen.md')!;
    const dir = copyWith({ [tolerated.target]: readFileSync(path.join(TOLERATED, tolerated.fixture), 'utf8') });
    const result = loadContent({ dir, today: TODAY });
    expect(result.problems).toEqual([]);
    const contact = result.graph.contacts.find((c) => c.slug === 'telefon-ohne-anfuehrungszeichen')!;
    expect(contact.data.phone).toEqual({ text: '05111208705', e164: '+495111208705', href: 'tel:+495111208705' });
    expect(contact.data.address?.postcode).toBe('01067');
  });

  it('an unquoted 4-digit postcode (3707) is an error, not silently "03707"', () => {
    const text = readFileSync(path.join(BAD, 'postleitzahl-vierstellig.md'), 'utf8').replace('postcode: "3707"', 'postcode: 3707');
    expect(text).toContain('postcode: 3707\n');
    const dir = copyWith({ 'contacts/postleitzahl-vierstellig.md': text });
    const result = loadContent({ dir, today: TODAY });
    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: shown(dir, 'contacts/postleitzahl-vierstellig.md'),
        line: 10,
        field: 'address.postcode',
        message: 'Postleitzahl muss eine Postleitzahl sein: ohne Anführungszeichen liest YAML „3707“ als Zahl',
      }),
    ]);
  });

  it('an unquoted postcode is an error asking for quotes (YAML reads 0x7530 as 30000)', () => {
    for (const [typed, read] of [
      ['30159', ''],
      ['0x7530', ' 30000'],
    ]) {
      const dir = copyWith({ 'contacts/testkontakt.md': contactFile(['kind: biss', 'email: test@example.org', 'address:', `  postcode: ${typed}`, '  city: Hannover']) });
      const result = loadContent({ dir, today: TODAY });
      expect(result.problems).toEqual([
        {
          severity: 'error',
          file: shown(dir, 'contacts/testkontakt.md'),
          line: 9,
          field: 'address.postcode',
          message: `Postleitzahl muss eine Postleitzahl sein: ohne Anführungszeichen liest YAML „${typed}“ als Zahl${read}`,
          suggestion: `in Anführungszeichen schreiben: postcode: "${typed}"`,
          rule: 'yaml-number',
        },
      ]);
    }
  });
});

describe('file decoding', () => {
  it('reads UTF-8 with BOM and CRLF as if it were plain UTF-8 with LF', () => {
    const tolerated = toleratedCases.find((c) => c.fixture === 'bom-crlf.md')!;
    const dir = contentWith(path.join(tmp.root, 'bom'), [{ from: path.join(TOLERATED, tolerated.fixture), target: tolerated.target }]);
    const result = loadContent({ dir, today: TODAY });
    expect(result.problems).toEqual([]);
    const contact = result.graph.contacts.find((c) => c.slug === 'bom-crlf')!;
    expect(contact.data.title).toBe('BISS mit BOM und CRLF (Göttingen)');
    expect(contact.body).toBe('\nText.\n');
    expect(contact.data.kind).toBe('biss');
  });
});

describe('Markdown body rules', () => {
  const bodyProblems = (body: string) => {
    const dir = copyWith({ 'contacts/testkontakt.md': contactFile(['kind: biss', 'email: test@example.org'], body) });
    return loadContent({ dir, today: TODAY }).problems.map((p) => [p.line, p.field, p.rule]);
  };
  it('flags HTML, comments, unsafe and http links on their line', () => {
    expect(bodyProblems('Absatz.\n\n<div>Block</div>\n')).toEqual([[12, '(Text)', 'html-in-body']]);
    expect(bodyProblems('<!-- versteckt -->\n')).toEqual([[10, '(Text)', 'html-in-body']]);
    expect(bodyProblems('[x](data:text/html;base64,PHNjcmlwdD4=)\n')).toEqual([[10, '(Text)', 'unsafe-link']]);
    expect(bodyProblems('[x]( JavaScript:alert(1))\n')).toEqual([[10, '(Text)', 'unsafe-link']]);
    expect(bodyProblems('Mehr unter [Seite](http://www.example.org/).\n')).toEqual([[10, '(Text)', 'insecure-link']]);
  });
  it('leaves code spans, fenced code, angle brackets in prose and safe links alone', () => {
    expect(
      bodyProblems('So nicht: `<script>` oder\n\n```\n<div>Beispiel</div>\n```\n\n3 < 4 und 5 > 2; [Hilfe](https://www.example.org/), [Mail](mailto:a@example.org), [Anruf](tel:+495111208705)\n'),
    ).toEqual([]);
  });
});

describe('vocabularies', () => {
  const regionsFile = (dir: string) => path.join(dir, 'vocabularies', 'regions.yml');
  it('refuses a duplicate id and points at its line', () => {
    const dir = copyWith();
    appendFileSync(regionsFile(dir), '\n- id: region-hannover\n  label: "Region Hannover"\n  short: "Hannover"\n  kind: region\n  ags: "03241"\n  seat: "Hannover"\n');
    const lines = readFileSync(regionsFile(dir), 'utf8').split('\n');
    const result = loadContent({ dir, today: TODAY });
    expect(errors(result)).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/vocabularies\/regions\.yml$/),
        line: lines.lastIndexOf('- id: region-hannover') + 1,
        field: '[8].id',
        message: `Die Kennung „region-hannover“ steht doppelt (zuerst in Zeile ${lines.indexOf('- id: region-hannover') + 1}).`,
        rule: 'duplicate-id',
      }),
    ]);
  });

  it('needs the statewide region', () => {
    const dir = copyWith();
    const text = readFileSync(regionsFile(dir), 'utf8');
    writeFileSync(regionsFile(dir), text.replace(/- id: niedersachsen[\s\S]*?\n\n/, ''));
    const result = loadContent({ dir, today: TODAY });
    expect(errors(result)).toContainEqual(
      expect.objectContaining({ file: shown(dir, 'vocabularies/regions.yml'), line: 1, field: '', message: 'Die Region „niedersachsen“ (landesweit) fehlt.', rule: 'missing-statewide' }),
    );
    // …and the entries that use it are told so.
    expect(errors(result).filter((p) => p.rule === 'unknown-region').length).toBe(3);
  });

  it('wants AGS keys as quoted text and refuses unknown fields', () => {
    const dir = copyWith();
    const text = readFileSync(regionsFile(dir), 'utf8');
    writeFileSync(regionsFile(dir), text.replace('ags: "03101"', 'ags: 3101').replace('seat: "Braunschweig"', 'seat: "Braunschweig"\n  sitz: "Braunschweig"'));
    const result = loadContent({ dir, today: TODAY });
    const messages = errors(result).map((p) => `${p.field}: ${p.message} ${p.suggestion ?? ''}`);
    expect(messages).toContainEqual(expect.stringContaining('[1].ags: Kreisschlüssel muss in Anführungszeichen stehen'));
    expect(messages).toContainEqual(expect.stringContaining('[1].sitz: unbekanntes Feld „sitz“ erlaubt sind: id, label, short, kind, ags, seat'));
    // One bad region does not discard the list: only regions.yml is reported, the entries keep theirs.
    expect(errors(result).map((p) => path.basename(p.file))).toEqual(['regions.yml', 'regions.yml']);
    expect(result.graph.regionById.get('landkreis-goettingen')?.label).toBe('Landkreis Göttingen');
    expect(slugs(result.graph.byRegion.get('landkreis-goettingen')!)).toEqual(['biss-goettingen', 'frauenhaus-goettingen', 'netzwerk-suedniedersachsen', 'runder-tisch-goettingen']);
  });

  it('drops only the bad item, reported once: entries naming it get no follow-up error', () => {
    const dir = copyWith();
    const text = readFileSync(regionsFile(dir), 'utf8');
    writeFileSync(regionsFile(dir), text.replace(/(- id: landkreis-goettingen\n(?:  .*\n)*?  kind: )landkreis\n/, '$1kreis\n'));
    const result = loadContent({ dir, today: TODAY });
    expect(errors(result).filter((p) => p.file.endsWith('regions.yml'))).toEqual([
      expect.objectContaining({ field: '[2].kind', message: expect.stringContaining('„kreis“ ist kein erlaubter Wert'), rule: 'enum' }),
    ]);
    expect(errors(result).filter((p) => p.rule === 'unknown-region')).toEqual([]);
    expect(errors(result).length).toBe(1);
    // entries in other regions are untouched
    expect(slugs(result.graph.byRegion.get('niedersachsen')!)).toEqual(['antrag-schutzanordnung', 'hilfetelefon', 'leitfaden-hochrisiko']);
  });

  it('a missing vocabulary says "Die Datei fehlt.", not that it cannot be read', () => {
    const dir = copyWith();
    rmSync(path.join(dir, 'vocabularies', 'topics.yml'));
    const result = loadContent({ dir, today: TODAY });
    const problems = result.problems.filter((p) => p.file.endsWith('vocabularies/topics.yml'));
    expect(problems).toEqual([
      {
        severity: 'error',
        file: shown(dir, 'vocabularies/topics.yml'),
        line: 1,
        field: '',
        message: 'Die Datei fehlt.',
        suggestion: 'die Liste content/vocabularies/topics.yml anlegen',
        rule: 'missing-vocabulary',
      },
    ]);
    for (const problem of result.problems) expect(problem.message + (problem.suggestion ?? '')).not.toMatch(/gelesen|Dateirechte/);
  });
});

describe('each bad file alone in a copy of the base (in-process)', () => {
  // The CLI exits 1 exactly when errorCount > 0 (scripts/validate.ts); the CLI itself runs these
  // files per category in test/validate.cli.test.ts.
  for (const c of badCases) {
    it(`${c.category}: ${c.fixture} → ${c.target}`, () => {
      const dir = contentWith(path.join(tmp.root, `alone-${c.fixture}`), [{ from: path.join(BAD, c.fixture), target: c.target }]);
      const result = loadContent({ dir, today: TODAY });
      const file = shown(dir, c.reported ?? c.target);
      expect(result.errorCount).toBeGreaterThan(0);
      // The bad file breaks only itself.
      expect([...new Set(result.problems.map((p) => p.file))]).toEqual([file]);
      expect(result.problems).toContainEqual(
        expect.objectContaining({
          severity: 'error',
          file,
          field: c.field,
          message: expect.stringContaining(c.message),
          ...(c.line === undefined ? {} : { line: c.line }),
          ...(c.suggestion === undefined ? {} : { suggestion: expect.stringContaining(c.suggestion) }),
        }),
      );
    });
  }
});

describe('the whole bad corpus in-process', () => {
  const dir = contentWith(
    path.join(tmp.root, 'all-bad-in-process'),
    badCases.map((c) => ({ from: path.join(BAD, c.fixture), target: c.target })),
  );

  it('never throws, reports every file, sorts by file and line, and pollutes nothing', () => {
    const result = loadContent({ dir, today: TODAY });
    expect(result.errorCount).toBeGreaterThanOrEqual(badCases.length);
    const files = new Set(errors(result).map((p) => p.file));
    expect(files.size).toBe(new Set(badCases.map((c) => c.reported ?? c.target)).size);
    const sorted = [...result.problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
    expect(result.problems.map((p) => `${p.file}:${p.line}`)).toEqual(sorted.map((p) => `${p.file}:${p.line}`));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    // The base entries are still all there.
    expect(slugs(result.graph.entries)).toEqual(expect.arrayContaining(slugs(loadContent({ dir: BASE, today: TODAY }).graph.entries)));
    for (const problem of result.problems) {
      expect(problem.message).not.toMatch(/^\s*$/);
      expect(problem.line).toBeGreaterThanOrEqual(1);
    }
  });

  it('no bad file is turned into an entry', () => {
    const result = loadContent({ dir, today: TODAY });
    const bad = new Set(badCases.map((c) => path.basename(c.target, '.md')));
    const leaked = result.graph.entries.filter((e: Entry) => bad.has(e.slug)).map((e) => e.slug);
    // Only files that pass their schema and fail on a reference reach the graph (the build stops
    // on their errors anyway); each of them is reported.
    expect(leaked.length).toBeLessThan(15);
    for (const slug of leaked)
      expect(
        errors(result).some((p) => p.file.endsWith(`/${slug}.md`) && /^unknown-|^draft-reference$|^missing-file$/.test(p.rule)),
        slug,
      ).toBe(true);
  });
});

describe('suggestions ("meinten Sie")', () => {
  const regions = ['niedersachsen', 'landkreis-goettingen', 'landkreis-goslar', 'region-hannover', 'stadt-osnabrueck', 'landkreis-osnabrueck'];
  it('finds typos and recognisable parts', () => {
    expect(closestMatch('landkreis-gottingen', regions)).toBe('landkreis-goettingen');
    expect(closestMatch('goettingen', regions)).toBe('landkreis-goettingen');
    expect(closestMatch('hannover', regions)).toBe('region-hannover');
    expect(didYouMean('titel', ['title', 'summary'])).toBe('meinten Sie „title“?');
  });
  it('stays silent when nothing is close', () => {
    expect(closestMatch('xyz', regions)).toBeUndefined();
    expect(didYouMean('bremen', regions)).toBeUndefined();
    expect(closestMatch('egal', [])).toBeUndefined();
  });
});

describe('today()', () => {
  afterEach(() => vi.unstubAllEnvs());
  it('is pinned by CONTENT_TODAY=YYYY-MM-DD and otherwise the date in Germany', () => {
    vi.stubEnv('CONTENT_TODAY', '2030-01-02');
    expect(today()).toBe('2030-01-02');
    vi.stubEnv('CONTENT_TODAY', 'morgen');
    expect(today()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(today()).not.toBe('morgen');
    const berlin = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());
    expect(today()).toBe(berlin);
  });
  it('is what loadContent uses for staleness when no day is passed', () => {
    vi.stubEnv('CONTENT_TODAY', '2029-01-01');
    const result = loadContent({ dir: BASE });
    expect(result.graph.today).toBe('2029-01-01');
    expect(result.graph.entries.length).toBe(7);
    expect(result.graph.entries.every((e) => e.stale)).toBe(true);
  });
});

describe('loadContent({ today }) pins "today" for every date rule', () => {
  afterEach(() => vi.unstubAllEnvs());
  const byRule = (result: LoadResult, field: string, text: string) => errors(result).filter((p) => p.field === field && p.message.includes(text));

  it('decides what "in the future" means for reviewed', () => {
    vi.stubEnv('CONTENT_TODAY', '');
    const result = loadContent({ dir: BASE, today: '2026-06-01' });
    // every base file (8 entries and the six pages) was reviewed after 2026-06-01
    const future = byRule(result, 'reviewed', 'Prüfdatum liegt in der Zukunft');
    expect(future.length).toBe(14);
    expect(errors(result).length).toBe(14);
    expect(future).toContainEqual(
      expect.objectContaining({ file: 'test/fixtures/base/contacts/biss-goettingen.md', line: 6, suggestion: 'das Datum der letzten Prüfung eintragen (heute oder früher)' }),
    );
  });

  it('decides which years are in the future (since, published)', () => {
    vi.stubEnv('CONTENT_TODAY', '');
    const result = loadContent({ dir: BASE, today: '2003-06-01' });
    expect(byRule(result, 'since', 'Startjahr liegt in der Zukunft')).toEqual([expect.objectContaining({ file: 'test/fixtures/base/initiatives/runder-tisch-goettingen.md', line: 10 })]);
    expect(byRule(result, 'published', 'Erscheinungsdatum liegt in der Zukunft')).toEqual([expect.objectContaining({ file: 'test/fixtures/base/materials/leitfaden-hochrisiko.md', line: 12 })]);
  });

  it('wins over CONTENT_TODAY and leaves today() as it was', () => {
    vi.stubEnv('CONTENT_TODAY', '2003-01-01');
    const result = loadContent({ dir: BASE, today: TODAY });
    expect(result.problems).toEqual([]);
    expect(result.graph.today).toBe(TODAY);
    expect(today()).toBe('2003-01-01');
  });
});

describe('file and folder messages are complete German sentences', () => {
  const place = (...fixtures: string[]) =>
    contentWith(
      path.join(tmp.root, `sentences-${++counter}`),
      fixtures.map((name) => {
        const c = badCases.find((b) => b.fixture === name)!;
        return { from: path.join(BAD, c.fixture), target: c.target };
      }),
    );

  it('frontmatter messages do not start with "Die Datei das …"', () => {
    const dir = place('ohne-abschluss.md', 'frontmatter-liste.md');
    expect(loadContent({ dir, today: TODAY }).problems.map((p) => [p.file, p.line, p.message])).toEqual([
      [shown(dir, 'contacts/frontmatter-liste.md'), 1, 'Das Frontmatter ist keine Liste von Feldern (name: wert).'],
      [shown(dir, 'contacts/ohne-abschluss.md'), 1, 'Das Frontmatter wird nicht mit --- abgeschlossen.'],
    ]);
  });

  it('folders are called folders, not "Die Datei"', () => {
    const dir = place('unbekannter-ordner.md', 'unterordner.md');
    expect(loadContent({ dir, today: TODAY }).problems.map((p) => [p.file, p.line, p.field, p.message, p.rule])).toEqual([
      [shown(dir, 'contacts/archiv'), 1, '', 'Unterordner sind hier nicht vorgesehen.', 'subfolder'],
      [shown(dir, 'kontakte'), 1, '', 'Der Ordner ist unbekannt.', 'unknown-folder'],
    ]);
  });

  it('a missing or empty content folder says so', () => {
    const missing = path.join(tmp.root, 'no-such-folder');
    const result = loadContent({ dir: missing, today: TODAY });
    expect(result.problems[0]).toEqual(
      expect.objectContaining({
        severity: 'error',
        file: shown(missing),
        line: 1,
        field: '',
        message: 'Der Inhaltsordner ist leer oder nicht vorhanden.',
        suggestion: 'CONTENT_DIR oder --dir prüfen',
      }),
    );
  });

  it('every whole-file problem of the bad corpus is one sentence, capitalised, ending with a full stop', () => {
    const dir = place(...badCases.filter((c) => c.field === '').map((c) => c.fixture));
    const whole = loadContent({ dir, today: TODAY }).problems.filter((p) => p.field === '');
    expect(whole.length).toBe(badCases.filter((c) => c.field === '').length);
    for (const problem of whole) {
      expect(problem.message, problem.file).toMatch(/^\p{Lu}[^\n]*\.$/u);
      expect(problem.message, problem.file).not.toMatch(/^Die Datei (das|der|die|ist ein (unbekannter Ordner|Unterordner))\b/);
    }
  });
});

describe('YAML errors', () => {
  const yamlCases = badCases.filter((c) => c.category === 'yaml');

  it('each broken frontmatter gives exactly one German message, on the line of the mistake', () => {
    expect(yamlCases.length).toBe(6);
    for (const c of yamlCases) {
      const dir = contentWith(path.join(tmp.root, `yaml-once-${c.fixture}`), [{ from: path.join(BAD, c.fixture), target: c.target }]);
      const problems = loadContent({ dir, today: TODAY }).problems;
      expect(
        problems.map((p) => [p.line, p.field, p.message, p.rule]),
        c.fixture,
      ).toEqual([[c.line, '', c.message, 'yaml']]);
      // nothing of the yaml package's English
      expect(problems[0]!.message, c.fixture).not.toMatch(/\b(line|column|at|Missing|Unexpected|expected|Nested|Implicit|map|sequence|key|quote)\b/);
    }
  });

  it('an unclosed quote points at the line where the quote opens', () => {
    const text = readFileSync(path.join(BAD, 'yaml-anfuehrungszeichen.md'), 'utf8');
    expect(text.split('\n')[1]).toBe('title: "BISS ohne schließendes Anführungszeichen');
    const dir = copyWith({ 'contacts/yaml-anfuehrungszeichen.md': text });
    expect(loadContent({ dir, today: TODAY }).problems).toEqual([
      expect.objectContaining({ file: shown(dir, 'contacts/yaml-anfuehrungszeichen.md'), line: 2, field: '', message: 'Ein Anführungszeichen wird nicht geschlossen.' }),
    ]);
  });
});

describe('references that are badly formed and unknown', () => {
  it('are reported once, as unknown (the format problem for the same field is dropped)', () => {
    const text = readFileSync(path.join(BAD, 'verweis-ungueltige-kennung.md'), 'utf8');
    const dir = copyWith({ 'initiatives/verweis-ungueltige-kennung.md': text });
    expect(loadContent({ dir, today: TODAY }).problems).toEqual([
      expect.objectContaining({
        file: shown(dir, 'initiatives/verweis-ungueltige-kennung.md'),
        line: 8,
        field: 'contacts[0]',
        message: 'Kontakte: Kontakt „BISS Göttingen“ gibt es nicht',
        rule: 'unknown-reference',
      }),
    ]);
  });

  it('a format problem of another field in the same file is still reported', () => {
    const text = readFileSync(path.join(BAD, 'verweis-ungueltige-kennung.md'), 'utf8').replace('status: aktiv', 'status: aktiv\nwebsite: "javascript:alert(1)"');
    const dir = copyWith({ 'initiatives/verweis-ungueltige-kennung.md': text });
    const problems = loadContent({ dir, today: TODAY }).problems;
    expect(problems.map((p) => [p.line, p.field, p.rule])).toEqual([
      [8, 'website', expect.any(String)],
      [9, 'contacts[0]', 'unknown-reference'],
    ]);
    expect(problems[0]!.message).toContain('Website ist keine gültige Web-Adresse');
  });

  it('a website without the two slashes after https: is no valid address (session 17)', () => {
    for (const website of ['https:evil.example.net', 'https:/evil.example.net', 'HTTPS:evil.example.net/x', 'https:///evil.example.net', 'https:////evil.example.net']) {
      const text = readFileSync(path.join(BAD, 'verweis-ungueltige-kennung.md'), 'utf8').replace('status: aktiv', `status: aktiv\nwebsite: "${website}"`);
      const dir = copyWith({ 'initiatives/verweis-ungueltige-kennung.md': text });
      const [problem] = loadContent({ dir, today: TODAY }).problems.filter((p) => p.field === 'website');
      expect(problem?.message, website).toBe('Website ist keine gültige Web-Adresse');
    }
  });
});

describe('field labels in messages', () => {
  it('names fields in German: Rund-um-die-Uhr-Erreichbarkeit, Beteiligte Bereiche, Erscheinungsdatum', () => {
    const edit = (dir: string, rel: string, from: string, to: string) => {
      const file = path.join(dir, rel);
      const text = readFileSync(file, 'utf8');
      expect(text, rel).toContain(from);
      writeFileSync(file, text.replace(from, to));
    };
    const dir = copyWith();
    edit(dir, 'contacts/biss-goettingen.md', 'emergency: false', 'emergency: nein');
    edit(dir, 'initiatives/runder-tisch-goettingen.md', 'sectors: [polizei,', 'sectors: [polizeii,');
    edit(dir, 'materials/leitfaden-hochrisiko.md', 'published: 2024', 'published: "März 2024"');
    expect(loadContent({ dir, today: TODAY }).problems.map((p) => [path.basename(p.file), p.line, p.field, p.message, p.suggestion])).toEqual([
      ['biss-goettingen.md', 22, 'emergency', 'Rund-um-die-Uhr-Erreichbarkeit muss true oder false sein', undefined],
      ['runder-tisch-goettingen.md', 11, 'sectors[0]', 'Beteiligte Bereiche: „polizeii“ ist kein erlaubter Wert', 'meinten Sie „polizei“?'],
      ['leitfaden-hochrisiko.md', 12, 'published', 'Erscheinungsdatum ist kein gültiges Datum', 'im Format JJJJ-MM-TT schreiben, z. B. 2026-03-12'],
    ]);
  });
});
