/**
 * The one reader of the vocabularies (content/vocabularies/regions.yml, topics.yml): validation
 * (./load.ts, `loadVocabularies`, every problem with file and line) and the JSON Schemas and the
 * web editor (`readVocabularies`, read before and without a full validation) both parse a list
 * with `parseVocabulary`.
 */
import path from 'node:path';
import { z } from 'zod';
import { regionSchema, topicSchema, type Region, type Topic } from '../schema/vocabulary.ts';
import type { Vocabularies } from '../schema/json-schema.ts';
import { computeNow, type CheckMemo } from './check-memo.ts';
import { decode, fileProblem } from './parse.ts';
import { siteTextProblems } from './shelter-guard.ts';
import { formatPath, type Problem } from './problems.ts';
import { entryRefusal, listContentFolder, readContentFile } from './source-files.ts';
import { issuesToProblems } from './validate.ts';
import { readYaml } from './yaml.ts';
import { commentCutWarnings, scalarSource } from './yaml-surprises.ts';

/** The two lists in content/vocabularies/. */
export const VOCABULARY_FILES = ['regions.yml', 'topics.yml'];

/** One list as read: the valid items, the problems, and the ids its broken items may have meant. */
export interface VocabularyList<T> {
  items: T[];
  problems: Problem[];
  /**
   * The ids broken entries may have meant (compared by `idKey`), or `all` for a broken list, a
   * duplicate or a broken entry without a readable id: their own error says so, references to
   * them are not errors again (`mayBeBroken`). Plain data, so the list can be kept between runs.
   */
  broken: { all: boolean; ids: string[] };
}

/** True for an id a broken entry (or a broken list) of `list` may have held. */
export function mayBeBroken(list: Pick<VocabularyList<unknown>, 'broken'>, id: string): boolean {
  return list.broken.all || list.broken.ids.includes(idKey(id));
}

/**
 * Parses the text of one list (`file` as shown to editors) item by item: one broken entry must
 * not take the whole list (and every reference) with it. Problems: YAML errors (`yaml`), not a
 * list (`vocabulary`), an item against `schema` (its rules, field `[i].field`), a second item
 * with the same id (`duplicate-id`). Never throws.
 */
/**
 * A quoted value whose closing quote is missing runs on over the next lines: YAML folds them into
 * it, so its text holds the next field's "name: ". The field and the swallowed name, or undefined.
 */
function unclosedQuote(raw: unknown, fields: readonly string[]): [string, string] | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value !== 'string') continue;
    const next = fields.find((field) => field !== key && value.includes(` ${field}: `));
    if (next) return [key, next];
  }
  return undefined;
}

/** Fields of a vocabulary entry that are codes, not text shown to readers. */
const CODE_FIELDS = new Set(['id', 'ags', 'kind']);

export function parseVocabulary<T extends { id: string }>(text: string, file: string, schema: z.ZodType<T>): VocabularyList<T> {
  const yaml = readYaml(text);
  if (yaml.errors.length) {
    return { items: [], problems: yaml.errors.map((error) => ({ severity: 'error', file, line: error.line, field: '', message: error.message, rule: 'yaml' })), broken: { all: true, ids: [] } };
  }
  if (!Array.isArray(yaml.value)) {
    return { items: [], problems: [fileProblem(file, 'Die Datei ist keine Liste (jeder Eintrag beginnt mit „- id: …“).', 'das Format der vorhandenen Einträge übernehmen', 'vocabulary')], broken: { all: true, ids: [] } };
  }
  // A " #" in a label cuts the rest off as a comment, as in frontmatter (outside tester, session 18).
  const problems: Problem[] = commentCutWarnings(file, text);
  // The ids broken entries may have meant, as references spell them ("Wohnungsverweisung" is meant
  // by "wohnungsverweisung"); a broken entry without a readable id ("idd: …") may have meant any.
  const brokenIds = new Set<string>();
  let brokenWithoutId = false;
  // Only an id written as ids are (letters a–z, digits, hyphens) says which it meant: "12" or
  // "wohnungsverweisüng" may stand for any (outside tester, session 17).
  const noteBroken = (raw: unknown) => {
    const id = (raw as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && /^[a-z0-9]+(?:[-_ ]+[a-z0-9]+)*$/.test(id.trim().toLowerCase())) brokenIds.add(idKey(id));
    else brokenWithoutId = true;
  };
  const fields = Object.keys((schema as unknown as { shape: object }).shape);
  const items: T[] = [];
  const seen = new Map<string, number>();
  let duplicated = false;
  yaml.value.forEach((raw: unknown, i: number) => {
    const swallowed = unclosedQuote(raw, fields);
    if (swallowed) {
      const [key, next] = swallowed;
      problems.push({
        severity: 'error',
        file,
        line: yaml.lineOf([i, key]),
        field: formatPath([i, key]),
        message: `Das Anführungszeichen nach „${key}:“ wird nicht geschlossen: das Feld „${next}“ darunter wird als Teil des Textes gelesen.`,
        suggestion: 'den Text mit einem Anführungszeichen beenden (label: "…")',
        rule: 'unclosed-quote',
      });
      noteBroken(raw);
      return;
    }
    const result = schema.safeParse(raw, { reportInput: true });
    if (!result.success) {
      const lineOf = (itemPath: readonly PropertyKey[]) => yaml.lineOf([i, ...itemPath]);
      problems.push(...issuesToProblems(result.error.issues, file, lineOf, fields, (itemPath) => scalarSource(text, [i, ...itemPath])).map((p) => ({ ...p, field: formatPath([i, ...fieldPath(p.field)]) })));
      noteBroken(raw);
      return;
    }
    const first = seen.get(result.data.id);
    if (first !== undefined) {
      problems.push({
        severity: 'error',
        file,
        line: yaml.lineOf([i, 'id']),
        field: formatPath([i, 'id']),
        message: `Die Kennung „${result.data.id}“ steht doppelt (zuerst in Zeile ${yaml.lineOf([first, 'id'])}).`,
        suggestion: 'diesem Eintrag seine eigene Kennung geben (meist die, die er vorher hatte) oder ihn löschen; Verweise auf Kennungen, die in dieser Liste fehlen, werden erst danach wieder geprüft',
        rule: 'duplicate-id',
      });
      duplicated = true;
      return;
    }
    seen.set(result.data.id, i);
    items.push(result.data);
    // Labels and descriptions are shown on many pages: no address in them (ids and codes such as the AGS are no text).
    const texts = Object.fromEntries(Object.entries(result.data).filter(([key, value]) => typeof value === 'string' && !CODE_FIELDS.has(key)));
    const at: unknown[] = [];
    at[i] = texts;
    problems.push(...siteTextProblems(file, at, (path) => yaml.lineOf(path), 'Texte der Themen und Regionen'));
  });
  // A duplicate is usually an entry whose id was overwritten: the id it had is missing now, and its
  // references in other files would each be "unknown". Its one error here says it all (as for a broken list).
  return { items, problems, broken: { all: duplicated || brokenWithoutId, ids: [...brokenIds] } };
}

/** An id as compared with the ids broken entries may have meant: lower case, letters and digits only (session 17). */
function idKey(id: string): string {
  return id.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** What loadVocabularies needs from load.ts: reading and listing with its refusals, paths as shown. */
export interface VocabularyIo {
  /** Text of a file, or undefined (the problem is already reported). */
  readText(abs: string): string | undefined;
  /** Entries of a folder (refused and hidden ones already reported and left out). */
  listDir(abs: string): { name: string; kind: string }[];
  displayPath(abs: string): string;
}

/**
 * Both lists for validation: unknown files in the folder are warnings, a missing list or entry
 * an error, regions.yml must hold „niedersachsen“ (statewide). Every problem goes to `problems`.
 * `memo`: a list unchanged since an earlier run is taken from it (./kept-outcomes.ts).
 */
export function loadVocabularies(
  root: string,
  io: VocabularyIo,
  problems: Problem[],
  memo: CheckMemo = computeNow,
): { regions: Region[]; topics: Topic[]; reportedElsewhere: { regions(id: string): boolean; topics(id: string): boolean } } {
  const dir = path.join(root, 'vocabularies');
  const listed = listContentFolder(dir);
  // A linked folder or file is reported once, where it is listed; nothing is read through it.
  const folderRefused = 'refusal' in listed;
  const present = new Set<string>();
  for (const entry of io.listDir(dir)) {
    if (entry.kind === 'file' && VOCABULARY_FILES.includes(entry.name)) {
      present.add(entry.name);
      continue;
    }
    problems.push({
      ...fileProblem(io.displayPath(path.join(dir, entry.name)), `${entry.kind === 'folder' ? 'Der Ordner' : 'Die Datei'} wird nicht gelesen: in content/vocabularies/ gehören nur ${VOCABULARY_FILES.join(' und ')}.`, 'die Datei löschen oder ihren Inhalt in regions.yml bzw. topics.yml übernehmen', 'unknown-vocabulary-file'),
      severity: 'warning',
    });
  }
  const read = <T extends { id: string }>(name: string, schema: z.ZodType<T>): VocabularyList<T> => {
    const abs = path.join(dir, name);
    const file = io.displayPath(abs);
    const unread = { items: [], problems: [], broken: { all: true, ids: [] } };
    if (!present.has(name)) {
      const refused = folderRefused || ('entries' in listed && listed.entries.some((entry) => entry.name === name && entryRefusal(entry)));
      if (!refused) problems.push(fileProblem(file, 'Die Datei fehlt.', `die Liste content/vocabularies/${name} anlegen`, 'missing-vocabulary'));
      return unread;
    }
    const text = io.readText(abs);
    if (text === undefined) return unread;
    const list = memo(['vocabulary', name, file, text], () => parseVocabulary(text, file, schema));
    problems.push(...list.problems);
    return list;
  };
  const regions = read('regions.yml', regionSchema);
  const topics = read('topics.yml', topicSchema);
  if (regions.items.length && !regions.items.some((region) => region.id === 'niedersachsen')) {
    problems.push(fileProblem(io.displayPath(path.join(dir, 'regions.yml')), 'Die Region „niedersachsen“ (landesweit) fehlt.', 'den Eintrag ergänzen', 'missing-statewide'));
  }
  return { regions: regions.items, topics: topics.items, reportedElsewhere: { regions: (id) => mayBeBroken(regions, id), topics: (id) => mayBeBroken(topics, id) } };
}

/**
 * The region and topic ids and labels for the JSON Schemas and the web editor, read through the
 * content gate (a linked folder or list is refused like in validation) and parsed as validation
 * does. Throws VocabularyError (German, with the file) when a list is refused, missing or has
 * any error.
 */
export function readVocabularies(contentDir: string): Vocabularies {
  const read = <T extends { id: string; label: string }>(name: string, schema: z.ZodType<T>): T[] => {
    const file = path.join(contentDir, 'vocabularies', name);
    const folder = [contentDir, path.dirname(file)].map(listContentFolder).find((listed) => !('entries' in listed));
    const read = folder ?? readContentFile(file);
    if ('refusal' in read) throw new VocabularyError(`${file}: ${read.refusal.message}`);
    if (!('bytes' in read)) throw new VocabularyError(`${file} fehlt – die JSON-Schemas brauchen die Liste der Kennungen.`);
    const decoded = decode(file, read.bytes);
    const list = 'text' in decoded ? parseVocabulary(decoded.text, file, schema) : undefined;
    if (!list || list.problems.some((problem) => problem.severity === 'error')) throw new VocabularyError(`${file} enthält Fehler – bitte zuerst „npm run validate“ ausführen und die Fehler beheben.`);
    return list.items;
  };
  return { regions: read('regions.yml', regionSchema), topics: read('topics.yml', topicSchema) };
}

export class VocabularyError extends Error {}

/** "address.street" or "regions[0]" back to a path. */
function fieldPath(field: string): PropertyKey[] {
  return field ? field.split(/\.|\[(\d+)\]/).filter((part) => part !== undefined && part !== '').map((part) => (/^\d+$/.test(part) ? Number(part) : part)) : [];
}
