/**
 * Links within the site (src/site/internal-links.ts): a link in a text to an address the site
 * does not publish is an error with file, line and the address probably meant; every address
 * the build writes (pages, numbered list pages, finder pages, exports, vCards, material files)
 * passes, written as browsers and the server read it.
 */
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LoadResult } from '../../../src/content/index.ts';
import { loadSiteContent } from '../../../src/site/load-graph.ts';
import { site } from '../../../src/text/site.ts';
import { contentWith, PINNED_TODAY, ROOT, scratch, shown, validateInProcess } from '../../helpers.ts';

const tmp = scratch();
afterAll(() => tmp.cleanup());
let counter = 0;

/** The test content with `files` (path in the content folder → text) added or replaced. */
function copyWith(files: Record<string, string>, from?: string): string {
  const dir = path.join(tmp.root, `links-${++counter}`);
  if (from) cpSync(from, dir, { recursive: true });
  else contentWith(dir);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

const linkErrors = (result: LoadResult) => result.problems.filter((p) => p.rule === 'broken-internal-link');

/** A valid page whose body is `body` (from line 6 of the file). */
const page = (body: string) => `---\ntitle: Linkprobe\nsummary: Eine Seite mit Links auf andere Seiten dieser Website.\nreviewed: 2026-10-01\n---\n${body}`;

describe('links within the site', () => {
  it('every address the build writes passes, written as a browser reads it', () => {
    const body = [
      '[Start](/) [Hilfe](/hilfe/) [Hilfe ohne Schrägstrich](/hilfe) [Hilfe als Datei](/hilfe/index.html)',
      '[Suche](/suche/?q=Frauenhaus) [Abschnitt](#oben) [Kontakt](/kontakte/biss-goettingen/#erreichbarkeit)',
      '[relativ](../kontakte/) [eine Ebene höher](../../themen/)',
      '[Daten](/daten/kontakte.csv) [Feed](/feed.xml) [vCard](/kontakte/biss-goettingen.vcf)',
      '[Datei](/materialien/dateien/antrag-schutzanordnung.pdf) [Material](/materialien/antrag-schutzanordnung/)',
      '[Region](/regionen/landkreis-goettingen/) [Thema](/themen/kinderschutz/) [A–Z](/kontakte/a-z/)',
      '[Postleitzahl](/hilfe/plz/37073/) [Stil](/assets/site.css) [Editor](/admin/)',
      '[Referenz]',
      '',
      '[Referenz]: /netzwerke/netzwerk-suedniedersachsen/',
      '',
    ].join('\n');
    const result = loadSiteContent({ dir: copyWith({ 'pages/linkprobe.md': page(body) }), today: PINNED_TODAY });
    expect(result.errorCount).toBe(0);
    expect(linkErrors(result)).toEqual([]);
  });

  it('an address that does not exist: an error with file, line, the address as written and the one probably meant', () => {
    const body = ['Einleitung.', '', 'Siehe [BISS](/kontakte/biss-gottingen/) und [Über uns](/ueber-unss/).', '', '[weg](/kontakte/gibt-es-nicht/)', ''].join('\n');
    const dir = copyWith({ 'pages/linkprobe.md': page(body) });
    const result = loadSiteContent({ dir, today: PINNED_TODAY });
    const file = shown(dir, 'pages/linkprobe.md');
    expect(linkErrors(result)).toEqual([
      {
        severity: 'error',
        file,
        line: 8,
        field: '(Text)',
        message: 'Der Link „/kontakte/biss-gottingen/“ führt zu keiner Seite dieser Website',
        suggestion: 'die Adresse prüfen; gemeint ist vielleicht /kontakte/biss-goettingen/',
        rule: 'broken-internal-link',
      },
      expect.objectContaining({ line: 8, message: 'Der Link „/ueber-unss/“ führt zu keiner Seite dieser Website', suggestion: 'die Adresse prüfen; gemeint ist vielleicht /ueber-uns/' }),
      expect.objectContaining({
        line: 10,
        message: 'Der Link „/kontakte/gibt-es-nicht/“ führt zu keiner Seite dieser Website',
        suggestion: expect.stringContaining('die Adresse einer bestehenden Seite eintragen'),
      }),
    ]);
    // As `npm run validate` reports it: exit 1, the file and line in the text report.
    const run = validateInProcess(dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `${file}:8  (Text)  Der Link „/kontakte/biss-gottingen/“ führt zu keiner Seite dieser Website — die Adresse prüfen; gemeint ist vielleicht /kontakte/biss-goettingen/`,
    );
  });

  it('a relative link is read from the page it stands on; the message names where it leads and the link from /', () => {
    const dir = copyWith({ 'pages/linkprobe.md': page('Zur [Hilfe](hilfe/) und zu [Kontakten](kontakte/gibtsnicht/).\n') });
    const found = linkErrors(loadSiteContent({ dir, today: PINNED_TODAY }));
    expect(found.map(({ line, message, suggestion }) => ({ line, message, suggestion }))).toEqual([
      { line: 6, message: 'Der Link „hilfe/“ führt zu /linkprobe/hilfe/, einer Adresse, die es auf dieser Website nicht gibt', suggestion: 'den Link mit / beginnen: /hilfe/' },
      {
        line: 6,
        message: 'Der Link „kontakte/gibtsnicht/“ führt zu /linkprobe/kontakte/gibtsnicht/, einer Adresse, die es auf dieser Website nicht gibt',
        suggestion: expect.stringContaining('die Adresse einer bestehenden Seite'),
      },
    ]);
  });

  it('a web address without https:// and a file name alone: the fix names the link meant', () => {
    const dir = copyWith({ 'pages/linkprobe.md': page('[Verein](www.beispielverein.de/kontakt) [Antrag](antrag-schutzanordnung.pdf) [BISS](biss-goettingen/)\n') });
    const found = linkErrors(loadSiteContent({ dir, today: PINNED_TODAY }));
    expect(found.map((p) => p.suggestion)).toEqual([
      'eine Adresse einer anderen Website mit https:// schreiben: https://www.beispielverein.de/kontakt',
      'die Adresse prüfen; gemeint ist vielleicht /materialien/dateien/antrag-schutzanordnung.pdf',
      'die Adresse prüfen; gemeint ist vielleicht /kontakte/biss-goettingen/',
    ]);
  });

  it('another place or kind of service is never suggested; the finder lookup and a bare site address are links too (second fresh tester, session 20)', () => {
    const body = `[Frauenhaus](/kontakte/frauenhaus-hannover/) [Orte](/hilfe/orte.json)\n\nSiehe ${site.url}/gibtsnicht/ bitte.\n`;
    const dir = copyWith({ 'pages/linkprobe.md': page(body) });
    const found = linkErrors(loadSiteContent({ dir, today: PINNED_TODAY }));
    expect(found.map(({ line, message, suggestion }) => ({ line, message, suggestion }))).toEqual([
      { line: 6, message: 'Der Link „/kontakte/frauenhaus-hannover/“ führt zu keiner Seite dieser Website', suggestion: expect.stringContaining('die Adresse einer bestehenden Seite eintragen') },
      { line: 8, message: `Der Link „${site.url}/gibtsnicht/“ führt zu /gibtsnicht/, einer Adresse, die es auf dieser Website nicht gibt`, suggestion: expect.any(String) },
    ]);
    // Without any [..](..) link in the text, the bare address is still checked.
    const bare = copyWith({ 'pages/linkprobe.md': page(`Siehe ${site.url}/gibtsnicht/ bitte.\n`) });
    expect(linkErrors(loadSiteContent({ dir: bare, today: PINNED_TODAY })).map((p) => p.line)).toEqual([6]);
  });

  it('the line of each broken link, not of a longer working one before it; a bare address on its own line (third fresh tester)', () => {
    const body = ['Richtig: [BISS](/kontakte/biss-goettingen/)', '', 'Falsch: [BISS](/kontakte/biss-goetting)', '', `Siehe ${site.url.replace(/^https:\/\//, '')}/hilfen/ bitte.`, ''].join('\n');
    const dir = copyWith({ 'pages/linkprobe.md': page(body) });
    const found = linkErrors(loadSiteContent({ dir, today: PINNED_TODAY }));
    expect(found.map(({ line, message }) => [line, message])).toEqual([
      [8, expect.stringContaining('Der Link „/kontakte/biss-goetting“')],
      [10, expect.stringContaining('/hilfen/')],
    ]);
  });

  it('a file name written for the page, and a page in the wrong folder: the page meant is suggested', () => {
    const dir = copyWith({ 'pages/linkprobe.md': page('[BISS](/kontakte/biss-goettingen.md) [Hilfe](/regionen/finden/landkreis-goettingen/)\n') });
    const found = linkErrors(loadSiteContent({ dir, today: PINNED_TODAY }));
    expect(found.map((p) => p.suggestion)).toEqual([
      'die Adresse prüfen; gemeint ist vielleicht /kontakte/biss-goettingen/',
      'die Adresse prüfen; gemeint ist vielleicht /regionen/landkreis-goettingen/',
    ]);
  });

  it("a link into a language whose translation files have errors waits for those to be fixed: the language's own error only", () => {
    const content = path.join(ROOT, 'content');
    const strings = readFileSync(path.join(content, 'translations/en/strings.yml'), 'utf8');
    const impressum = readFileSync(path.join(content, 'pages/impressum.md'), 'utf8');
    const dir = copyWith({ 'translations/en/strings.yml': `${strings}\nfoo: [bar\n`, 'pages/impressum.md': `${impressum}\n[English](/en/hilfe/) [Start](/en/)\n` }, content);
    const result = loadSiteContent({ dir, today: PINNED_TODAY });
    expect(result.problems.some((p) => p.severity === 'error' && p.file === shown(dir, 'translations/en/strings.yml'))).toBe(true);
    expect(linkErrors(result)).toEqual([]);
  });

  it("a link written with the site's own address is checked like one from /", () => {
    const dir = copyWith({ 'pages/linkprobe.md': page(`[Hilfe](${site.url}/hilfe/) [weg](${site.url}/hilfe/gibtsnicht/)\n`) });
    const found = linkErrors(loadSiteContent({ dir, today: PINNED_TODAY }));
    expect(found.map((p) => p.message)).toEqual([`Der Link „${site.url}/hilfe/gibtsnicht/“ führt zu /hilfe/gibtsnicht/, einer Adresse, die es auf dieser Website nicht gibt`]);
  });

  it('umlauts and capitals: quoted as written, the lower-case address suggested', () => {
    const dir = copyWith({ 'pages/linkprobe.md': page('[Themen](/Themen/) [Mädchen](/themen/mädchen/)\n') });
    const found = linkErrors(loadSiteContent({ dir, today: PINNED_TODAY }));
    expect(found.map((p) => [p.message, p.suggestion])).toEqual([
      ['Der Link „/Themen/“ führt zu keiner Seite dieser Website', 'die Adresse prüfen; gemeint ist vielleicht /themen/'],
      ['Der Link „/themen/mädchen/“ führt zu keiner Seite dieser Website', expect.any(String)],
    ]);
  });

  it('a link to a draft says so; a link to an entry whose file has errors adds no second error', () => {
    const broken = readFileSync(path.join(ROOT, 'test/fixtures/base/contacts/biss-goettingen.md'), 'utf8').replace(/^regions: .*$/m, 'regions: [gibts-nicht]');
    const dir = copyWith({
      'pages/linkprobe.md': page('[Entwurf](/kontakte/beratungsstelle-entwurf/) [BISS](/kontakte/biss-goettingen/)\n'),
      'contacts/biss-goettingen.md': broken,
    });
    const result = loadSiteContent({ dir, today: PINNED_TODAY });
    expect(linkErrors(result)).toEqual([
      expect.objectContaining({
        line: 6,
        message: `Der Link „/kontakte/beratungsstelle-entwurf/“ führt zu einem Entwurf (${shown(dir, 'contacts/beratungsstelle-entwurf.md')}), der nicht veröffentlicht wird`,
        suggestion: expect.stringContaining('„draft: true“ entfernen'),
      }),
    ]);
    // The contact's own error is reported.
    expect(result.problems.some((p) => p.severity === 'error' && p.file === shown(dir, 'contacts/biss-goettingen.md'))).toBe(true);
  });

  it('a link to an entry whose file name or folder is refused adds no error of its own', () => {
    const text = readFileSync(path.join(ROOT, 'test/fixtures/base/contacts/biss-goettingen.md'), 'utf8');
    const dir = copyWith({ 'pages/linkprobe.md': page('[BISS](/kontakte/biss-goettingen/)\n'), 'contacts/BISS Göttingen.md': text });
    rmSync(path.join(dir, 'contacts/biss-goettingen.md'));
    const result = loadSiteContent({ dir, today: PINNED_TODAY });
    expect(result.errorCount).toBeGreaterThan(0);
    expect(linkErrors(result)).toEqual([]);
  });

  it('entries and translated help pages are checked too (the sample content, one link broken in each)', () => {
    const content = path.join(ROOT, 'content');
    const en = readFileSync(path.join(content, 'translations/en/hilfe.md'), 'utf8');
    const contact = readFileSync(path.join(content, 'contacts/biss-landkreis-goettingen.md'), 'utf8');
    const dir = copyWith(
      { 'translations/en/hilfe.md': `${en}\nSee [safety](/en/sicherhet/).\n`, 'contacts/biss-landkreis-goettingen.md': `${contact}\n[Hilfe](/hilfe/landkreis-gottingen/)\n` },
      content,
    );
    const found = linkErrors(loadSiteContent({ dir, today: PINNED_TODAY }));
    expect(found.map(({ file, line, suggestion }) => ({ file, line, suggestion }))).toEqual([
      { file: shown(dir, 'contacts/biss-landkreis-goettingen.md'), line: contact.split('\n').length + 1, suggestion: 'die Adresse prüfen; gemeint ist vielleicht /hilfe/landkreis-goettingen/' },
      { file: shown(dir, 'translations/en/hilfe.md'), line: en.split('\n').length + 1, suggestion: 'die Adresse prüfen; gemeint ist vielleicht /en/sicherheit/' },
    ]);
  });
});

describe('pages the navigation links to on every page', () => {
  it('the Impressum renamed, the Datenschutz page deleted, the Barrierefreiheit page a draft: an error each, on the file to restore', () => {
    const dir = copyWith({});
    renameSync(path.join(dir, 'pages/impressum.md'), path.join(dir, 'pages/impressum-alt.md'));
    rmSync(path.join(dir, 'pages/datenschutz.md'));
    const accessibility = path.join(dir, 'pages/barrierefreiheit.md');
    writeFileSync(accessibility, readFileSync(accessibility, 'utf8').replace(/^reviewed:/m, 'draft: true\nreviewed:'));
    const result = loadSiteContent({ dir, today: PINNED_TODAY });
    expect(result.problems.filter((p) => p.rule === 'navigation-page-missing')).toEqual([
      {
        severity: 'error',
        file: shown(dir, 'pages/barrierefreiheit.md'),
        line: 1,
        field: '',
        message: 'Die Seite /barrierefreiheit/ („Barrierefreiheit“) ist ein Entwurf; jede Seite der Website verlinkt sie in der Navigation',
        suggestion: `in ${shown(dir, 'pages/barrierefreiheit.md')} „draft: true“ entfernen`,
        rule: 'navigation-page-missing',
      },
      expect.objectContaining({ file: shown(dir, 'pages/datenschutz.md'), message: 'Die Seite /datenschutz/ („Datenschutz“) fehlt; jede Seite der Website verlinkt sie in der Navigation' }),
      expect.objectContaining({ file: shown(dir, 'pages/impressum.md'), suggestion: expect.stringContaining('wieder anlegen') }),
    ]);
    expect(validateInProcess(dir).code).toBe(1);
  });

  it('a navigation page whose file has errors adds nothing to its own errors', () => {
    const dir = copyWith({ 'pages/impressum.md': '---\ntitle: Impressum\n---\n' });
    const result = loadSiteContent({ dir, today: PINNED_TODAY });
    expect(result.problems.some((p) => p.severity === 'error' && p.file === shown(dir, 'pages/impressum.md'))).toBe(true);
    expect(result.problems.filter((p) => p.rule === 'navigation-page-missing')).toEqual([]);
  });
});
