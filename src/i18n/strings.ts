/**
 * Interface string tables (content/translations/<lang>/strings.yml): one flat `key: text` table
 * per language, checked against the German reference table (content/translations/de/strings.yml).
 * A missing or extra key, a text identical to the German one (untranslated), a placeholder such
 * as `{region}` missing, added or misspelt: each an error with file and line, in German.
 */
import { siteTextProblems } from '../content/shelter-guard.ts';
import type { Problem } from '../content/problems.ts';
import { readYaml } from '../content/yaml.ts';
import { commentCutWarnings } from '../content/yaml-surprises.ts';
import { INVISIBLE_CONTROL_BUT_JOINERS, invisibleCharacter } from '../schema/fields.ts';

export type Strings = Readonly<Record<string, string>>;

/** `{region}`, `{site}`: the names inside braces, sorted, each once. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{([a-z_]+)\}/g)].map((m) => m[1]!))].sort();
}

/** Braces that are not a well-formed placeholder: `{region`, `{ Region }`, `region}`. */
function brokenBraces(text: string): boolean {
  return /[{}]/.test(text.replace(/\{[a-z_]+\}/g, ''));
}

export interface ReadStrings {
  strings: Record<string, string>;
  lineOf: (key: string) => number;
  problems: Problem[];
}

/** Reads one table: a YAML map of strings. Problems for anything else, with lines. */
export function readStrings(file: string, text: string): ReadStrings {
  const yaml = readYaml(text);
  const problems: Problem[] = [];
  const strings: Record<string, string> = {};
  const lineOf = (key: string) => yaml.lineOf([key]);
  if (yaml.errors.length) {
    for (const error of yaml.errors) problems.push({ severity: 'error', file, line: error.line, field: '', message: error.message, rule: 'yaml' });
    return { strings, lineOf, problems };
  }
  if (yaml.value === null || typeof yaml.value !== 'object' || Array.isArray(yaml.value)) {
    problems.push({
      severity: 'error',
      file,
      line: 1,
      field: '',
      message: 'Die Datei ist keine Tabelle „schlüssel: Text“.',
      suggestion: 'das Format von content/translations/de/strings.yml übernehmen',
      rule: 'strings-format',
    });
    return { strings, lineOf, problems };
  }
  for (const [key, value] of Object.entries(yaml.value as Record<string, unknown>)) {
    if (typeof value !== 'string' || !value.trim()) {
      problems.push({
        severity: 'error',
        file,
        line: lineOf(key),
        field: key,
        message: `„${key}“ muss ein Text sein.`,
        suggestion: 'den übersetzten Text nach dem Doppelpunkt eintragen (bei Sonderzeichen in Anführungszeichen)',
        rule: 'strings-value',
      });
      continue;
    }
    // Shown on every page of the language, often in attributes (aria-label): one line, nothing invisible, a letter (outside tester, session 18).
    const invisible = invisibleCharacter(value.trim(), INVISIBLE_CONTROL_BUT_JOINERS);
    if (invisible || !/\p{L}/u.test(value.replace(/\{[a-z_]+\}/g, ''))) {
      problems.push({
        severity: 'error',
        file,
        line: lineOf(key),
        field: key,
        message: invisible ? `„${key}“ enthält Zeilenumbrüche oder Steuerzeichen (${invisible}).` : `„${key}“ enthält keinen sichtbaren Buchstaben.`,
        suggestion: invisible ? 'das Zeichen löschen (in manchen Editoren unsichtbar: die Stelle neu tippen) und den Text in eine Zeile schreiben' : 'den übersetzten Text eintragen',
        rule: 'strings-value',
      });
      continue;
    }
    strings[key] = value.trim();
  }
  // A " #" cuts the rest of a value off, as in frontmatter.
  problems.push(...commentCutWarnings(file, text));
  // Interface strings are shown on every page of their language: no address in them (tester13, hole 3).
  problems.push(...siteTextProblems(file, strings, (path) => lineOf(String(path[0])), 'Oberflächentexte'));
  return { strings, lineOf, problems };
}

/** Compares a language's table with the German reference table. */
export function checkStrings(file: string, table: ReadStrings, reference: Strings, referenceFile: string): Problem[] {
  const problems: Problem[] = [];
  const error = (key: string, line: number, message: string, suggestion: string, rule: string) => problems.push({ severity: 'error', file, line, field: key, message, suggestion, rule });
  for (const key of Object.keys(table.strings)) {
    if (!(key in reference)) {
      error(key, table.lineOf(key), `Den Schlüssel „${key}“ gibt es in der deutschen Tabelle nicht.`, `die Zeile löschen oder den Schlüssel wie in ${referenceFile} schreiben`, 'strings-extra-key');
    }
  }
  const missing = Object.keys(reference).filter((key) => !(key in table.strings) && !table.problems.some((p) => p.field === key));
  for (const key of missing) {
    error(key, 1, `Der Schlüssel „${key}“ fehlt (deutsch: „${reference[key]}“).`, `eine Zeile „${key}: …“ mit der Übersetzung ergänzen`, 'strings-missing-key');
  }
  for (const [key, value] of Object.entries(table.strings)) {
    const german = reference[key];
    if (german === undefined) continue;
    // Asked only for a problem: a line costs a second, careful reading of the table (src/content/yaml.ts).
    let known: number | undefined;
    const line = () => (known ??= table.lineOf(key));
    // Where a word is the same in both languages (Telefon), the table says it another way (Număr de telefon).
    if (value === german) {
      error(key, line(), `„${key}“ ist nicht übersetzt: der Text ist derselbe wie im Deutschen.`, 'den Text übersetzen', 'strings-untranslated');
    }
    const expected = placeholdersOf(german);
    const found = placeholdersOf(value);
    if (brokenBraces(value)) {
      error(
        key,
        line(),
        `„${key}“ enthält eine kaputte Platzhalter-Klammer.`,
        `Platzhalter genau so schreiben wie im Deutschen: ${expected.map((p) => `{${p}}`).join(', ') || 'hier keine'}`,
        'strings-placeholder',
      );
      continue;
    }
    const lacking = expected.filter((p) => !found.includes(p));
    const unknown = found.filter((p) => !expected.includes(p));
    if (lacking.length)
      error(key, line(), `In „${key}“ fehlt der Platzhalter ${lacking.map((p) => `{${p}}`).join(', ')}.`, 'den Platzhalter unverändert (nicht übersetzt) in den Text setzen', 'strings-placeholder');
    if (unknown.length)
      error(
        key,
        line(),
        `„${key}“ enthält den unbekannten Platzhalter ${unknown.map((p) => `{${p}}`).join(', ')}.`,
        `nur diese Platzhalter verwenden: ${expected.map((p) => `{${p}}`).join(', ') || 'keine'}`,
        'strings-placeholder',
      );
  }
  return problems;
}

/** A text with its placeholders filled in; unknown placeholders stay as written. */
export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{([a-z_]+)\}/g, (whole, name: string) => values[name] ?? whole);
}
