/**
 * Check results kept between runs of `npm run validate` (issue 13): a content file or translated
 * page whose text is unchanged since the last run is not parsed and checked again; its outcome is
 * read back from `node_modules/.cache/gsn-validate/outcomes.v8` (beside the bundle, whatever the
 * working directory), as ESLint's and Prettier's
 * caches do. A new or changed file, such as a large one an editor just added, is checked in full.
 *
 * A kept outcome is used only when everything the per-file checks depend on is the same:
 * - the validator's code: the content hash of its bundle (scripts/run.mjs names the bundle by it);
 *   without a bundle (tsx, the tests) nothing is kept;
 * - Node's version (V8's serialisation, its regular expressions);
 * - the data files the checks read (src/content/data/, src/geo/data/: URL shorteners, postcodes), by
 *   content, in the working directory and in the project the code lies in (`KeptPlace`);
 * - `SITE_URL` and `URL` (which links count as the site's own);
 * - per file (the caller's `parts`): the kind of check, type, slug, path as reported, the day, the
 *   reserved addresses and the text.
 * The steps across files (vocabularies, references, duplicates, material files, the shelter
 * guard's warnings on linked entries) run on every call. `npm run build`, `npm start` and CI's
 * fresh clones never read kept outcomes: what is published is always checked in full.
 *
 * Values are stored with V8's serialiser (what crosses to the second thread, ./file-checks.ts),
 * each when it is kept, so later changes to the live objects do not reach the cache. The file
 * holds only the outcomes the last run used, with a digest of them. Nothing here can fail a run: a
 * missing, foreign, corrupt or changed cache checks everything, and a folder that cannot be written is skipped. Written to a
 * temp file and renamed, so runs side by side never read half a file.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { threadId } from 'node:worker_threads';

/** Outcomes of one validator run, read from and saved to the cache. */
export interface KeptOutcomes {
  /** The outcome kept under these key parts, as a new object; undefined when none. */
  take(parts: readonly string[]): unknown;
  /** Keeps a copy of `value` (plain data: what structured clone takes) under these key parts. */
  keep(parts: readonly string[], value: unknown): void;
  /** The kept outcome, or `compute()`'s result, kept. */
  memo<T>(parts: readonly string[], compute: () => T): T;
  /** Writes the outcomes this run used (when any changed); never throws. */
  save(): void;
}

/** Folders of data the per-file checks read at run time, relative to the project root. */
const DATA_DIRS = ['src/content/data', 'src/geo/data'];

/** The cache file's format; a new layout changes it. */
const FORMAT = 'gsn-validate-outcomes/2';

interface CacheFile {
  format: string;
  scope: string;
  entries: Map<string, Uint8Array>;
  /** SHA-256 of the entries (`entriesDigest`): a file changed by hand or by a disk is not used (outside tester, session 19). */
  digest: string;
}

function entriesDigest(entries: ReadonlyMap<string, Uint8Array>): string {
  const hash = createHash('sha256');
  for (const [key, bytes] of entries) hash.update(`${key}\0${bytes.length}\0`).update(bytes);
  return hash.digest('hex');
}

/** Where the kept outcomes of one validator lie, and what their data is read from. */
export interface KeptPlace {
  /** The cache folder. */
  dir: string;
  /**
   * Project folders whose data folders (DATA_DIRS) the checks may read: the working directory (the
   * postcode table is read from it) and the one the code lies in (the list of URL shorteners),
   * which differ when the validator is started from elsewhere or node_modules is linked in from
   * another checkout (outside tester, session 19). Each is fingerprinted.
   */
  dataRoots: readonly string[];
}

/** The place for the bundle at `scriptUrl` (`…/node_modules/.cache/gsn-run/validate-<hash>.mjs`): its cache folder beside the bundle, never in the working directory. */
export function keptPlaceOfBundle(scriptUrl: string, cwd = process.cwd()): KeptPlace {
  const runDir = path.dirname(fileURLToPath(scriptUrl));
  return { dir: path.join(runDir, '..', 'gsn-validate'), dataRoots: [cwd, path.resolve(runDir, '..', '..', '..')] };
}

/**
 * Opens the kept outcomes for the validator whose code has the hash `codeKey` (hex, as in the
 * bundle's name), at `place`.
 */
export function openKeptOutcomes(codeKey: string, place: KeptPlace, env: NodeJS.ProcessEnv = process.env): KeptOutcomes {
  const file = path.join(place.dir, 'outcomes.v8');
  const scope = scopeKey(codeKey, place.dataRoots, env);
  const earlier = readCache(file, scope);
  const used = new Map<string, Uint8Array>();
  let changed = earlier.size === 0;
  const take = (parts: readonly string[]): unknown => {
    const key = entryKey(parts);
    const bytes = used.get(key) ?? earlier.get(key);
    if (!bytes) return undefined;
    try {
      const value: unknown = deserialize(bytes);
      used.set(key, bytes);
      return value;
    } catch {
      return undefined;
    }
  };
  const keep = (parts: readonly string[], value: unknown): void => {
    try {
      used.set(entryKey(parts), serialize(value));
      changed = true;
    } catch {
      // Not plain data: checked again next time.
    }
  };
  return {
    take,
    keep,
    memo<T>(parts: readonly string[], compute: () => T): T {
      const kept = take(parts);
      if (kept !== undefined) return kept as T;
      const value = compute();
      keep(parts, value);
      return value;
    },
    save(): void {
      if (!changed && used.size === earlier.size) return;
      writeCache(file, { format: FORMAT, scope, entries: used, digest: entriesDigest(used) });
    },
  };
}

/** The code hash in the bundle's name (`…/validate-<16 hex>.mjs`, scripts/run.mjs), or undefined when not run from a bundle. */
export function bundleCodeKey(scriptUrl: string): string | undefined {
  return /-([0-9a-f]{16})\.mjs$/.exec(scriptUrl)?.[1];
}

/** What every kept outcome depends on besides its own parts. */
function scopeKey(codeKey: string, dataRoots: readonly string[], env: NodeJS.ProcessEnv): string {
  const hash = createHash('sha256').update(`${FORMAT}\0${codeKey}\0${process.version}\0${env.SITE_URL ?? ''}\0${env.URL ?? ''}`);
  for (const abs of dataRoots.flatMap((root) => DATA_DIRS.map((dir) => path.join(root, dir)))) {
    let names: string[];
    try {
      names = readdirSync(abs).sort();
    } catch {
      names = [];
    }
    for (const name of names) {
      hash.update(`\0${abs}/${name}\0`);
      try {
        hash.update(readFileSync(path.join(abs, name)));
      } catch {
        hash.update('(unreadable)');
      }
    }
  }
  return hash.digest('hex');
}

function entryKey(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return hash.digest('base64');
}

function readCache(file: string, scope: string): Map<string, Uint8Array> {
  try {
    const cache = deserialize(readFileSync(file)) as Partial<CacheFile>;
    if (cache.format === FORMAT && cache.scope === scope && cache.entries instanceof Map && cache.digest === entriesDigest(cache.entries)) return cache.entries;
  } catch {
    // None yet, unreadable or corrupt: everything is checked.
  }
  return new Map();
}

function writeCache(file: string, cache: CacheFile): void {
  const temp = `${file}.${process.pid}-${threadId}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temp, serialize(cache));
    renameSync(temp, file);
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
      // The folder is not one (a file in its place): nothing was written.
    }
  }
}
