/**
 * The translation tables and pages (issue #19) are checked by the validator: each broken fixture
 * below is a copy of the real content with one thing wrong, and must give exactly the error
 * (file, line, field, rule) an editor needs. The real tables must be complete.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent, type Problem } from '../../src/content/index.ts';
import { languages } from '../../src/i18n/languages.ts';
import { checkStrings, fill, placeholdersOf, readStrings } from '../../src/i18n/strings.ts';
import { writeTranslationProbes } from '../support/translation-probe.ts';

const root = path.resolve('content');
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the content with all eight languages' pages (probe texts where none are written yet), changed by `change`. */
function contentWith(change: (dir: string) => void): string {
  const parent = path.join(os.tmpdir(), `gsn-i18n-${process.pid}-${temps.length}`);
  temps.push(parent);
  const dir = path.join(parent, 'content');
  cpSync(root, dir, { recursive: true });
  writeTranslationProbes(dir);
  change(dir);
  return dir;
}

function translationProblems(dir: string): Problem[] {
  return loadContent({ dir }).problems.filter((p) => p.file.includes('translations/'));
}

const edit = (file: string, from: string | RegExp, to: string) => {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  expect(next, `${from} not in ${file}`).not.toBe(text);
  writeFileSync(file, next);
};

const lineOf = (file: string, start: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((line) => line.startsWith(start)) + 1;

describe('the real string tables', () => {
  it('every language has a complete table, and with the probe pages all eight languages are published without errors', () => {
    const dir = contentWith(() => {});
    const result = loadContent({ dir });
    expect(result.problems.filter((p) => p.file.includes('translations/') && p.severity === 'error')).toEqual([]);
    expect(result.graph.translations?.map((t) => t.language.code)).toEqual(languages.map((l) => l.code));
  });

  it('the German reference uses only well-formed placeholders', () => {
    const table = readStrings('de', readFileSync(path.join(root, 'translations/de/strings.yml'), 'utf8'));
    expect(table.problems).toEqual([]);
    expect(Object.keys(table.strings).length).toBeGreaterThan(80);
    expect(placeholdersOf(table.strings.help_region_title!)).toEqual(['region']);
  });
});

describe('broken tables are errors with file and line', () => {
  const ar = (dir: string) => path.join(dir, 'translations/ar/strings.yml');

  it('a missing key', () => {
    let file = '';
    const problems = translationProblems(contentWith((dir) => edit((file = ar(dir)), /^exit_hint: .*\n/m, '')));
    expect(problems).toContainEqual(expect.objectContaining({ severity: 'error', rule: 'strings-missing-key', field: 'exit_hint', line: 1 }));
    expect(problems.find((p) => p.rule === 'strings-missing-key')!.file).toMatch(/translations\/ar\/strings\.yml$/);
    expect(problems.find((p) => p.rule === 'strings-missing-key')!.message).toContain('dreimal die Umschalttaste');
    expect(file).not.toBe('');
  });

  it('an extra key, with its line', () => {
    let file = '';
    const problems = translationProblems(contentWith((dir) => edit((file = ar(dir)), /^skip_link: .*$/m, '$&\nexit_lable: غادري')));
    expect(problems).toContainEqual(expect.objectContaining({ rule: 'strings-extra-key', field: 'exit_lable', line: lineOf(file, 'exit_lable') }));
  });

  it('a text left in German (untranslated)', () => {
    let file = '';
    const problems = translationProblems(contentWith((dir) => edit((file = path.join(dir, 'translations/pl/strings.yml')), /^nav_help: .*$/m, 'nav_help: Hilfe finden')));
    expect(problems).toEqual([expect.objectContaining({ rule: 'strings-untranslated', field: 'nav_help', line: lineOf(file, 'nav_help') })]);
  });

  it('a placeholder translated, dropped or broken', () => {
    let file = '';
    const problems = translationProblems(
      contentWith((dir) => {
        file = path.join(dir, 'translations/tr/strings.yml');
        edit(file, /^help_region_title: .*$/m, 'help_region_title: "Yardım: {bölge}"');
        edit(file, /^footer_about: .*$/m, 'footer_about: Bu site bir hizmettir.');
        edit(file, /^search_many: .*$/m, 'search_many: "{count sonuç."');
      }),
    );
    const rules = problems.map((p) => [p.field, p.rule, p.line]);
    expect(rules).toContainEqual(['help_region_title', 'strings-placeholder', lineOf(file, 'help_region_title')]);
    expect(rules).toContainEqual(['footer_about', 'strings-placeholder', lineOf(file, 'footer_about')]);
    expect(rules).toContainEqual(['search_many', 'strings-placeholder', lineOf(file, 'search_many')]);
    expect(problems.find((p) => p.field === 'footer_about')!.message).toContain('{site}');
  });

  it('a YAML syntax error is reported alone, at its line (not buried under every key as missing)', () => {
    let file = '';
    const problems = translationProblems(contentWith((dir) => edit((file = ar(dir)), /^skip_link: .*$/m, '$&: x')));
    expect(problems.length).toBe(1);
    expect(problems[0]).toEqual(expect.objectContaining({ severity: 'error', rule: 'yaml' }));
    expect(problems[0]!.file).toMatch(/translations\/ar\/strings\.yml$/);
    const start = lineOf(file, 'skip_link:');
    expect(problems[0]!.line).toBeGreaterThanOrEqual(start);
    expect(problems[0]!.line).toBeLessThanOrEqual(start + 1);
  });

  it('an extra key says so in good German', () => {
    const problems = translationProblems(contentWith((dir) => edit(ar(dir), /^skip_link: .*$/m, '$&\nexit_lable: غادري')));
    expect(problems.find((p) => p.rule === 'strings-extra-key')!.message).toBe('Den Schlüssel „exit_lable“ gibt es in der deutschen Tabelle nicht.');
  });

  it('an unknown language folder', () => {
    const problems = translationProblems(contentWith((dir) => mkdirSync(path.join(dir, 'translations/xx'))));
    expect(problems).toContainEqual(expect.objectContaining({ severity: 'error', rule: 'unknown-lang' }));
    expect(problems.find((p) => p.rule === 'unknown-lang')!.file).toMatch(/translations\/xx$/);
  });
});

describe('broken translated pages are errors with file and line', () => {
  it('lang that does not match the folder', () => {
    let file = '';
    const problems = translationProblems(contentWith((dir) => edit((file = path.join(dir, 'translations/en/hilfe.md')), /^lang: en$/m, 'lang: tr')));
    expect(problems).toEqual([expect.objectContaining({ rule: 'lang-folder-mismatch', field: 'lang', line: lineOf(file, 'lang:') })]);
  });

  it('translation_of that is not the German page of that file, or no German page at all', () => {
    let hilfe = '';
    let start = '';
    const problems = translationProblems(
      contentWith((dir) => {
        edit((hilfe = path.join(dir, 'translations/en/hilfe.md')), /^translation_of: .*$/m, 'translation_of: /sicherheit/');
        edit((start = path.join(dir, 'translations/ru/start.md')), /^translation_of: .*$/m, 'translation_of: /kontakte/');
      }),
    );
    expect(problems).toContainEqual(expect.objectContaining({ rule: 'translation-of-mismatch', field: 'translation_of', line: lineOf(hilfe, 'translation_of') }));
    expect(problems).toContainEqual(expect.objectContaining({ field: 'translation_of', line: lineOf(start, 'translation_of') }));
    const ru = problems.find((p) => p.file.endsWith('ru/start.md'))!;
    expect(ru.message).toContain('/kontakte/');
    expect(ru.suggestion).toBe('translation_of: / eintragen');
  });

  it('reviewed_by without reviewed_on, at the reviewed_by line; reviewed_on alone at its own', () => {
    let en = '';
    let tr = '';
    const problems = translationProblems(
      contentWith((dir) => {
        edit((en = path.join(dir, 'translations/en/start.md')), /^title: /m, 'reviewed_by: A. Reviewer\ntitle: ');
        edit((tr = path.join(dir, 'translations/tr/start.md')), /^title: /m, 'reviewed_on: 2026-11-02\ntitle: ');
      }),
    );
    expect(problems).toEqual([
      expect.objectContaining({ field: 'reviewed_by', severity: 'error', line: lineOf(en, 'reviewed_by:') }),
      expect.objectContaining({ field: 'reviewed_on', severity: 'error', line: lineOf(tr, 'reviewed_on:') }),
    ]);
  });

  it('an address, postcode, coordinates or map link on a translated page is an error at its line and field (shelter guard)', () => {
    const address = 'Frauenhaus Celle, Hauptstraße 12, 29221 Celle, Telefon 05141 123456';
    let en = '';
    let ar = '';
    let ru = '';
    const problems = translationProblems(
      contentWith((dir) => {
        en = path.join(dir, 'translations/en/hilfe.md');
        writeFileSync(en, `${readFileSync(en, 'utf8').trimEnd()}\n\n${address}\n`);
        edit((ar = path.join(dir, 'translations/ar/sicherheit.md')), /^summary: .*$/m, 'summary: "بيت النساء في 29221 Celle قريب من المحطة"');
        edit((ru = path.join(dir, 'translations/ru/start.md')), /^title: .*$/m, 'title: "Помощь: https://maps.app.goo.gl/x7Yq2"');
      }),
    );
    const errors = problems.filter((p) => p.severity === 'error');
    const enLines = readFileSync(en, 'utf8').split('\n');
    expect(errors).toContainEqual(expect.objectContaining({ field: '(Text)', line: enLines.indexOf(address) + 1, rule: 'translation-location-street' }));
    expect(errors.find((p) => p.file.endsWith('en/hilfe.md'))!.file).toMatch(/translations\/en\/hilfe\.md$/);
    expect(errors).toContainEqual(expect.objectContaining({ field: 'summary', line: lineOf(ar, 'summary:'), rule: 'translation-location-postcode' }));
    expect(errors).toContainEqual(expect.objectContaining({ field: 'title', line: lineOf(ru, 'title:') }));
    for (const error of errors) expect(error.suggestion).toMatch(/entfernen/);
    expect(errors.find((p) => p.file.endsWith('ru/start.md'))!.rule).toMatch(/^translation-location-(map|place)-link$/);
  });

  it('the real translated pages name no location', () => {
    const problems = translationProblems(contentWith(() => {}));
    expect(problems.filter((p) => p.rule.startsWith('translation-location'))).toEqual([]);
  });

  it('a file that does not belong in a language folder', () => {
    const problems = translationProblems(contentWith((dir) => writeFileSync(path.join(dir, 'translations/en/kontakte.md'), '---\nlang: en\n---\n')));
    expect(problems).toEqual([expect.objectContaining({ rule: 'unknown-translation-file' })]);
  });

  it('a language with pages still missing is a warning and is not published', () => {
    const dir = contentWith((d) => rmSync(path.join(d, 'translations/uk/sicherheit.md')));
    const result = loadContent({ dir });
    expect(result.problems.filter((p) => p.file.includes('translations/'))).toEqual([expect.objectContaining({ severity: 'warning', rule: 'translation-incomplete' })]);
    expect(result.graph.translations?.map((t) => t.language.code)).not.toContain('uk');
  });
});

describe('strings helpers', () => {
  it('fill puts values into placeholders and leaves unknown ones', () => {
    expect(fill('Hilfe in: {region} {x}', { region: 'Celle' })).toBe('Hilfe in: Celle {x}');
  });
  it('checkStrings reports nothing for a correct table', () => {
    const reference = { a: 'Hallo {name}', b: 'Tschüss' };
    const table = readStrings('t.yml', 'a: "Hello {name}"\nb: Bye\n');
    expect(checkStrings('t.yml', table, reference, 'de.yml')).toEqual([]);
  });
});
