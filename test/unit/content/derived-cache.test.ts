/**
 * src/content/derived-cache.ts keeps a table derived from files between runs (the known places
 * of `npm run validate`, issue 13). A stale or broken cache must never stand in for the source:
 * these tests change the source, the version and the cache itself and check what is derived.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { derivedTable } from '../../../src/content/derived-cache.ts';
import { scratch } from '../../helpers.ts';

const tmp = scratch('gsn-derived-cache-');
afterAll(() => tmp.cleanup());

const isTable = (json: unknown): json is { rows: string[] } => Array.isArray((json as { rows?: unknown } | null)?.rows);

/** A table of the source's lines, counting how often it was derived. */
function setup(name: string) {
  const dir = path.join(tmp.root, name);
  mkdirSync(dir);
  const source = path.join(dir, 'source.csv');
  const cache = path.join(dir, 'cache');
  let derived = 0;
  let keep = true;
  const read = (version = 'v1', cacheDir = cache) =>
    derivedTable(
      'table',
      [source],
      version,
      () => {
        derived++;
        let rows: string[] = [];
        try {
          rows = readFileSync(source, 'utf8').split('\n');
        } catch {
          // No source: an empty table, as known-places.ts tolerates a missing CSV.
        }
        return { json: { rows }, keep };
      },
      isTable,
      cacheDir,
    );
  return { source, cache, read, derivedCount: () => derived, setKeep: (value: boolean) => (keep = value) };
}

describe('derivedTable', () => {
  it('derives once, then reads the kept table while source and version stay the same', () => {
    const t = setup('same');
    writeFileSync(t.source, 'a\nb');
    expect(t.read()).toEqual({ rows: ['a', 'b'] });
    expect(t.read()).toEqual({ rows: ['a', 'b'] });
    expect(t.derivedCount()).toBe(1);
    writeFileSync(t.source, 'a\nc');
    expect(t.read(), 'a changed source is derived again').toEqual({ rows: ['a', 'c'] });
    expect(t.read('v2'), 'a changed version too').toEqual({ rows: ['a', 'c'] });
    expect(t.derivedCount()).toBe(3);
  });

  it('derives again over a corrupt or foreign cache file and replaces it', () => {
    const t = setup('corrupt');
    writeFileSync(t.source, 'x');
    t.read();
    const [file] = readdirSync(t.cache);
    for (const junk of ['{"rows": [', '{"other": 1}', 'null']) {
      writeFileSync(path.join(t.cache, file!), junk);
      expect(t.read()).toEqual({ rows: ['x'] });
    }
    expect(t.derivedCount()).toBe(4);
    expect(t.read()).toEqual({ rows: ['x'] });
    expect(t.derivedCount(), 'the last derivation was kept').toBe(4);
  });

  it('keeps nothing derived from a broken source, and leaves an unreadable source to the derivation', () => {
    const t = setup('broken');
    writeFileSync(t.source, 'x');
    t.setKeep(false);
    t.read();
    t.read();
    expect(t.derivedCount()).toBe(2);
    const missing = setup('missing');
    expect(missing.read()).toEqual({ rows: [] });
    expect(missing.read()).toEqual({ rows: [] });
    expect(missing.derivedCount()).toBe(2);
  });

  it('runs without a writable cache folder', () => {
    const t = setup('unwritable');
    writeFileSync(t.source, 'x');
    // A file where the folder would be: nothing can be written below it (as a read-only folder, also for root).
    const blocked = path.join(tmp.root, 'unwritable', 'blocked');
    writeFileSync(blocked, '');
    expect(t.read('v1', path.join(blocked, 'cache'))).toEqual({ rows: ['x'] });
    expect(t.read('v1', path.join(blocked, 'cache'))).toEqual({ rows: ['x'] });
    expect(t.derivedCount()).toBe(2);
  });
});
