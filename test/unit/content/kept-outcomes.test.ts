/**
 * src/content/kept-outcomes.ts: outcomes kept between runs of `npm run validate` are used only for
 * the same code, Node, data, site address and key parts; a broken or foreign cache costs a full
 * check, never a wrong report. And loadContent with kept outcomes reports exactly what it reports
 * without, checking again only what changed.
 */
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleCodeKey, keptPlaceOfBundle, openKeptOutcomes, type KeptOutcomes } from '../../../src/content/kept-outcomes.ts';
import { loadContent } from '../../../src/content/index.ts';
import { PINNED_TODAY } from '../../helpers.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'gsn-kept-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A project root with the two data folders, and a cache folder in it. */
function project(name: string): { root: string; cache: string } {
  const root = path.join(work, name);
  for (const dir of ['src/content/data', 'src/geo/data']) mkdirSync(path.join(root, dir), { recursive: true });
  writeFileSync(path.join(root, 'src/content/data/url-shorteners.txt'), 'bit.ly\n');
  writeFileSync(path.join(root, 'src/geo/data/plz-niedersachsen.csv'), 'plz,ort\n29221,Celle\n');
  return { root, cache: path.join(root, 'cache') };
}

const CODE = '0123456789abcdef';

describe('kept outcomes', () => {
  it('give back a copy of what was kept, after a save, for the same code, data and site address only', () => {
    const { root, cache } = project('scope');
    const value = { problems: [{ severity: 'error', file: 'content/contacts/a.md', line: 3 }], record: { data: { reviewed: new Date('2026-10-01'), regions: new Set(['celle']) }, body: 'Text' } };
    const first = openKeptOutcomes(CODE, { dir: cache, dataRoots: [root] }, {});
    expect(first.take(['content-file', 'a'])).toBeUndefined();
    first.keep(['content-file', 'a'], value);
    // Kept as it was when kept: a later change to the live object does not reach the cache.
    value.record.body = 'geändert';
    first.save();
    const again = openKeptOutcomes(CODE, { dir: cache, dataRoots: [root] }, {});
    const taken = again.take(['content-file', 'a']) as typeof value;
    expect(taken).toEqual({ ...value, record: { ...value.record, body: 'Text' } });
    expect(taken).not.toBe(value);
    expect(taken.record.data.reviewed).toBeInstanceOf(Date);
    // The parts are the key: others (even one whose joined text is the same) find nothing.
    expect(again.take(['content-file', 'b'])).toBeUndefined();
    expect(again.take(['content-filea'])).toBeUndefined();
    expect(again.take(['content-file', 'a', ''])).toBeUndefined();
    // Other code, another site address, changed data: nothing is taken.
    expect(openKeptOutcomes('fedcba9876543210', { dir: cache, dataRoots: [root] }, {}).take(['content-file', 'a'])).toBeUndefined();
    expect(openKeptOutcomes(CODE, { dir: cache, dataRoots: [root] }, { SITE_URL: 'https://example.org' }).take(['content-file', 'a'])).toBeUndefined();
    expect(openKeptOutcomes(CODE, { dir: cache, dataRoots: [root] }, { URL: 'https://example.org' }).take(['content-file', 'a'])).toBeUndefined();
    writeFileSync(path.join(root, 'src/geo/data/plz-niedersachsen.csv'), 'plz,ort\n29221,Celle\n29223,Celle\n');
    expect(openKeptOutcomes(CODE, { dir: cache, dataRoots: [root] }, {}).take(['content-file', 'a'])).toBeUndefined();
  });

  it('keep only what the last run used, and memo computes once', () => {
    const { root, cache } = project('prune');
    const run1 = openKeptOutcomes(CODE, { dir: cache, dataRoots: [root] }, {});
    run1.keep(['x'], 1);
    run1.keep(['y'], 2);
    run1.save();
    const run2 = openKeptOutcomes(CODE, { dir: cache, dataRoots: [root] }, {});
    expect(run2.take(['x'])).toBe(1);
    let computed = 0;
    expect(run2.memo(['z'], () => ++computed)).toBe(1);
    expect(run2.memo(['z'], () => ++computed)).toBe(1);
    expect(computed).toBe(1);
    run2.save();
    const run3 = openKeptOutcomes(CODE, { dir: cache, dataRoots: [root] }, {});
    expect([run3.take(['x']), run3.take(['y']), run3.take(['z'])]).toEqual([1, undefined, 1]);
  });

  it('a corrupt, foreign or unwritable cache checks everything and never throws', () => {
    const { root, cache } = project('broken');
    mkdirSync(cache, { recursive: true });
    writeFileSync(path.join(cache, 'outcomes.v8'), 'kein V8');
    const kept = openKeptOutcomes(CODE, { dir: cache, dataRoots: [root] }, {});
    expect(kept.take(['x'])).toBeUndefined();
    kept.keep(['x'], () => 'a function is not plain data');
    kept.keep(['y'], 2);
    expect(kept.take(['x'])).toBeUndefined();
    expect(() => kept.save()).not.toThrow();
    expect(openKeptOutcomes(CODE, { dir: cache, dataRoots: [root] }, {}).take(['y'])).toBe(2);
    // A byte changed inside a kept outcome (by hand, by a disk): the whole file is not used.
    const kept2 = openKeptOutcomes(CODE, { dir: cache, dataRoots: [root] }, {});
    kept2.keep(['z'], { message: 'Anschrift' });
    kept2.save();
    const original = readFileSync(path.join(cache, 'outcomes.v8'));
    const at = original.indexOf(Buffer.from('Anschrift', 'latin1'));
    expect(at).toBeGreaterThan(0);
    const changed = Buffer.from(original);
    changed[at + 7] = 'x'.charCodeAt(0);
    writeFileSync(path.join(cache, 'outcomes.v8'), changed);
    expect(openKeptOutcomes(CODE, { dir: cache, dataRoots: [root] }, {}).take(['z'])).toBeUndefined();
    writeFileSync(path.join(cache, 'outcomes.v8'), original);
    expect(openKeptOutcomes(CODE, { dir: cache, dataRoots: [root] }, {}).take(['z'])).toEqual({ message: 'Anschrift' });
    // A cache file that is half written (cut off) or a folder that cannot be written.
    const bytes = readFileSync(path.join(cache, 'outcomes.v8'));
    writeFileSync(path.join(cache, 'outcomes.v8'), bytes.subarray(0, bytes.length >> 1));
    expect(openKeptOutcomes(CODE, { dir: cache, dataRoots: [root] }, {}).take(['y'])).toBeUndefined();
    if (process.getuid?.() !== 0) {
      chmodSync(cache, 0o500);
      const readOnly = openKeptOutcomes(CODE, { dir: cache, dataRoots: [root] }, {});
      readOnly.keep(['y'], 3);
      expect(() => readOnly.save()).not.toThrow();
      chmodSync(cache, 0o700);
    }
    const inFile = openKeptOutcomes(CODE, { dir: path.join(root, 'src/content/data/url-shorteners.txt'), dataRoots: [root] }, {});
    inFile.keep(['y'], 3);
    expect(() => inFile.save()).not.toThrow();
  });

  it('know the code only from the bundle of scripts/run.mjs, and lie beside it, with the data of the project it lies in and of the working directory', () => {
    expect(bundleCodeKey('file:///p/node_modules/.cache/gsn-run/validate-a109f92db033602b.mjs')).toBe('a109f92db033602b');
    expect(bundleCodeKey('file:///p/scripts/validate.ts')).toBeUndefined();
    expect(keptPlaceOfBundle('file:///p/node_modules/.cache/gsn-run/validate-a109f92db033602b.mjs', '/elsewhere')).toEqual({ dir: '/p/node_modules/.cache/gsn-validate', dataRoots: ['/elsewhere', '/p'] });
  });

  it('a change to the data of either project folder checks everything again', () => {
    const a = project('root-a');
    const b = project('root-b');
    const place = { dir: a.cache, dataRoots: [b.root, a.root] };
    const kept = openKeptOutcomes(CODE, place, {});
    kept.keep(['x'], 1);
    kept.save();
    expect(openKeptOutcomes(CODE, place, {}).take(['x'])).toBe(1);
    writeFileSync(path.join(a.root, 'src/content/data/url-shorteners.txt'), 'bit.ly\nkurz.example.net\n');
    expect(openKeptOutcomes(CODE, place, {}).take(['x'])).toBeUndefined();
    const again = openKeptOutcomes(CODE, place, {});
    again.keep(['x'], 1);
    again.save();
    writeFileSync(path.join(b.root, 'src/geo/data/extra.csv'), 'plz\n');
    expect(openKeptOutcomes(CODE, place, {}).take(['x'])).toBeUndefined();
  });
});

/** KeptOutcomes that counts what is taken and kept. */
function counted(kept: KeptOutcomes) {
  const counts = { taken: 0, kept: 0 };
  return {
    counts,
    kept: {
      ...kept,
      take: (parts: readonly string[]) => {
        const value = kept.take(parts);
        if (value !== undefined) counts.taken++;
        return value;
      },
      keep: (parts: readonly string[], value: unknown) => {
        counts.kept++;
        kept.keep(parts, value);
      },
      memo: <T>(parts: readonly string[], compute: () => T) => {
        let computed = false;
        const value = kept.memo(parts, () => {
          computed = true;
          counts.kept++;
          return compute();
        });
        if (!computed) counts.taken++;
        return value;
      },
    } satisfies KeptOutcomes,
  };
}

describe('loadContent with kept outcomes', () => {
  it('reports byte for byte what a full check reports, and checks again only the file that changed', () => {
    const { root, cache } = project('load');
    const dir = path.join(work, 'load-content');
    cpSync(path.resolve('content'), dir, { recursive: true });
    // The graph links entries to each other (cycles): its entries are compared by what they hold.
    const entries = (graph: object) => Object.entries(graph).map(([key, value]) => [key, Array.isArray(value) ? value.map((item: { slug?: string; file?: string; data?: unknown; body?: unknown }) => [item.slug, item.file, item.data, item.body]) : typeof value]);
    const plain = (result: ReturnType<typeof loadContent>) => JSON.stringify({ problems: result.problems, graph: entries(result.graph), counts: [result.errorCount, result.warningCount, result.filesChecked] });
    const full = loadContent({ dir, today: PINNED_TODAY });

    const cold = counted(openKeptOutcomes(CODE, { dir: cache, dataRoots: [root] }, {}));
    expect(plain(loadContent({ dir, today: PINNED_TODAY, kept: cold.kept }))).toBe(plain(full));
    expect(cold.counts.taken).toBe(0);
    expect(cold.counts.kept).toBeGreaterThan(100);
    cold.kept.save();

    const warm = counted(openKeptOutcomes(CODE, { dir: cache, dataRoots: [root] }, {}));
    const fromKept = loadContent({ dir, today: PINNED_TODAY, kept: warm.kept });
    expect(plain(fromKept)).toBe(plain(full));
    expect(warm.counts.kept).toBe(0);
    expect(warm.counts.taken).toBe(cold.counts.kept);
    // Line lookups work on outcomes taken from the cache (lineOf is made again from the frontmatter): the staleness warnings name the line of `reviewed`.
    expect(fromKept.problems.filter((p) => p.rule === 'stale' || p.field === 'reviewed').map((p) => p.line)).not.toContain(undefined);
    expect(fromKept.problems.some((p) => p.field === 'reviewed' && p.line > 1)).toBe(true);
    warm.kept.save();

    // A Frauenhaus entry that now names its street: checked again, refused, as without the cache.
    const shelter = path.join(dir, 'contacts', 'frauenhaus-celle.md');
    writeFileSync(shelter, readFileSync(shelter, 'utf8').replace(/\n---\n/, '\n---\n\nSie finden uns im Musterweg 5.\n\n'));
    const edited = counted(openKeptOutcomes(CODE, { dir: cache, dataRoots: [root] }, {}));
    const after = loadContent({ dir, today: PINNED_TODAY, kept: edited.kept });
    expect(plain(after)).toBe(plain(loadContent({ dir, today: PINNED_TODAY })));
    expect(after.problems.some((p) => p.file.endsWith('frauenhaus-celle.md') && p.severity === 'error')).toBe(true);
    expect(edited.counts.kept).toBe(1);
    // Another day: the date rules may judge every file anew.
    const nextDay = counted(openKeptOutcomes(CODE, { dir: cache, dataRoots: [root] }, {}));
    loadContent({ dir, today: '2027-03-01', kept: nextDay.kept });
    expect(nextDay.counts.taken).toBe(0);
  });
});
