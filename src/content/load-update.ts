/**
 * The preview's fast path through a load (./load.ts): when the file watcher reports only edits
 * to existing entry files that stay valid, those files are read and checked, and the previous
 * load's graph and problems are updated (./graph-update.ts) instead of listing the folders,
 * reading the vocabularies and resolving all entries again. At 20,000 entries that was ~2.5 s
 * of CPU per edit. Anything else (a new, deleted or renamed file, a file that is or becomes
 * invalid or a draft, the vocabularies, material files, pages, translations) returns undefined
 * and the caller loads everything, with the per-file cache.
 *
 * The result is the one a full load gives: the same graph (deep) and the same problems in the
 * same order (test/content/graph-update.test.ts).
 */
import path from 'node:path';
import { entryTypes, type EntryType } from '../schema/index.ts';
import { contentReader } from './content-reader.ts';
import type { ContentGraph, Page } from './graph.ts';
import { replaceRecords, type Replacement, type ResolvedGraph } from './graph-update.ts';
import type { Problem } from './problems.ts';
import { contentWarnings, type InvalidRecord, type ValidRecord } from './resolve.ts';

/** What one content file contributes: its problems, and the record or page it yields. */
export interface FileOutcome {
  problems: Problem[];
  record?: ValidRecord;
  invalid?: InvalidRecord;
  page?: Page;
}

/** A full load's result in parts, kept (LoadCache.state) so the next load can update it. */
export interface LoadState {
  /** The options it was loaded with: another folder, day or setting loads everything. */
  key: string;
  resolved: ResolvedGraph;
  /** Problems in the order they were found: before the content files (folders, vocabularies, material files), of the content files, of the translations. */
  before: Problem[];
  files: Problem[];
  translations: Problem[];
  /** Material files refused (finalProblems drops "missing" errors naming them). */
  refused: ReadonlySet<string>;
}

/** What a load of `dir` with these options depends on besides the files. */
export function stateKey(root: string, today: string, includeDrafts: boolean, reserved: readonly string[]): string {
  return JSON.stringify([root, today, includeDrafts, reserved]);
}

/** The per-file cache and the state of the previous load (LoadCache). */
interface Cache {
  files: Map<string, { text: string; outcome: FileOutcome }>;
  changed: Set<string>;
  state?: LoadState;
}

/**
 * Updates the previous load (`cache.state`) for the files in `dirty` (absolute paths below the
 * content folder `root`; `key` from stateKey must match the previous load's). Returns
 * the new graph and the problems (in the order of a full load, not yet finalised), and updates
 * the cache; undefined, with the cache untouched, when the edit needs a full load.
 * `check` parses and validates one file; `shelterWarnings` is the shelter guard's cross-file check.
 */
export function updateLoad(
  cache: Cache,
  dirty: ReadonlySet<string>,
  root: string,
  key: string,
  today: string,
  check: (type: EntryType, slug: string, file: string, text: string) => FileOutcome,
  shelterWarnings: (records: readonly ValidRecord[]) => Problem[],
): { graph: ContentGraph; problems: Problem[]; refused: ReadonlySet<string>; filesChecked: number } | undefined {
  const state = cache.state;
  if (!state || state.key !== key) return undefined;
  const unexpected: Problem[] = [];
  const io = contentReader(unexpected);
  const edits: { abs: string; file: string; text: string; outcome: FileOutcome; replacement: Replacement }[] = [];
  for (const abs of dirty) {
    const cached = cache.files.get(abs);
    const type = path.basename(path.dirname(abs)) as EntryType;
    if (!cached?.outcome.record || path.dirname(path.dirname(abs)) !== root || !entryTypes.includes(type)) return undefined;
    const text = io.readText(abs);
    // Gone, refused or unreadable: the full load reports it.
    if (text === undefined || unexpected.length) return undefined;
    if (text === cached.text) continue;
    const file = io.displayPath(abs);
    const outcome = check(type, path.basename(abs, '.md'), file, text);
    if (!outcome.record) return undefined;
    edits.push({ abs, file, text, outcome, replacement: { before: cached.outcome.record, after: outcome.record } });
  }
  const resolved = replaceRecords(
    state.resolved,
    edits.map((edit) => edit.replacement),
  );
  if (!resolved) return undefined;
  const edited = new Set(edits.map((edit) => edit.file));
  const files = [...state.files.filter((problem) => !edited.has(problem.file)), ...edits.flatMap((edit) => edit.outcome.problems)];
  const { records } = resolved.input;
  const graph = resolved.graph;
  const problems = [...state.before, ...files, ...resolved.problems, ...contentWarnings(records, today), ...shelterWarnings(records), ...state.translations];
  cache.changed.clear();
  for (const edit of edits) {
    cache.files.set(edit.abs, { text: edit.text, outcome: edit.outcome });
    cache.changed.add(edit.file);
  }
  cache.state = { ...state, resolved, files };
  return { graph, problems, refused: state.refused, filesChecked: io.filesChecked() };
}
