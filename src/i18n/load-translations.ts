/**
 * Reads content/translations/: the German reference table de/strings.yml and, per language,
 * strings.yml plus the three translated pages (start.md, hilfe.md, sicherheit.md). Never throws:
 * problems come back with file and line in the validator's German style.
 *
 * A language is published only when its table and all three pages are valid; a language folder
 * that is still incomplete gets a warning, so translators can commit page by page.
 */
import path from 'node:path';
import type { Problem } from '../content/problems.ts';
import { computeNow, type CheckMemo } from '../content/check-memo.ts';
import { fileProblem, parseContent } from '../content/parse.ts';
import { issuesToProblems, knownFields } from '../content/validate.ts';
import { checkBody } from '../content/body-check.ts';
import { parseBody } from '../content/body-tokens.ts';
import { longRunProblem } from '../content/long-runs.ts';
import { translatedPageSizeProblem } from '../content/guarded-size.ts';
import { commentCutWarnings } from '../content/yaml-surprises.ts';
import { translatedPageProblems } from '../content/shelter-guard.ts';
import { isLangCode, languageOf, languages, SOURCE_LANG, translatedPages, translatedUrl, type LangCode, type Language, type TranslatedSlug } from './languages.ts';
import { checkStrings, readStrings, type Strings } from './strings.ts';
import { translationSchema, type TranslationData } from './translation-schema.ts';

export interface TranslatedPage {
  lang: LangCode;
  slug: TranslatedSlug;
  /** /ar/hilfe/ */
  url: string;
  /** The German page: /hilfe/ */
  translationOf: string;
  file: string;
  data: TranslationData;
  body: string;
}

/** One published language: its interface strings and its three pages. */
export interface Translation {
  language: Language;
  strings: Strings;
  pages: Record<TranslatedSlug, TranslatedPage>;
}

/** What the loader needs from load.ts: reading and listing with its refusals, paths as shown. */
export interface TranslationIo {
  /** Text of a file, or undefined (the problem is already reported). */
  readText(abs: string): string | undefined;
  /** Entries of a folder (refused and hidden ones already reported and left out). */
  listDir(abs: string): { name: string; kind: string }[];
  displayPath(abs: string): string;
}

export const STRINGS_FILE = 'strings.yml';

/** `memo`: a file unchanged since an earlier run is taken from it (../content/kept-outcomes.ts). */
export function loadTranslations(root: string, io: TranslationIo, memo: CheckMemo = computeNow): { translations: Translation[]; problems: Problem[] } {
  const dir = path.join(root, 'translations');
  const problems: Problem[] = [];
  const folders = io.listDir(dir);
  if (!folders.length) return { translations: [], problems };
  const shown = (...parts: string[]) => io.displayPath(path.join(dir, ...parts));
  const referenceFile = shown(SOURCE_LANG, STRINGS_FILE);

  let reference: Strings | undefined;
  let referenceText = '';
  if (folders.some((f) => f.name === SOURCE_LANG && f.kind === 'folder')) {
    const text = io.readText(path.join(dir, SOURCE_LANG, STRINGS_FILE));
    if (text !== undefined) {
      const table = memo(['translation-reference', referenceFile, text], () => {
        const { problems, strings } = readStrings(referenceFile, text);
        return { problems, strings: problems.some((p) => p.severity === 'error') ? undefined : strings };
      });
      problems.push(...table.problems);
      reference = table.strings;
      referenceText = text;
    }
  } else {
    problems.push(
      fileProblem(
        referenceFile,
        'Die deutsche Vergleichstabelle der Oberflächentexte fehlt.',
        `content/translations/${SOURCE_LANG}/${STRINGS_FILE} anlegen: jede Zeile „schlüssel: deutscher Text“`,
        'strings-reference-missing',
      ),
    );
  }

  const translations: Translation[] = [];
  for (const folder of folders) {
    if (folder.name === SOURCE_LANG) continue;
    const folderFile = shown(folder.name);
    if (folder.kind !== 'folder' || !isLangCode(folder.name)) {
      problems.push(
        fileProblem(
          folderFile,
          `${folder.kind === 'folder' ? 'Der Ordner' : 'Die Datei'} „${folder.name}“ ist keine der Sprachen der Website.`,
          `Sprachordner heißen: ${languages.map((l) => l.code).join(', ')}`,
          'unknown-lang',
        ),
      );
      continue;
    }
    const lang = folder.name;
    const before = problems.length;
    const files = io.listDir(path.join(dir, lang));
    let strings: Strings | undefined;
    const pages: Partial<Record<TranslatedSlug, TranslatedPage>> = {};
    for (const entry of files) {
      const abs = path.join(dir, lang, entry.name);
      const file = shown(lang, entry.name);
      if (entry.name === STRINGS_FILE) {
        const text = io.readText(abs);
        if (text === undefined) continue;
        const checked = memo(['translation-strings', file, text, referenceFile, reference ? referenceText : '(none)'], () => {
          const table = readStrings(file, text);
          // A table that cannot be read is reported alone: comparing it would list every key as missing. Warnings keep it.
          const unreadable = table.problems.some((p) => p.severity === 'error');
          const compared = reference && !unreadable ? checkStrings(file, table, reference, referenceFile) : [];
          return { problems: [...table.problems, ...compared], strings: !unreadable && !compared.length ? table.strings : undefined };
        });
        problems.push(...checked.problems);
        if (checked.strings) strings = checked.strings;
        continue;
      }
      const slug = entry.name.endsWith('.md') ? entry.name.slice(0, -3) : '';
      if (entry.kind !== 'file' || !(slug in translatedPages)) {
        problems.push(
          fileProblem(
            file,
            `„${entry.name}“ gehört nicht in einen Sprachordner.`,
            `erlaubt sind: ${STRINGS_FILE}, ${Object.keys(translatedPages)
              .map((s) => `${s}.md`)
              .join(', ')}`,
            'unknown-translation-file',
          ),
        );
        continue;
      }
      const text = io.readText(abs);
      if (text === undefined) continue;
      const page = memo(['translation-page', lang, slug, file, text], () => checkPage(lang, slug as TranslatedSlug, file, text));
      problems.push(...page.problems);
      if (page.page) pages[slug as TranslatedSlug] = page.page;
    }
    if (problems.slice(before).some((p) => p.severity === 'error')) continue;
    const absent = [
      ...(strings ? [] : [STRINGS_FILE]),
      ...Object.keys(translatedPages)
        .filter((s) => !pages[s as TranslatedSlug])
        .map((s) => `${s}.md`),
    ];
    if (absent.length) {
      problems.push({
        ...fileProblem(
          folderFile,
          `Die Sprache ${languageOf(lang).name} (${lang}) wird noch nicht veröffentlicht: es fehlt ${absent.join(', ')}.`,
          'die fehlenden Dateien übersetzen; bis dahin bleibt die Sprache unveröffentlicht',
          'translation-incomplete',
        ),
        severity: 'warning',
      });
      continue;
    }
    translations.push({ language: languageOf(lang), strings: strings!, pages: pages as Record<TranslatedSlug, TranslatedPage> });
  }
  // The switcher's order, not the folder's.
  translations.sort((a, b) => languages.indexOf(a.language) - languages.indexOf(b.language));
  return { translations, problems };
}

function checkPage(lang: LangCode, slug: TranslatedSlug, file: string, text: string): { problems: Problem[]; page?: TranslatedPage } {
  // Longer than any translation of the three pages can be: the body is not read (the shelter guard reads it word by word), the frontmatter still is.
  const tooLong = translatedPageSizeProblem(file, text);
  const parsed = parseContent(file, text);
  if ('problems' in parsed) return { problems: tooLong ? [tooLong, ...parsed.problems] : parsed.problems };
  const { data, lineOf, body, bodyLine } = parsed.parsed;
  const result = translationSchema.safeParse(data, { reportInput: true });
  const expected = translatedPages[slug].translationOf;
  // The frontmatter's own errors, reported with any refusal of the body (every error at once, outside tester, session 19).
  const fieldProblems = result.success ? folderProblems(result.data, lang, slug, expected, file, lineOf) : issuesToProblems(result.error.issues, file, lineOf, knownFields(translationSchema));
  // Warnings only: the page is published with them (a " #" that cuts a value short, as in every frontmatter).
  const warnings = commentCutWarnings(file, parsed.parsed.frontmatter);
  // A run too long for markdown-it to read in linear time: refused before any parse, as on every other page (../content/long-runs.ts).
  const refusal = tooLong ?? longRunProblem(file, body, bodyLine);
  if (refusal) return { problems: [refusal, ...fieldProblems, ...warnings] };
  // Parsed once for the link rules and the shelter guard (as src/content/load.ts does): three parses before.
  const parsedBody = parseBody(body);
  const problems = [...checkBody(file, body, bodyLine, parsedBody), ...translatedPageProblems(parsed.parsed, parsedBody), ...fieldProblems];
  if (problems.length || !result.success) return { problems: [...problems, ...warnings] };
  return { problems: warnings, page: { lang, slug, url: translatedUrl(lang, slug), translationOf: expected, file, data: result.data, body } };
}

/** A valid frontmatter in the wrong folder or for the wrong German page. */
function folderProblems(data: TranslationData, lang: LangCode, slug: TranslatedSlug, expected: string, file: string, lineOf: (path: readonly PropertyKey[]) => number): Problem[] {
  const problems: Problem[] = [];
  if (data.lang !== lang) {
    problems.push({
      severity: 'error',
      file,
      line: lineOf(['lang']),
      field: 'lang',
      message: `Die Sprache „${data.lang}“ passt nicht zum Ordner „${lang}“.`,
      suggestion: `lang: ${lang} eintragen oder die Datei in den Ordner ${data.lang}/ verschieben`,
      rule: 'lang-folder-mismatch',
    });
  }
  if (data.translation_of !== expected) {
    problems.push({
      severity: 'error',
      file,
      line: lineOf(['translation_of']),
      field: 'translation_of',
      message: `${slug}.md übersetzt die deutsche Seite ${expected}, nicht ${data.translation_of}.`,
      suggestion: `translation_of: ${expected} eintragen`,
      rule: 'translation-of-mismatch',
    });
  }
  return problems;
}
