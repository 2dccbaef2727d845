/**
 * The size limits for what the shelter guard reads word by word (src/content/guarded-size.ts,
 * issue 13, session 19): a Frauenhaus entry up to 32 KB and a translated help page up to 64 KB
 * are checked as ever; beyond, the file is refused with its size, the limit and a fix, before the
 * guard reads it, and nothing of it is published. Other entries keep the limit of any file.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LINKED_ENTRY_LIMIT, SHELTER_ENTRY_LIMIT, shelterEntrySizeProblem, TRANSLATED_PAGE_LIMIT, translatedPageSizeProblem } from '../src/content/guarded-size.ts';
import { LEGACY_TEXT_DOWNLOAD_LIMIT, TEXT_DOWNLOAD_LIMIT } from '../src/content/text-downloads.ts';
import { loadContent } from '../src/content/index.ts';
import { BASE, contentWith, parseText, PINNED_TODAY, scratch, shown, validateInProcess } from './helpers.ts';

const tmp = scratch('gsn-sizes-');
afterAll(() => tmp.cleanup());

const paragraph = 'Das Frauenhaus nimmt Frauen und ihre Kinder auf, rund um die Uhr nach telefonischer Absprache. Die Lage ist vertraulich.\n\n';
/** `text` with paragraphs added until it is `bytes` long or just under. */
const grown = (text: string, bytes: number) => {
  let out = text;
  while (Buffer.byteLength(out + paragraph) <= bytes) out += paragraph;
  return out;
};

describe('a Frauenhaus entry', () => {
  const shelter = readFileSync(path.join(BASE, 'contacts', 'frauenhaus-goettingen.md'), 'utf8');

  it('as large as allowed is checked by the guard as ever; one paragraph more is refused with size, limit and fix, and is not in the graph', () => {
    const dir = contentWith(path.join(tmp.root, 'shelter'));
    const file = path.join(dir, 'contacts', 'frauenhaus-goettingen.md');
    const atLimit = grown(shelter, SHELTER_ENTRY_LIMIT - 40) + 'Sie finden uns am Musterweg 5.\n';
    expect(Buffer.byteLength(atLimit)).toBeLessThanOrEqual(SHELTER_ENTRY_LIMIT);
    writeFileSync(file, atLimit);
    const read = validateInProcess(dir);
    expect(read.code).toBe(1);
    expect(
      parseText(read.stdout)
        .filter((p) => p.file === shown(file))
        .map((p) => p.field),
    ).toEqual(['(Text)']);
    expect(read.stdout).toContain('Musterweg 5');

    const over = grown(shelter, SHELTER_ENTRY_LIMIT + 2000);
    writeFileSync(file, over);
    const refused = validateInProcess(dir);
    expect(refused.code).toBe(1);
    const problems = parseText(refused.stdout).filter((p) => p.file === shown(file));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'Fehler', line: 1 });
    expect(problems[0]!.text).toContain('Ein Frauenhaus-Eintrag darf höchstens 32 KB lang sein; der Text hat 34 KB und wird erst nach dem Kürzen weiter geprüft');
    expect(problems[0]!.text).toContain('content/pages/');
    expect(loadContent({ dir, today: PINNED_TODAY }).graph.contacts.some((c) => c.slug === 'frauenhaus-goettingen')).toBe(false);
  });

  it('over the limit still gets its other errors at once (every error, not one at a time)', () => {
    const dir = contentWith(path.join(tmp.root, 'shelter-more'));
    const file = path.join(dir, 'contacts', 'frauenhaus-goettingen.md');
    writeFileSync(file, grown(shelter.replace('regions: [landkreis-goettingen]', 'regions: [gibt-es-nicht]').replace(/^summary: .*$/m, 'summary: kurz'), SHELTER_ENTRY_LIMIT + 2000));
    const fields = parseText(validateInProcess(dir).stdout)
      .filter((p) => p.file === shown(file))
      .map((p) => p.field);
    expect(fields).toContain('');
    expect(fields).toContain('summary');
  });

  it('the limit is for Frauenhaus entries only: another contact of that size is checked as every entry', () => {
    const text = grown(shelter, SHELTER_ENTRY_LIMIT + 2000);
    expect(shelterEntrySizeProblem('contacts', { kind: 'frauenhaus' }, 'x.md', text)?.rule).toBe('guarded-size');
    expect(shelterEntrySizeProblem('contacts', { kind: 'biss' }, 'x.md', text)).toBeUndefined();
    expect(shelterEntrySizeProblem('initiatives', { kind: 'frauenhaus' }, 'x.md', text)).toBeUndefined();
    // Bytes, not characters: 11,000 "ü" are 22,000 bytes, within; 17,000 are 34,000, over.
    expect(shelterEntrySizeProblem('contacts', { kind: 'frauenhaus' }, 'x.md', 'ü'.repeat(11_000))).toBeUndefined();
    expect(shelterEntrySizeProblem('contacts', { kind: 'frauenhaus' }, 'x.md', 'ü'.repeat(17_000))?.message).toContain('der Text hat 34 KB');
  });
});

describe('a translated help page', () => {
  it('over 64 KB is refused before the guard reads it, and its language is not published', () => {
    const dir = path.join(tmp.root, 'translations');
    cpSync(path.resolve('content'), dir, { recursive: true });
    const file = path.join(dir, 'translations', 'en', 'hilfe.md');
    const page = readFileSync(file, 'utf8');
    expect(translatedPageSizeProblem(shown(file), page)).toBeUndefined();
    writeFileSync(file, page + '\nRead this again. '.repeat(Math.ceil(TRANSLATED_PAGE_LIMIT / 17)));
    const result = loadContent({ dir, today: PINNED_TODAY });
    const problems = result.problems.filter((p) => p.file === shown(file));
    expect(problems.map((p) => [p.severity, p.line, p.rule])).toEqual([['error', 1, 'guarded-size']]);
    expect(problems[0]!.message).toContain('Eine übersetzte Hilfeseite darf höchstens 64 KB lang sein');
    expect((result.graph.translations ?? []).map((t) => t.language.code)).not.toContain('en');
  });

  it('too long or with too many links, still gets its frontmatter errors at once (outside tester, session 19)', () => {
    const dir = path.join(tmp.root, 'translations-more');
    cpSync(path.resolve('content'), dir, { recursive: true });
    const file = path.join(dir, 'translations', 'en', 'hilfe.md');
    const page = readFileSync(file, 'utf8').replace(/^lang: en$/m, 'lang: fr\ncolour: blue');
    for (const [body, rule] of [
      ['\nRead this again. '.repeat(Math.ceil(TRANSLATED_PAGE_LIMIT / 17)), 'guarded-size'],
      ['\n' + 'x@y.de '.repeat(2001), 'many-links'],
    ]) {
      writeFileSync(file, page + body);
      const rules = loadContent({ dir, today: PINNED_TODAY })
        .problems.filter((p) => p.file === shown(file))
        .map((p) => p.rule);
      expect(rules).toContain(rule);
      expect(rules.length, rules.join()).toBeGreaterThan(1);
    }
  });
});

describe('a text download over the limit', () => {
  it('is refused with a fix for a download, not for an entry', () => {
    const dir = contentWith(path.join(tmp.root, 'download'));
    mkdirSync(path.join(dir, 'materials', 'files'), { recursive: true });
    writeFileSync(path.join(dir, 'materials', 'files', 'liste.csv'), 'Ort;Angebot\n'.repeat(30_000));
    const problem = parseText(validateInProcess(dir).stdout).find((p) => p.file.endsWith('liste.csv'));
    expect(problem?.text).toContain('erlaubt sind höchstens 64 KB');
    expect(problem?.text).toContain('mit „url“ verlinken');
    expect(problem?.text).not.toContain('Einträge');
  });
});

describe('an initiative that refers to a Frauenhaus', () => {
  it('with a body over 64 KB is refused instead of being read word by word; without the reference it is checked as any entry', () => {
    const dir = path.join(tmp.root, 'linked');
    cpSync(path.resolve('content'), dir, { recursive: true });
    const name = readdirSync(path.join(dir, 'initiatives')).find((f) => readFileSync(path.join(dir, 'initiatives', f), 'utf8').includes('contacts: [frauenhaus-aurich'))!;
    const file = path.join(dir, 'initiatives', name);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, grown(text.replace(/^title: .*$/m, 'title: Aktionswochen lang'), LINKED_ENTRY_LIMIT + 4000).replaceAll('Das Frauenhaus', 'Die Beratung'));
    const problems = loadContent({ dir, today: PINNED_TODAY }).problems.filter((p) => p.file === shown(file));
    expect(problems.map((p) => [p.severity, p.rule])).toEqual([['error', 'guarded-size']]);
    expect(problems[0]!.message).toContain('Ein Eintrag, der auf ein Frauenhaus verweist (hier „Frauenhaus Aurich“, frauenhaus-aurich), darf höchstens 64 KB lang sein');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/frauenhaus-aurich, /, ''));
    expect(loadContent({ dir, today: PINNED_TODAY }).problems.filter((p) => p.file === shown(file) && p.severity === 'error')).toEqual([]);
  });
});

describe('a text download not in UTF-8', () => {
  it('up to 8 KB is read in every encoding; beyond, it is refused with a fix to save it as UTF-8', () => {
    const dir = contentWith(path.join(tmp.root, 'legacy'));
    mkdirSync(path.join(dir, 'materials', 'files'), { recursive: true });
    const csv = path.join(dir, 'materials', 'files', 'liste.csv');
    const row = Buffer.from('Beratung für Frauen;Göttingen;Mo bis Fr\n', 'latin1');
    writeFileSync(csv, Buffer.concat(Array.from({ length: Math.floor(LEGACY_TEXT_DOWNLOAD_LIMIT / row.length) }, () => row)));
    expect(parseText(validateInProcess(dir).stdout).filter((p) => p.file.endsWith('liste.csv'))).toEqual([]);
    writeFileSync(csv, Buffer.concat(Array.from({ length: Math.ceil((LEGACY_TEXT_DOWNLOAD_LIMIT + 100) / row.length) }, () => row)));
    const problem = parseText(validateInProcess(dir).stdout).find((p) => p.file.endsWith('liste.csv'));
    expect(problem?.severity).toBe('Fehler');
    expect(problem?.text).toContain('nicht in UTF-8 gespeichert');
    expect(problem?.text).toContain('„CSV UTF-8“');
    // A finding in such a file says why it may be gibberish and how to get one reading: an ordinary
    // list, as Excel saves it on German Windows, read as IBM866 shows "GЎttingen MoЦFr 9" (known limit, docs/safety.md).
    const rows = ['Beratungsstelle für Frauen;Göttingen;Mo–Fr 9–15 Uhr;12 Plätze', 'Frauennotruf;Lüneburg;Di 10–12 Uhr;kostenlos', 'Interventionsstelle;Osnabrück;Mo–Do 8–16 Uhr;3 Beraterinnen'];
    const list = `Name;Ort;Sprechzeiten;Hinweis\n${Array.from({ length: 130 }, (_, i) => rows[i % 3]).join('\n')}\n`;
    writeFileSync(csv, Buffer.from(list.replace(/–/g, '\u0096'), 'latin1'));
    const finding = parseText(validateInProcess(dir).stdout).find((p) => p.file.endsWith('liste.csv'));
    expect(finding?.text).toContain('die Datei ist nicht in UTF-8 gespeichert und wird darum auch in anderen Kodierungen gelesen');
    writeFileSync(csv, list);
    expect(parseText(validateInProcess(dir).stdout).filter((p) => p.file.endsWith('liste.csv'))).toEqual([]);
    // The same rows in UTF-8 are read once and pass, up to the download limit.
    writeFileSync(csv, Buffer.from(row.toString('latin1').repeat(Math.floor(TEXT_DOWNLOAD_LIMIT / 50)), 'utf8'));
    expect(parseText(validateInProcess(dir).stdout).filter((p) => p.file.endsWith('liste.csv'))).toEqual([]);
  });
});
