/**
 * Reads the content folder once: every file parsed, validated and resolved into the graph.
 * Never throws for bad content: every problem comes back at once, with file and line.
 */
import path from 'node:path';
import { contentTypes, type ContentType, type EntryType } from '../schema/index.ts';
import { SLUG_PATTERN } from '../schema/fields.ts';
import { checkBody } from './body-check.ts';
import { parseBody } from './body-tokens.ts';
import { longRunProblem } from './long-runs.ts';
import { shelterEntrySizeProblem } from './guarded-size.ts';
import { today as currentDay, withToday } from '../schema/clock.ts';
import type { ContentGraph, Page } from './graph.ts';
import { fileProblem, parseContent } from './parse.ts';
import { byFileAndLine, type Problem } from './problems.ts';
import { contentWarnings, resolveGraph, type InvalidRecord, type ResolveInput, type ValidRecord } from './resolve.ts';
import { linkedShelterWarnings, shelterProblems } from './shelter-guard.ts';
import { cachedLinkedShelterWarnings, createLinkedShelterCache, type LinkedShelterCache } from './linked-shelter-cache.ts';
import { resolvedGraph } from './graph-update.ts';
import { stateKey, updateLoad, type FileOutcome, type LoadState } from './load-update.ts';
import { validateData } from './validate.ts';
import { lazyLineOf } from './yaml.ts';
import { checkContentFile, listContentFolder, MATERIAL_LIMIT, type FolderEntry } from './source-files.ts';
import { commentCutWarnings } from './yaml-surprises.ts';
import { reservedAddressProblems } from './reserved-address.ts';
import { loadTranslations } from '../i18n/load-translations.ts';
import { contentReader, NOT_CONTENT, type ContentReader } from './content-reader.ts';
import { TEXT_DOWNLOAD_FORMATS, TEXT_DOWNLOAD_LIMIT, textDownloadProblems } from './text-downloads.ts';
import { loadVocabularies } from './vocabularies.ts';
import { germanSlug } from '../text/slug.ts';
import { contentDir } from './content-dir.ts';
import { portableOutcome, revivedOutcome, type FileChecks, type PortableOutcome } from './file-checks.ts';
import type { KeptOutcomes } from './kept-outcomes.ts';
import type { CheckMemo } from './check-memo.ts';

export { contentDir };

export interface LoadOptions {
  /** Content folder; default $CONTENT_DIR or ./content */
  dir?: string;
  /** Keep drafts in the graph (local preview); `npm run build` never does. */
  includeDrafts?: boolean;
  /** YYYY-MM-DD; default today in Germany or $CONTENT_TODAY. */
  today?: string;
  /** Kept between loads (the preview): unchanged files are not parsed and validated again. */
  cache?: LoadCache;
  /**
   * Addresses the site publishes itself, whatever the content (src/site/reserved.ts
   * `reservedUrls()`, passed in by the outputs, which know the pages): a content file on one of
   * them is an error on that file. Default none.
   */
  reserved?: readonly string[];
  /**
   * Another thread that checks the largest files meanwhile (./check-pool.ts `startFileChecks`;
   * `npm run validate` on large content). Same result; not used together with `cache`.
   */
  checks?: FileChecks;
  /**
   * Outcomes kept from earlier runs (./kept-outcomes.ts; `npm run validate` only): an unchanged
   * content file or translated page is not checked again. Not used together with `cache`.
   */
  kept?: KeptOutcomes;
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
  /** The latest load in parts, for the preview's fast path (./load-update.ts). */
  state?: LoadState;
  /** The shelter guard's cross-file check per record (./linked-shelter-cache.ts). */
  shelterWarnings?: LinkedShelterCache;
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

export function loadContent(options: LoadOptions = {}): LoadResult {
  const today = options.today ?? currentDay();
  // Every date rule of this run (future dates, years, staleness) uses the same "today".
  return withToday(today, () => load(options, today));
}

/** The steps of one load, in order; each reports its problems into the one list. */
function load(options: LoadOptions, today: string): LoadResult {
  const root = contentDir(options.dir);
  const cache = options.cache;
  const key = stateKey(root, today, options.includeDrafts ?? false, options.reserved ?? []);
  // The preview after edits to existing entries: only those are read and linked in again.
  const updated = cache?.dirty && updateLoad(cache, cache.dirty, root, key, today, (type, slug, file, text) => checkFile(type, slug, file, text, options.reserved ?? []), (records) => shelterWarnings(records, cache));
  if (updated) {
    const reported = finalProblems(updated.problems, updated.refused);
    const errorCount = reported.filter((p) => p.severity === 'error').length;
    return { graph: updated.graph, problems: reported, errorCount, warningCount: reported.length - errorCount, filesChecked: updated.filesChecked };
  }
  if (cache) cache.state = undefined;
  const problems: Problem[] = [];
  const io = contentReader(problems);
  if (!hasContent(root, io, problems)) {
    const { graph } = resolveGraph({ records: [], invalid: [], pages: [], regions: [], topics: [], materialFiles: new Map(), materialFilesDir: '', materialFilesPath: '', includeDrafts: false, today });
    return { graph, problems, errorCount: 1, warningCount: 0, filesChecked: io.filesChecked() };
  }
  checkFolderLayout(root, io, problems);
  const kept = options.kept && !cache ? options.kept : undefined;
  const memo: CheckMemo | undefined = kept && ((parts, compute) => kept.memo([...parts, today], compute));
  const { regions, topics, reportedElsewhere } = loadVocabularies(root, io, problems, memo);
  const materialFiles = listMaterialFiles(root, io, problems, memo);
  const filesFrom = problems.length;
  const contentFiles = checkContentFiles(root, io, options, today, problems, kept);
  // Translated core help (issue #19, src/i18n/): its own folder, its own small loader; read
  // here, while another thread may still check content files, and reported in its place below.
  const translationProblems: Problem[] = [];
  const translationIo = contentReader(translationProblems);
  const translated = loadTranslations(root, translationIo, memo);
  const { records, invalid, pages, refused: refusedEntries } = contentFiles();
  const filesTo = problems.length;
  const input: ResolveInput = {
    records,
    invalid,
    pages,
    regions,
    topics,
    materialFiles: materialFiles.sizes,
    materialFilesDir: io.displayPath(materialFiles.dir),
    materialFilesPath: materialFiles.dir,
    includeDrafts: options.includeDrafts ?? false,
    today,
    reportedElsewhere,
    refusedEntries,
  };
  const { graph, problems: referenceProblems } = resolveGraph(input);
  problems.push(...referenceProblems, ...contentWarnings(records, today), ...shelterWarnings(records, cache));
  graph.translations = translated.translations;
  problems.push(...translationProblems, ...translated.problems);
  if (cache) {
    const before = problems.slice(0, filesFrom);
    cache.state = { key, resolved: resolvedGraph(input, graph, referenceProblems), before, files: problems.slice(filesFrom, filesTo), translations: translated.problems, refused: materialFiles.refused };
  }
  const reported = finalProblems(problems, materialFiles.refused);
  const errorCount = reported.filter((p) => p.severity === 'error').length;
  return { graph, problems: reported, errorCount, warningCount: reported.length - errorCount, filesChecked: io.filesChecked() + translationIo.filesChecked() };
}

/** False, with one problem (one cause, one message: no "missing vocabulary" noise), when the content folder is missing, empty or a link. */
function hasContent(root: string, io: ContentReader, problems: Problem[]): boolean {
  const rootEntries = listContentFolder(root);
  if ('refusal' in rootEntries && rootEntries.refusal.rule === 'symlink') {
    io.refuse(root, { ...rootEntries.refusal, message: 'Der Inhaltsordner ist ein symbolischer Link; Links werden nicht gelesen, damit nichts von außerhalb veröffentlicht wird.', suggestion: 'CONTENT_DIR oder --dir auf den echten Ordner richten' });
  }
  if ('entries' in rootEntries && rootEntries.entries.some((entry) => !NOT_CONTENT.has(entry.name) && !entry.name.startsWith('.'))) return true;
  if (!problems.length) problems.push(fileProblem(io.displayPath(root), 'Der Inhaltsordner ist leer oder nicht vorhanden.', 'CONTENT_DIR oder --dir prüfen', 'no-content'));
  return false;
}

/** Folder layout: only the known folders at the top. */
function checkFolderLayout(root: string, io: ContentReader, problems: Problem[]): void {
  const known = new Set<string>([...Object.keys(contentTypes), 'vocabularies', 'translations']);
  for (const entry of io.listDir(root)) {
    if (!known.has(entry.name)) {
      const abs = path.join(root, entry.name);
      problems.push(
        fileProblem(io.displayPath(abs), entry.kind === 'folder' ? 'Der Ordner ist unbekannt.' : 'Die Datei liegt außerhalb der Inhaltsordner.', `Einträge gehören in einen der Ordner: ${[...known].join(', ')}`, 'unknown-folder'),
      );
    }
  }
}

/** The downloads in content/materials/files/ (name → bytes), and the names refused there ('*' for the whole folder). */
function listMaterialFiles(root: string, io: ContentReader, problems: Problem[], memo?: CheckMemo): { dir: string; sizes: Map<string, number>; refused: Set<string> } {
  const dir = path.join(root, 'materials', 'files');
  const sizes = new Map<string, number>();
  /** Files there that were refused: reported once, not again as "missing" by the entry naming them. */
  const refused = new Set<string>();
  const materialsReadable = 'entries' in listContentFolder(path.join(root, 'materials'));
  const before = problems.length;
  for (const entry of materialsReadable ? io.listDir(dir) : []) {
    const abs = path.join(dir, entry.name);
    // Texts and lists (CSV, TXT …) are read in full by the shelter guard: TEXT_DOWNLOAD_LIMIT, as CONTRIBUTING.md says (outside tester, session 18: a 24 MB CSV took 30 s and 1.8 GB).
    const limit = TEXT_DOWNLOAD_FORMATS.has(path.extname(entry.name).slice(1).toLowerCase()) ? TEXT_DOWNLOAD_LIMIT : MATERIAL_LIMIT;
    const checked = entry.kind === 'file' ? checkContentFile(abs, limit) : undefined;
    if (checked && 'size' in checked) {
      sizes.set(entry.name, checked.size);
      problems.push(...textDownloadProblems(abs, io.displayPath(abs), memo));
    } else if (checked && 'refusal' in checked) {
      // A download is no entry: it is shortened, split or linked from its publisher's site (outside tester, session 19).
      const download = checked.refusal.rule === 'too-large' && limit === TEXT_DOWNLOAD_LIMIT ? { ...checked.refusal, suggestion: 'die Liste oder den Text kürzen oder auf mehrere Dateien aufteilen, oder auf der Website der Herausgeber bereitstellen und mit „url“ verlinken' } : checked.refusal;
      io.refuse(abs, download);
    } else if (entry.kind === 'folder') problems.push(fileProblem(io.displayPath(abs), 'Unterordner sind hier nicht vorgesehen.', 'die Datei direkt in content/materials/files/ ablegen', 'subfolder'));
  }
  for (const problem of problems.slice(before)) refused.add(path.basename(problem.file));
  if (materialsReadable && 'refusal' in listContentFolder(dir)) refused.add('*');
  return { dir, sizes, refused };
}

/** A content file listed and read, and where its problems go in the load's list. */
interface ReadFile {
  type: ContentType;
  slug: string;
  file: string;
  abs: string;
  text: string;
  /** problems.length after it was read: its outcome's problems follow the listing's and reading's up to here. */
  at: number;
}

/**
 * Every Markdown file of every content type, checked on its own (or taken from the cache when
 * unchanged). All files are listed and read first, so that the largest can go to another thread
 * (`options.checks`) before any is checked; the returned function collects the outcomes and puts
 * every problem where a one-by-one load puts it. `kept`: outcomes of earlier runs (LoadOptions.kept, never with the preview's cache).
 */
function checkContentFiles(
  root: string,
  io: ContentReader,
  options: LoadOptions,
  today: string,
  problems: Problem[],
  kept: KeptOutcomes | undefined,
): () => { records: ValidRecord[]; invalid: InvalidRecord[]; pages: Page[]; refused: Set<string> } {
  const cache = options.cache;
  if (cache) startCacheRun(cache, today);
  const from = problems.length;
  const files: ReadFile[] = [];
  /** Entries that are there but were refused or could not be read (ResolveInput.refusedEntries). */
  const refused = new Set<string>();
  for (const type of Object.keys(contentTypes) as ContentType[]) {
    const dir = path.join(root, type);
    const raw = listContentFolder(dir);
    if ('refusal' in raw) refused.add(`${type}/*`);
    const listed = io.listDir(dir);
    // Entries the listing refused (a link, a device): their slugs are there, with an error of their own.
    const kept = new Set(listed.map((entry) => entry.name));
    // Also files whose name is refused ("Frauenhaus-Celle.md", "frauenhaus celle.md", ".MD", ".md.txt"): the slugs they were meant to have.
    if ('entries' in raw) {
      for (const entry of raw.entries) {
        // Hidden files get a warning only: a reference to what they hold stays an error.
        if (entry.name.startsWith('.') || (kept.has(entry.name) && entry.name.endsWith('.md') && SLUG_PATTERN.test(entry.name.slice(0, -3)))) continue;
        const base = entry.name.replace(/\..*$/s, '');
        for (const slug of new Set([base, base.toLowerCase(), germanSlug(base)])) if (slug) refused.add(`${type}/${slug}`);
      }
    }
    for (const entry of listed) {
      const abs = path.join(dir, entry.name);
      const file = io.displayPath(abs);
      const slug = contentFileSlug(type, entry, file, problems);
      if (slug === undefined) continue;
      const cached = cache?.files.get(abs);
      // The preview names the files its watcher saw change: the others are taken from the cache unread.
      const text = cached && cache?.dirty && !cache.dirty.has(abs) ? cached.text : io.readText(abs);
      if (text === undefined) {
        refused.add(`${type}/${slug}`);
        continue;
      }
      files.push({ type, slug, file, abs, text, at: problems.length });
    }
  }
  const reserved = options.reserved ?? [];
  const keptKey = (f: ReadFile) => ['content-file', f.type, f.slug, f.file, today, reserved.join('\n'), f.text];
  const fromKept = new Map<string, FileOutcome>();
  for (const f of kept ? files : []) {
    const portable = kept!.take(keptKey(f)) as PortableOutcome | undefined;
    if (portable) fromKept.set(f.abs, revivedOutcome(portable));
  }
  const toCheck = files.filter((f) => !fromKept.has(f.abs));
  const elsewhere = options.checks && !cache ? options.checks.split(toCheck.map(({ abs, text }) => ({ abs, size: text.length }))) : new Set<string>();
  const handedOver = new Map(toCheck.filter((f) => elsewhere.has(f.abs)).map((f) => [f.abs, options.checks!.check({ type: f.type, slug: f.slug, file: f.file, text: f.text, reserved, today })]));
  const checkedHere = (f: ReadFile): FileOutcome => {
    const outcome = fileOutcome(f, reserved, cache);
    kept?.keep(keptKey(f), portableOutcome(outcome, f.text));
    return outcome;
  };
  const outcomes = files.map((f) => fromKept.get(f.abs) ?? (handedOver.has(f.abs) ? undefined : checkedHere(f)));
  return () => {
    const records: ValidRecord[] = [];
    const invalid: InvalidRecord[] = [];
    const pages: Page[] = [];
    const listed = problems.splice(from);
    let done = from;
    files.forEach((f, i) => {
      problems.push(...listed.slice(done - from, f.at - from));
      done = f.at;
      const portable = handedOver.get(f.abs)?.();
      // Kept before revivedOutcome gives it its functions back.
      if (portable) kept?.keep(keptKey(f), portable);
      const outcome = outcomes[i] ?? (portable ? revivedOutcome(portable) : checkedHere(f));
      problems.push(...outcome.problems);
      if (outcome.record) records.push(outcome.record);
      if (outcome.invalid) invalid.push(outcome.invalid);
      if (outcome.page) pages.push(outcome.page);
      if (!outcome.record && !outcome.invalid && !outcome.page) refused.add(`${f.type}/${f.slug}`);
    });
    problems.push(...listed.slice(done - from));
    if (cache) forgetDeleted(cache, new Set(files.map((f) => f.abs)), io.displayPath);
    return { records, invalid, pages, refused };
  };
}

/** One file's outcome: checked here, or taken from the cache when its text is unchanged. */
function fileOutcome(f: ReadFile, reserved: readonly string[], cache: LoadCache | undefined): FileOutcome {
  const cached = cache?.files.get(f.abs);
  if (cached && cached.text === f.text) return cached.outcome;
  const outcome = checkFile(f.type, f.slug, f.file, f.text, reserved);
  cache?.files.set(f.abs, { text: f.text, outcome });
  cache?.changed.add(f.file);
  return outcome;
}

/** Date rules (future dates, staleness) depend on the day: a new day checks everything again. */
function startCacheRun(cache: LoadCache, today: string): void {
  if (cache.today !== today) cache.files.clear();
  cache.today = today;
  cache.changed.clear();
}

/** Files cached by an earlier load that this one did not see are gone: dropped and counted as changed. */
function forgetDeleted(cache: LoadCache, seen: ReadonlySet<string>, displayPath: (abs: string) => string): void {
  for (const abs of cache.files.keys()) {
    if (seen.has(abs)) continue;
    cache.files.delete(abs);
    cache.changed.add(displayPath(abs));
  }
}

/** The slug of a content file named `<slug>.md`; undefined, with the problem reported, for a subfolder, another file type or an invalid name. */
function contentFileSlug(type: ContentType, entry: FolderEntry, file: string, problems: Problem[]): string | undefined {
  if (entry.kind === 'folder') {
    if (!(type === 'materials' && entry.name === 'files')) problems.push(fileProblem(file, 'Unterordner sind hier nicht vorgesehen.', `die Datei direkt in content/${type}/ ablegen`, 'subfolder'));
    return undefined;
  }
  if (!entry.name.endsWith('.md')) {
    problems.push(fileProblem(file, 'Die Datei ist keine Markdown-Datei (.md).', type === 'materials' ? 'Dokumente gehören nach content/materials/files/' : 'die Datei mit der Endung .md speichern', 'not-markdown'));
    return undefined;
  }
  const slug = entry.name.slice(0, -3);
  if (!SLUG_PATTERN.test(slug)) {
    problems.push(fileProblem(file, `Der Dateiname „${entry.name}“ ist ungültig.`, `nur Kleinbuchstaben, Ziffern und Bindestriche, Umlaute ausgeschrieben: ${germanSlug(slug) || 'neuer-name'}.md`, 'slug'));
    return undefined;
  }
  return slug;
}

/** The report: shadowed and follow-up errors left out, sorted by file and line. */
function finalProblems(problems: Problem[], refusedFiles: ReadonlySet<string>): Problem[] {
  return withoutShadowedFormatErrors(problems)
    .filter((p) => p.rule !== 'missing-file' || ![...refusedFiles].some((name) => name === '*' || p.message.includes(`„${name}“`)))
    .sort(byFileAndLine);
}

/** The shelter guard's cross-file check; remembered per record when there is a cache (the preview). */
function shelterWarnings(records: readonly ValidRecord[], cache: LoadCache | undefined): Problem[] {
  return cache ? cachedLinkedShelterWarnings(records, (cache.shelterWarnings ??= createLinkedShelterCache())) : linkedShelterWarnings(records);
}

/** Parses and validates one file on its own (references are checked later, across files); pure, so another thread may run it (./check-worker.ts). */
export function checkFile(type: ContentType, slug: string, file: string, text: string, reserved: readonly string[]): FileOutcome {
  const parsed = parseContent(file, text);
  if ('problems' in parsed) {
    return { problems: parsed.problems };
  }
  const validated = validateData(type, parsed.parsed);
  // A run too long for markdown-it to read in linear time (./long-runs.ts), or a Frauenhaus entry
  // beyond the guard's size limit (./guarded-size.ts): refused before any parse.
  const longRun = shelterEntrySizeProblem(type, parsed.parsed.data, file, text) ?? longRunProblem(parsed.parsed.file, parsed.parsed.body, parsed.parsed.bodyLine);
  if (longRun) {
    const all = 'problems' in validated ? [longRun, ...validated.problems] : [longRun];
    return type === 'pages' ? { problems: all } : { problems: all, invalid: { type: type as EntryType, slug, file, data: parsed.parsed.data, lineOf: parsed.parsed.lineOf } };
  }
  // The body is parsed once for the link rules and the shelter guard (1 MB of `[1` costs ~1.5 s a parse).
  const parsedBody = parseBody(parsed.parsed.body);
  const bodyProblems = checkBody(parsed.parsed.file, parsed.parsed.body, parsed.parsed.bodyLine, parsedBody);
  const shelter = shelterProblems(type, slug, parsed.parsed, parsedBody);
  const warnings = shelter.filter((p) => p.severity === 'warning');
  bodyProblems.push(...shelter.filter((p) => p.severity === 'error'));
  bodyProblems.push(...reservedAddressProblems(type, slug, file, reserved));
  warnings.push(...commentCutWarnings(file, parsed.parsed.frontmatter));
  if ('problems' in validated || bodyProblems.length) {
    const all = 'problems' in validated ? [...bodyProblems, ...validated.problems, ...warnings] : [...bodyProblems, ...warnings];
    return type === 'pages' ? { problems: all } : { problems: all, invalid: { type: type as EntryType, slug, file, data: parsed.parsed.data, lineOf: parsed.parsed.lineOf } };
  }
  if (type === 'pages') return { problems: warnings, page: { type: 'pages', slug, url: `/${slug}/`, file, data: validated.data as Page['data'], body: parsed.parsed.body } };
  const { body, bodyLine, frontmatter } = parsed.parsed;
  return { problems: warnings, record: { type: type as EntryType, slug, file, data: validated.data as ValidRecord['data'], body, bodyLine, lineOf: lazyLineOf(frontmatter) } };
}

/**
 * "BISS Göttingen" in a reference list is both badly formed and unknown: keep only the message
 * about the unknown id, which carries the "did you mean".
 */
function withoutShadowedFormatErrors(problems: Problem[]): Problem[] {
  const resolved = new Set(problems.filter((p) => p.rule.startsWith('unknown-')).map((p) => `${p.file}\u0000${p.field}`));
  return problems.filter((p) => p.rule !== 'invalid_format' || !resolved.has(`${p.file}\u0000${p.field}`));
}
