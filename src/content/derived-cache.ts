/**
 * A table derived from files that rarely change, kept between runs: `npm run validate` would
 * otherwise derive it again on every run (issue 13: the known places from the postcode CSV, ~40 ms
 * of csv-parse and keys per run). Stored as JSON in `node_modules/.cache/gsn-derived/` (relative
 * to the working directory, the project root, as the CSV is) under a SHA-256 of the source
 * files' bytes and of `version` (the deriving code's text: a change there derives anew).
 *
 * Nothing here can fail a run: a missing, unreadable or corrupt cache derives the table as
 * before, and a cache that cannot be written (read-only folder) is skipped. Written to a temp
 * file and renamed, so runs side by side never read half a file.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

/** What a derivation returns: the table's JSON form, and whether it may be kept (false: derived from a broken source). */
export interface Derived<J> {
  json: J;
  keep: boolean;
}

/**
 * The JSON form of the table derived from `sources` (paths) by `derive`, from the cache when one
 * was kept for the same bytes and `version` and passes `isTable`, else derived now (and kept
 * when `keep`). A source that cannot be read is left to `derive` (which reports or tolerates it
 * as without the cache). `name`: the cache file's prefix; `dir`: the cache folder.
 */
export function derivedTable<J>(
  name: string,
  sources: readonly string[],
  version: string,
  derive: () => Derived<J>,
  isTable: (json: unknown) => json is J,
  dir = path.resolve('node_modules', '.cache', 'gsn-derived'),
): J {
  const hash = createHash('sha256').update(version);
  for (const source of sources) {
    try {
      hash.update(readFileSync(source));
    } catch {
      return derive().json;
    }
  }
  const file = path.join(dir, `${name}-${hash.digest('hex').slice(0, 32)}.json`);
  try {
    const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (isTable(json)) return json;
  } catch {
    // None yet, or unreadable: derive it.
  }
  const derived = derive();
  if (derived.keep) keep(file, derived.json);
  return derived.json;
}

function keep(file: string, json: unknown): void {
  const temp = `${file}.${process.pid}-${threadId}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temp, JSON.stringify(json));
    renameSync(temp, file);
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
      // Not written at all: the next run derives again.
    }
  }
}
