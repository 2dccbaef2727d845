/**
 * Reads the content folder once: every file parsed, validated and resolved into the graph.
 * Never throws for bad content: every problem comes back at once, with file and line.
 */
import path from 'node:path';
import { z } from 'zod';
import { contentTypes, regionSchema, topicSchema, type ContentType, type EntryType, type Region, type Topic } from '../schema/index.ts';
import { SLUG_PATTERN } from '../schema/fields.ts';
import { checkBody } from './body-check.ts';
import { parseBody } from './body-tokens.ts';
import { today as currentDay, withToday } from '../schema/clock.ts';
import type { ContentGraph, Page } from './graph.ts';
import { decode, fileProblem, parseContent } from './parse.ts';
import { byFileAndLine, formatPath, type Problem } from './problems.ts';
import { contentWarnings, resolveGraph, type InvalidRecord, type ValidRecord } from './resolve.ts';
import { linkedShelterWarnings, shelterProblems } from './shelter-guard.ts';
import { issuesToProblems, validateData } from './validate.ts';
import { lazyLineOf, readYaml } from './yaml.ts';
import { checkContentFile, entryRefusal, listContentFolder, MATERIAL_LIMIT, readContentFile, TEXT_LIMIT, type FolderEntry, type Refusal } from './source-files.ts';
import { commentCutWarnings, scalarSource } from './yaml-surprises.ts';
import { reservedAddress } from '../site/reserved.ts';
import { loadTranslations } from '../i18n/load-translations.ts';

export interface LoadOptions {
  /** Content folder; default $CONTENT_DIR or ./content */
  dir?: string;
  /** Keep drafts in the graph (local preview); `npm run build` never does. */
  includeDrafts?: boolean;
  /** YYYY-MM-DD; default today in Germany or $CONTENT_TODAY. */
  today?: string;
  /** Kept between loads (the preview): unchanged files are not parsed and validated again. */
  cache?: LoadCache;
}

/** Per-file results of earlier loads, and which files the latest load had to check anew. */
export interface LoadCache {
  today?: string;
  files: Map<string, { text: string; outcome: FileOutcome }>;
  /** Files (as reported) that were new, changed or deleted in the latest load. */
  changed: Set<string>;
  /**
   * Absolute paths changed since the last load, when a file watcher knows them (the preview):
   * a cached file not named here is not read again. Undefined: every file is read and compared.
   */
  dirty?: Set<string>;
}

export function createLoadCache(): LoadCache {
  return { files: new Map(), changed: new Set() };
}

export interface LoadResult {
  graph: ContentGraph;
  /** Errors and warnings, sorted by file and line. */
  problems: Problem[];
  errorCount: number;
  warningCount: number;
  filesChecked: number;
}

export function contentDir(dir?: string): string {
  return path.resolve(dir ?? process.env.CONTENT_DIR ?? 'content');
}

/** A path as editors see it: relative to the project when inside it. */
function displayPath(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return (rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel).split(path.sep).join('/');
}

/** Notes for whoever browses the folder on GitHub, and Git's placeholder for an empty folder. */
const NOT_CONTENT = new Set(['README.md', '.gitkeep']);

/** The two lists in content/vocabularies/. */
const VOCABULARY_FILES = ['regions.yml', 'topics.yml'];

export function loadContent(options: LoadOptions = {}): LoadResult {
  const today = options.today ?? currentDay();
  // Every date rule of this run (future dates, years, staleness) uses the same "today".
  return withToday(today, () => load(options, today));
}

function load(options: LoadOptions, today: string): LoadResult {
  const root = contentDir(options.dir);
  const problems: Problem[] = [];
  let filesChecked = 0;

  const refuse = (abs: string, refusal: Refusal) => problems.push(fileProblem(displayPath(abs), refusal.message, refusal.suggestion, refusal.rule));
  /**
   * A content folder's entries (./source-files.ts: links and devices are refused, never
   * followed). Hidden entries are not content: a warning says so instead of skipping them silently.
   */
  const listDir = (dir: string): FolderEntry[] => {
    const listed = listContentFolder(dir);
    if ('missing' in listed) return [];
    if ('refusal' in listed) {
      // A link or device in its place was reported by the listing of the folder above.
      if (listed.refusal.rule !== 'symlink' && listed.refusal.rule !== 'not-regular') refuse(dir, listed.refusal);
      return [];
    }
    return listed.entries.filter((entry) => {
      if (NOT_CONTENT.has(entry.name)) return false;
      const abs = path.join(dir, entry.name);
      const refusal = entryRefusal(entry);
      if (refusal) {
        refuse(abs, refusal);
        return false;
      }
      if (entry.name.startsWith('.')) {
        const what = entry.kind === 'folder' ? 'Der Ordner' : 'Die Datei';
        problems.push({
          ...fileProblem(displayPath(abs), `${what} wird nicht gelesen und nicht veröffentlicht, weil der Name mit einem Punkt beginnt (versteckt).`, 'zum Veröffentlichen den Punkt am Anfang entfernen (einen Entwurf mit „draft: true“ kennzeichnen); sonst löschen', 'hidden-file'),
          severity: 'warning',
        });
        return false;
      }
      return true;
    });
  };
  const readText = (abs: string, limit = TEXT_LIMIT): string | undefined => {
    filesChecked++;
    const read = readContentFile(abs, limit);
    if ('missing' in read) {
      problems.push(fileProblem(displayPath(abs), 'Die Datei kann nicht gelesen werden.', 'Dateirechte prüfen', 'unreadable'));
      return undefined;
    }
    if ('refusal' in read) {
      refuse(abs, read.refusal);
      return undefined;
    }
    const decoded = decode(displayPath(abs), read.bytes);
    if ('problem' in decoded) {
      problems.push(decoded.problem);
      return undefined;
    }
    return decoded.text;
  };

  const rootEntries = listContentFolder(root);
  if ('refusal' in rootEntries && rootEntries.refusal.rule === 'symlink') {
    refuse(root, { ...rootEntries.refusal, message: 'Der Inhaltsordner ist ein symbolischer Link; Links werden nicht gelesen, damit nichts von außerhalb veröffentlicht wird.', suggestion: 'CONTENT_DIR oder --dir auf den echten Ordner richten' });
  }
  if (!('entries' in rootEntries) || !rootEntries.entries.some((entry) => !NOT_CONTENT.has(entry.name) && !entry.name.startsWith('.'))) {
    // One cause, one message: no further "missing vocabulary" noise.
    if (!problems.length) problems.push(fileProblem(displayPath(root), 'Der Inhaltsordner ist leer oder nicht vorhanden.', 'CONTENT_DIR oder --dir prüfen', 'no-content'));
    const { graph } = resolveGraph({ records: [], invalid: [], pages: [], regions: [], topics: [], materialFiles: new Map(), materialFilesDir: '', materialFilesPath: '', includeDrafts: false, today });
    return { graph, problems, errorCount: 1, warningCount: 0, filesChecked };
  }

  // Folder layout: only known folders, only Markdown files with valid slugs.
  const known = new Set<string>([...Object.keys(contentTypes), 'vocabularies', 'translations']);
  for (const entry of listDir(root)) {
    if (!known.has(entry.name)) {
      const abs = path.join(root, entry.name);
      problems.push(
        fileProblem(displayPath(abs), entry.kind === 'folder' ? 'Der Ordner ist unbekannt.' : 'Die Datei liegt außerhalb der Inhaltsordner.', `Einträge gehören in einen der Ordner: ${[...known].join(', ')}`, 'unknown-folder'),
      );
    }
  }

  const vocabularyDir = path.join(root, 'vocabularies');
  const vocabularyListed = listContentFolder(vocabularyDir);
  // A linked folder or file is reported once, where it is listed; nothing is read through it.
  const vocabularyRefused = 'refusal' in vocabularyListed;
  const vocabularyFiles = new Set<string>();
  for (const entry of listDir(vocabularyDir)) {
    if (entry.kind === 'file' && VOCABULARY_FILES.includes(entry.name)) {
      vocabularyFiles.add(entry.name);
      continue;
    }
    problems.push({
      ...fileProblem(displayPath(path.join(vocabularyDir, entry.name)), `${entry.kind === 'folder' ? 'Der Ordner' : 'Die Datei'} wird nicht gelesen: in content/vocabularies/ gehören nur ${VOCABULARY_FILES.join(' und ')}.`, 'die Datei löschen oder ihren Inhalt in regions.yml bzw. topics.yml übernehmen', 'unknown-vocabulary-file'),
      severity: 'warning',
    });
  }

  // A vocabulary that is broken reports its own error; references to what it would have held are not errors again.
  const vocabularyGaps: Record<string, (id: string) => boolean> = {};
  const vocab = <T extends { id: string }>(name: string, schema: z.ZodType<T>): T[] => {
    const abs = path.join(vocabularyDir, name);
    const file = displayPath(abs);
    vocabularyGaps[name] = () => true;
    if (!vocabularyFiles.has(name)) {
      const refused = vocabularyRefused || ('entries' in vocabularyListed && vocabularyListed.entries.some((entry) => entry.name === name && entryRefusal(entry)));
      if (!refused) problems.push(fileProblem(file, 'Die Datei fehlt.', `die Liste content/vocabularies/${name} anlegen`, 'missing-vocabulary'));
      return [];
    }
    const text = readText(abs);
    if (text === undefined) return [];
    const yaml = readYaml(text);
    if (yaml.errors.length) {
      for (const error of yaml.errors) problems.push({ severity: 'error', file, line: error.line, field: '', message: error.message, rule: 'yaml' });
      return [];
    }
    if (!Array.isArray(yaml.value)) {
      problems.push(fileProblem(file, 'Die Datei ist keine Liste (jeder Eintrag beginnt mit „- id: …“).', 'das Format der vorhandenen Einträge übernehmen', 'vocabulary'));
      return [];
    }
    const brokenIds = new Set<string>();
    vocabularyGaps[name] = (id) => brokenIds.has(id);
    // Item by item: one broken entry must not take the whole list (and every reference) with it.
    const fields = Object.keys((schema as unknown as { shape: object }).shape);
    const items: T[] = [];
    const seen = new Set<string>();
    yaml.value.forEach((raw: unknown, i: number) => {
      const result = schema.safeParse(raw, { reportInput: true });
      if (!result.success) {
        const lineOf = (itemPath: readonly PropertyKey[]) => yaml.lineOf([i, ...itemPath]);
        problems.push(...issuesToProblems(result.error.issues, file, lineOf, fields, (itemPath) => scalarSource(text, [i, ...itemPath])).map((p) => ({ ...p, field: formatPath([i, ...fieldPath(p.field)]) })));
        const id = (raw as { id?: unknown } | null)?.id;
        if (typeof id === 'string') brokenIds.add(id);
        return;
      }
      if (seen.has(result.data.id)) {
        problems.push({ severity: 'error', file, line: yaml.lineOf([i, 'id']), field: formatPath([i, 'id']), message: `Die Kennung „${result.data.id}“ steht doppelt.`, rule: 'duplicate-id' });
        return;
      }
      seen.add(result.data.id);
      items.push(result.data);
    });
    return items;
  };
  const regions: Region[] = vocab('regions.yml', regionSchema);
  const topics: Topic[] = vocab('topics.yml', topicSchema);
  if (regions.length && !regions.some((region) => region.id === 'niedersachsen')) {
    problems.push(fileProblem(displayPath(path.join(root, 'vocabularies', 'regions.yml')), 'Die Region „niedersachsen“ (landesweit) fehlt.', 'den Eintrag ergänzen', 'missing-statewide'));
  }

  const filesDir = path.join(root, 'materials', 'files');
  const materialFiles = new Map<string, number>();
  /** Files there that were refused: reported once, not again as "missing" by the entry naming them. */
  const refusedFiles = new Set<string>();
  const materialsListed = listContentFolder(path.join(root, 'materials'));
  const materialsReadable = 'entries' in materialsListed;
  const beforeFiles = problems.length;
  for (const entry of materialsReadable ? listDir(filesDir) : []) {
    const abs = path.join(filesDir, entry.name);
    const checked = entry.kind === 'file' ? checkContentFile(abs, MATERIAL_LIMIT) : undefined;
    if (checked && 'size' in checked) materialFiles.set(entry.name, checked.size);
    else if (checked && 'refusal' in checked) refuse(abs, checked.refusal);
    else if (entry.kind === 'folder') problems.push(fileProblem(displayPath(abs), 'Unterordner sind hier nicht vorgesehen.', 'die Datei direkt in content/materials/files/ ablegen', 'subfolder'));
  }
  for (const problem of problems.slice(beforeFiles)) refusedFiles.add(path.basename(problem.file));
  if (materialsReadable && 'refusal' in listContentFolder(filesDir)) refusedFiles.add('*');

  const records: ValidRecord[] = [];
  const invalid: InvalidRecord[] = [];
  const pages: Page[] = [];
  const cache = options.cache;
  if (cache) {
    // Date rules (future dates, staleness) depend on the day: a new day checks everything again.
    if (cache.today !== today) cache.files.clear();
    cache.today = today;
    cache.changed.clear();
  }
  const seen = new Set<string>();
  for (const type of Object.keys(contentTypes) as ContentType[]) {
    const dir = path.join(root, type);
    for (const entry of listDir(dir)) {
      const abs = path.join(dir, entry.name);
      const file = displayPath(abs);
      if (entry.kind === 'folder') {
        if (!(type === 'materials' && entry.name === 'files')) problems.push(fileProblem(file, 'Unterordner sind hier nicht vorgesehen.', `die Datei direkt in content/${type}/ ablegen`, 'subfolder'));
        continue;
      }
      if (!entry.name.endsWith('.md')) {
        problems.push(fileProblem(file, 'Die Datei ist keine Markdown-Datei (.md).', type === 'materials' ? 'Dokumente gehören nach content/materials/files/' : 'die Datei mit der Endung .md speichern', 'not-markdown'));
        continue;
      }
      const slug = entry.name.slice(0, -3);
      if (!SLUG_PATTERN.test(slug)) {
        const fixed = slug
          .toLowerCase()
          .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '');
        problems.push(fileProblem(file, `Der Dateiname „${entry.name}“ ist ungültig.`, `nur Kleinbuchstaben, Ziffern und Bindestriche, Umlaute ausgeschrieben: ${fixed || 'neuer-name'}.md`, 'slug'));
        continue;
      }
      const cached = cache?.files.get(abs);
      // The preview names the files its watcher saw change: the others are taken from the cache unread.
      const text = cached && cache?.dirty && !cache.dirty.has(abs) ? cached.text : readText(abs);
      if (text === undefined) continue;
      seen.add(abs);
      let outcome: FileOutcome;
      if (cached && cached.text === text) {
        outcome = cached.outcome;
      } else {
        outcome = checkFile(type, slug, file, text);
        cache?.files.set(abs, { text, outcome });
        cache?.changed.add(file);
      }
      problems.push(...outcome.problems);
      if (outcome.record) records.push(outcome.record);
      if (outcome.invalid) invalid.push(outcome.invalid);
      if (outcome.page) pages.push(outcome.page);
    }
  }

  if (cache) {
    for (const abs of cache.files.keys()) {
      if (seen.has(abs)) continue;
      cache.files.delete(abs);
      cache.changed.add(displayPath(abs));
    }
  }

  const { graph, problems: referenceProblems } = resolveGraph({
    records,
    invalid,
    pages,
    regions,
    topics,
    materialFiles,
    materialFilesDir: displayPath(filesDir),
    materialFilesPath: filesDir,
    includeDrafts: options.includeDrafts ?? false,
    today,
    reportedElsewhere: { regions: vocabularyGaps['regions.yml']!, topics: vocabularyGaps['topics.yml']! },
  });
  problems.push(...referenceProblems, ...contentWarnings(records, today), ...linkedShelterWarnings(records));
  // Translated core help (issue #19, src/i18n/): its own folder, its own small loader.
  const translated = loadTranslations(root, { readText, listDir, displayPath });
  graph.translations = translated.translations;
  problems.push(...translated.problems);
  const deduped = withoutShadowedFormatErrors(problems)
    .filter((p) => p.rule !== 'missing-file' || ![...refusedFiles].some((name) => name === '*' || p.message.includes(`„${name}“`)))
    .sort(byFileAndLine);
  const errorCount = deduped.filter((p) => p.severity === 'error').length;
  return { graph, problems: deduped, errorCount, warningCount: deduped.length - errorCount, filesChecked };
}

/** What one content file contributes: its problems, and the record or page it yields. */
interface FileOutcome {
  problems: Problem[];
  record?: ValidRecord;
  invalid?: InvalidRecord;
  page?: Page;
}

/** Parses and validates one file on its own (references are checked later, across files). */
function checkFile(type: ContentType, slug: string, file: string, text: string): FileOutcome {
  const parsed = parseContent(file, text);
  if ('problems' in parsed) {
    return { problems: parsed.problems };
  }
  const validated = validateData(type, parsed.parsed);
  // The body is parsed once for the link rules and the shelter guard (1 MB of `[1` costs ~1.5 s a parse).
  const parsedBody = parseBody(parsed.parsed.body);
  const bodyProblems = checkBody(parsed.parsed.file, parsed.parsed.body, parsed.parsed.bodyLine, parsedBody);
  const shelter = shelterProblems(type, slug, parsed.parsed, parsedBody);
  const warnings = shelter.filter((p) => p.severity === 'warning');
  bodyProblems.push(...shelter.filter((p) => p.severity === 'error'));
  bodyProblems.push(...reservedAddressProblems(type, slug, file));
  warnings.push(...commentCutWarnings(file, parsed.parsed.frontmatter));
  if ('problems' in validated || bodyProblems.length) {
    const all = 'problems' in validated ? [...bodyProblems, ...validated.problems, ...warnings] : [...bodyProblems, ...warnings];
    return type === 'pages' ? { problems: all } : { problems: all, invalid: { type: type as EntryType, slug, file, data: parsed.parsed.data, lineOf: parsed.parsed.lineOf } };
  }
  if (type === 'pages') return { problems: warnings, page: { type: 'pages', slug, url: `/${slug}/`, file, data: validated.data as Page['data'], body: parsed.parsed.body } };
  const { body, bodyLine, frontmatter } = parsed.parsed;
  return { problems: warnings, record: { type: type as EntryType, slug, file, data: validated.data as ValidRecord['data'], body, bodyLine, lineOf: lazyLineOf(frontmatter) } };
}

/** A file whose address is one the site publishes itself (/suche/, /kontakte/a-z/, /daten/ …). */
function reservedAddressProblems(type: ContentType, slug: string, file: string): Problem[] {
  const url = type === 'pages' ? `/${slug}/` : `${contentTypes[type].path}${slug}/`;
  const taken = reservedAddress(url);
  if (taken === undefined) return [];
  const what = taken === url ? 'eine feste Seite oder einen Ordner' : taken;
  return [fileProblem(file, `Die Adresse ${url} ist reserviert: die Website veröffentlicht dort selbst ${what}; der Dateiname „${slug}.md“ ist hier nicht erlaubt.`, `einen anderen Dateinamen wählen, z. B. ${slug}-info.md`, 'reserved-address')];
}

/**
 * "BISS Göttingen" in a reference list is both badly formed and unknown: keep only the message
 * about the unknown id, which carries the "did you mean".
 */
function withoutShadowedFormatErrors(problems: Problem[]): Problem[] {
  const resolved = new Set(problems.filter((p) => p.rule.startsWith('unknown-')).map((p) => `${p.file}\u0000${p.field}`));
  return problems.filter((p) => p.rule !== 'invalid_format' || !resolved.has(`${p.file}\u0000${p.field}`));
}

/** "address.street" or "regions[0]" back to a path. */
function fieldPath(field: string): PropertyKey[] {
  return field ? field.split(/\.|\[(\d+)\]/).filter((part) => part !== undefined && part !== '').map((part) => (/^\d+$/.test(part) ? Number(part) : part)) : [];
}

