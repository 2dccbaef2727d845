/**
 * Reads the content folder once: every file parsed, validated and resolved into the graph.
 * Never throws for bad content: every problem comes back at once, with file and line.
 */
import { existsSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { contentTypes, entryTypes, pageSchema, regionSchema, topicSchema, type ContentType, type EntryType, type Region, type Topic } from '../schema/index.ts';
import { invisibleCharacter, SLUG_PATTERN } from '../schema/fields.ts';
import { today as currentDay, withToday } from './clock.ts';
import type { ContentGraph, Page } from './graph.ts';
import { decode, fileProblem, parseContent, type ParsedFile } from './parse.ts';
import { byFileAndLine, formatPath, type Problem } from './problems.ts';
import { contentWarnings, resolveGraph, type InvalidRecord, type ValidRecord } from './resolve.ts';
import { issuesToProblems, validateData } from './validate.ts';
import { lazyLineOf, readYaml } from './yaml.ts';
import { commentCutWarnings, scalarSource } from './yaml-surprises.ts';
import { reservedAddress } from '../site/reserved.ts';

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

const IGNORED = (name: string) => name.startsWith('.') || name === 'README.md';

export function loadContent(options: LoadOptions = {}): LoadResult {
  const today = options.today ?? currentDay();
  // Every date rule of this run (future dates, years, staleness) uses the same "today".
  return withToday(today, () => load(options, today));
}

function load(options: LoadOptions, today: string): LoadResult {
  const root = contentDir(options.dir);
  const problems: Problem[] = [];
  let filesChecked = 0;

  const listDir = (dir: string): Dirent[] => {
    try {
      return readdirSync(dir, { withFileTypes: true }).filter((entry) => !IGNORED(entry.name));
    } catch {
      return [];
    }
  };
  const readText = (abs: string): string | undefined => {
    filesChecked++;
    let bytes: Buffer;
    try {
      bytes = readFileSync(abs);
    } catch {
      problems.push(fileProblem(displayPath(abs), 'Die Datei kann nicht gelesen werden.', 'Dateirechte prüfen', 'unreadable'));
      return undefined;
    }
    const decoded = decode(displayPath(abs), bytes);
    if ('problem' in decoded) {
      problems.push(decoded.problem);
      return undefined;
    }
    return decoded.text;
  };

  if (!listDir(root).length) {
    // One cause, one message: no further "missing vocabulary" noise.
    problems.push(fileProblem(displayPath(root), 'Der Inhaltsordner ist leer oder nicht vorhanden.', 'CONTENT_DIR oder --dir prüfen', 'no-content'));
    const { graph } = resolveGraph({ records: [], invalid: [], pages: [], regions: [], topics: [], materialFiles: new Map(), materialFilesDir: '', materialFilesPath: '', includeDrafts: false, today });
    return { graph, problems, errorCount: 1, warningCount: 0, filesChecked };
  }

  // Folder layout: only known folders, only Markdown files with valid slugs.
  const known = new Set<string>([...Object.keys(contentTypes), 'vocabularies']);
  for (const entry of listDir(root)) {
    if (!known.has(entry.name)) {
      const abs = path.join(root, entry.name);
      problems.push(
        fileProblem(displayPath(abs), entry.isDirectory() ? 'Der Ordner ist unbekannt.' : 'Die Datei liegt außerhalb der Inhaltsordner.', `Einträge gehören in einen der Ordner: ${[...known].join(', ')}`, 'unknown-folder'),
      );
    }
  }

  // A vocabulary that is broken reports its own error; references to what it would have held are not errors again.
  const vocabularyGaps: Record<string, (id: string) => boolean> = {};
  const vocab = <T extends { id: string }>(name: string, schema: z.ZodType<T>): T[] => {
    const abs = path.join(root, 'vocabularies', name);
    const file = displayPath(abs);
    vocabularyGaps[name] = () => true;
    if (!existsSync(abs)) {
      problems.push(fileProblem(file, 'Die Datei fehlt.', `die Liste content/vocabularies/${name} anlegen`, 'missing-vocabulary'));
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
  for (const entry of listDir(filesDir)) {
    if (entry.isFile()) materialFiles.set(entry.name, statSync(path.join(filesDir, entry.name)).size);
  }

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
      if (entry.isDirectory()) {
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
      const text = readText(abs);
      if (text === undefined) continue;
      seen.add(abs);
      const cached = cache?.files.get(abs);
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
  problems.push(...referenceProblems, ...contentWarnings(records, today));
  const deduped = withoutShadowedFormatErrors(problems).sort(byFileAndLine);
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
  const bodyProblems = checkBody(parsed.parsed.file, parsed.parsed.body, parsed.parsed.bodyLine);
  if (type === 'contacts' && parsed.parsed.data.kind === 'frauenhaus') bodyProblems.push(...shelterAddressProblems(parsed.parsed));
  bodyProblems.push(...reservedAddressProblems(type, slug, file));
  const warnings = commentCutWarnings(file, parsed.parsed.frontmatter);
  if ('problems' in validated || bodyProblems.length) {
    const all = 'problems' in validated ? [...bodyProblems, ...validated.problems, ...warnings] : [...bodyProblems, ...warnings];
    return type === 'pages' ? { problems: all } : { problems: all, invalid: { type: type as EntryType, slug, file, data: parsed.parsed.data, lineOf: parsed.parsed.lineOf } };
  }
  if (type === 'pages') return { problems: warnings, page: { type: 'pages', slug, url: `/${slug}/`, file, data: validated.data as Page['data'], body: parsed.parsed.body } };
  return { problems: warnings, record: { type: type as EntryType, slug, file, data: validated.data as ValidRecord['data'], body: parsed.parsed.body, lineOf: lazyLineOf(parsed.parsed.frontmatter) } };
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

/** "Musterstraße 12", "Am Walde 3a", "30159 Hannover": what a shelter's address looks like. */
const STREET_AND_NUMBER = /\b[\wÄÖÜäöüß.-]*(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee)\s+\d{1,4}\s?[a-z]?\b/i;
const POSTCODE_AND_PLACE = /\b\d{5}\s+[A-ZÄÖÜ][a-zäöüß]+/;

/**
 * A Frauenhaus never publishes where it is: besides street and postcode fields (the schema
 * forbids them), its texts must not name an address either.
 */
function shelterAddressProblems(parsed: ParsedFile): Problem[] {
  const problems: Problem[] = [];
  const message = 'Der Text scheint eine Anschrift zu nennen; die Lage eines Frauenhauses ist vertraulich';
  const suggestion = 'Straße, Hausnummer und Postleitzahl entfernen; nur den Ort nennen';
  for (const field of ['title', 'summary', 'organization', 'hours', 'person']) {
    const value = parsed.data[field];
    if (typeof value === 'string' && (STREET_AND_NUMBER.test(value) || POSTCODE_AND_PLACE.test(value))) {
      problems.push({ severity: 'error', file: parsed.file, line: parsed.lineOf([field]), field, message, suggestion, rule: 'shelter-address' });
    }
  }
  parsed.body.split('\n').forEach((line, i) => {
    if (STREET_AND_NUMBER.test(line) || POSTCODE_AND_PLACE.test(line)) {
      problems.push({ severity: 'error', file: parsed.file, line: parsed.bodyLine + i, field: '(Text)', message, suggestion, rule: 'shelter-address' });
    }
  });
  return problems;
}

/**
 * The Markdown body is rendered with raw HTML off, so markup would show up as literal text, and
 * script-like links are dropped: tell the editor instead of publishing either.
 */
const BODY_RULES: { pattern: RegExp; message: string; suggestion: string; rule: string }[] = [
  {
    pattern: /<\/?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?\/?>|<!--/,
    message: 'Der Text enthält HTML-Code; er würde nicht ausgeführt, sondern als Text angezeigt',
    suggestion: 'Markdown verwenden: **fett**, [Linktext](https://…), Listen mit -',
    rule: 'html-in-body',
  },
  {
    // One optional "<" with its own spaces: `\s*<?\s*` would try every split of a long run of spaces.
    pattern: /\]\(\s*(?:<\s*)?(javascript|vbscript|data|file):/i,
    message: 'Der Text enthält einen Link mit unsicherem Schema (javascript:, data: …)',
    suggestion: 'nur Links mit https://, mailto: oder tel: verwenden',
    rule: 'unsafe-link',
  },
  {
    pattern: /\]\(\s*http:\/\//i,
    message: 'Der Text enthält einen unsicheren http-Link',
    suggestion: 'den Link mit https:// schreiben',
    rule: 'insecure-link',
  },
];

const CONTROL_IN_BODY = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

export function checkBody(file: string, body: string, bodyLine: number): Problem[] {
  const problems: Problem[] = [];
  const lines = body.split('\n');
  let fenced = false;
  lines.forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const codeFree = fenced ? '' : line.replace(/`[^`]*`/g, '');
    // Tabs belong in Markdown; any other control character (C0, C1) is invisible or breaks the text, even in code.
    const invisible = invisibleCharacter(line, CONTROL_IN_BODY);
    if (invisible) {
      problems.push({ severity: 'error', file, line: bodyLine + i, field: '(Text)', message: `Der Text enthält in dieser Zeile ein Steuerzeichen: ${invisible}`, suggestion: 'das Zeichen löschen (in manchen Editoren unsichtbar: die Stelle neu tippen)', rule: 'control-character' });
    }
    for (const rule of BODY_RULES) {
      if (rule.pattern.test(codeFree)) {
        problems.push({ severity: 'error', file, line: bodyLine + i, field: '(Text)', message: rule.message, suggestion: rule.suggestion, rule: rule.rule });
      }
    }
  });
  return problems;
}
