/**
 * `npm run validate` on large content checks the largest files on a second thread
 * (src/content/check-pool.ts): the report must be the one a single thread gives, byte for byte,
 * with errors in several files, in the file a worker checks and in cross-file rules (unknown
 * topic, stale date) that look up lines in a record the worker built.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFileChecks, WORKER_MIN_BYTES } from '../src/content/check-pool.ts';
import { filesForSecondThread, secondThreadShare } from '../src/content/check-split.ts';
import { portableOutcome, revivedOutcome, type FileChecks } from '../src/content/file-checks.ts';
import { checkFile, loadContent } from '../src/content/load.ts';
import { formatReport } from '../src/content/report.ts';
import { SHELTER_ENTRY_LIMIT } from '../src/content/guarded-size.ts';
import { openKeptOutcomes } from '../src/content/kept-outcomes.ts';
import { TEXT_LIMIT } from '../src/content/source-files.ts';
import { withToday } from '../src/schema/clock.ts';
import { BASE, PINNED_TODAY, contentWith, expectNoCrash, runValidate, scratch, validateInProcess } from './helpers.ts';

const tmp = scratch('gsn-threads-');
afterAll(() => tmp.cleanup());

/** A graph as text, cycles included; functions (the records' line lookups) only as such. */
const shape = (value: unknown) => inspect(value, { depth: Infinity, maxArrayLength: Infinity, maxStringLength: Infinity }).replace(/\[Function[^\]]*\]/g, '[Function]');

/** The Markdown files of one content folder with their sizes. */
const filesOf = (dir: string, type: string) => readdirSync(path.join(dir, type)).map((name) => ({ abs: path.join(dir, type, name), size: statSync(path.join(dir, type, name)).size }));

/** A valid body of ordinary paragraphs, `bytes` long: of a Frauenhaus entry, or of a counselling centre. */
function body(bytes: number, shelter = true): string {
  const paragraph = shelter
    ? 'Das Frauenhaus nimmt Frauen und ihre Kinder auf, rund um die Uhr nach telefonischer Absprache. Die Lage ist vertraulich.\n\n'
    : 'Die Beratungsstelle berät Frauen und ihre Kinder, am Telefon und persönlich, auch in mehreren Sprachen und ohne Kosten.\n\n';
  return paragraph.repeat(Math.ceil(bytes / paragraph.length));
}

/**
 * The base content plus six large files (as large as a file may be, src/content/source-files.ts
 * TEXT_LIMIT) and a Frauenhaus entry as large as one may be (SHELTER_ENTRY_LIMIT), with errors
 * (one per-file, one cross-file), and two broken small ones.
 */
function largeContent(dir: string): string {
  contentWith(dir);
  const shelter = readFileSync(path.join(BASE, 'contacts', 'frauenhaus-goettingen.md'), 'utf8');
  const centre = readFileSync(path.join(BASE, 'contacts', 'biss-goettingen.md'), 'utf8');
  // Valid on its own; unknown topic and a stale date are found across files, at lines of the worker's record.
  writeFileSync(
    path.join(dir, 'contacts', 'beratung-gross.md'),
    centre.replace('topics: [wohnungsverweisung, gewaltschutzgesetz]', 'topics: [gibt-es-nicht]').replace('reviewed: 2026-10-05', 'reviewed: 2024-01-02') + body(TEXT_LIMIT - 20_000, false),
  );
  writeFileSync(path.join(dir, 'contacts', 'beratung-zweite.md'), centre + body(TEXT_LIMIT - 60_000, false));
  // Enough of them for a second thread's share (WORKER_MIN_BYTES) with files within the limit.
  for (const name of ['dritte', 'vierte', 'fuenfte', 'sechste']) writeFileSync(path.join(dir, 'contacts', `beratung-${name}.md`), centre + body(TEXT_LIMIT - 20_000, false));
  // An address in the body: an error of the file's own check (the shelter guard).
  writeFileSync(path.join(dir, 'contacts', 'frauenhaus-zweites.md'), shelter + body(SHELTER_ENTRY_LIMIT - 2000) + 'Sie finden uns am Musterweg 5.\n');
  writeFileSync(path.join(dir, 'contacts', 'hilfetelefon.md'), 'kein Frontmatter\n');
  const page = path.join(dir, 'pages', 'ueber-uns.md');
  writeFileSync(page, readFileSync(page, 'utf8').replace(/^title: .*$/m, 'title: "\u0007"'));
  return dir;
}

describe('which files the second thread takes', () => {
  it('gives the largest file to the second thread and balances the rest against the head start', () => {
    const files = [
      { abs: 'a', size: 10 },
      { abs: 'b', size: 1000 },
      { abs: 'c', size: 300 },
      { abs: 'd', size: 400 },
    ];
    expect([...filesForSecondThread(files, 0)].sort()).toEqual(['b']);
    expect([...filesForSecondThread(files, 2000)].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect([...filesForSecondThread(files, 1100)].sort()).toEqual(['a', 'b', 'd']);
    expect(secondThreadShare(files, 1100)).toBe(1410);
  });

  it('starts no worker for small content', () => {
    const dir = contentWith(path.join(tmp.root, 'small'));
    expect(startFileChecks(new URL(import.meta.url), dir, 'auto', WORKER_MIN_BYTES)).toBeUndefined();
    expect(startFileChecks(new URL(import.meta.url), dir, 'never')).toBeUndefined();
  });
});

/** In-process stand-in for the worker: takes every file, checks on request, and clones the outcome as postMessage does; `handedOver` lists the files. */
function checksEverywhere(handedOver: string[]): FileChecks {
  return {
    split: (files) => new Set(files.map((f) => f.abs)),
    check(job) {
      handedOver.push(job.file);
      return () =>
        structuredClone(
          portableOutcome(
            withToday(job.today, () => checkFile(job.type, job.slug, job.file, job.text, job.reserved)),
            job.text,
          ),
        );
    },
    close() {},
  };
}

describe('loadContent with checks elsewhere', () => {
  let dir: string;
  beforeAll(() => {
    dir = largeContent(path.join(tmp.root, 'large'));
  });

  it('gives the same problems and graph when every file is checked elsewhere, outcomes cloned as between threads', () => {
    const handedOver: string[] = [];
    const everywhere = checksEverywhere(handedOver);
    const alone = loadContent({ dir, today: PINNED_TODAY });
    const split = loadContent({ dir, today: PINNED_TODAY, checks: everywhere });
    expect(handedOver.length).toBeGreaterThan(5);
    expect(formatReport(split, 'json', false)).toBe(formatReport(alone, 'json', false));
    expect(split.problems.map((p) => `${p.file}:${p.line}:${p.rule}`)).toContain(`${split.problems.find((p) => p.file.endsWith('beratung-gross.md'))?.file}:5:unknown-topic`);
    expect(split.problems.some((p) => p.file.endsWith('frauenhaus-zweites.md') && p.severity === 'error' && p.rule?.startsWith('shelter'))).toBe(true);
    expect(shape(split.graph)).toBe(shape(alone.graph));
    expect(split.filesChecked).toBe(alone.filesChecked);
  });

  it('with kept outcomes, hands over only what was not kept, keeps what comes back, and reports the same', () => {
    const cache = path.join(tmp.root, 'kept');
    const handedOver: string[] = [];
    const everywhere = checksEverywhere(handedOver);
    const alone = formatReport(loadContent({ dir, today: PINNED_TODAY }), 'json', false);
    const first = openKeptOutcomes('0123456789abcdef', { dir: cache, dataRoots: [process.cwd()] });
    expect(formatReport(loadContent({ dir, today: PINNED_TODAY, checks: everywhere, kept: first }), 'json', false)).toBe(alone);
    const all = handedOver.length;
    expect(all).toBeGreaterThan(5);
    first.save();
    const second = openKeptOutcomes('0123456789abcdef', { dir: cache, dataRoots: [process.cwd()] });
    expect(formatReport(loadContent({ dir, today: PINNED_TODAY, checks: everywhere, kept: second }), 'json', false)).toBe(alone);
    expect(handedOver.length).toBe(all);
  });

  it('checks a file itself when the other thread gives no outcome', () => {
    const silent: FileChecks = { split: (files) => new Set(files.map((f) => f.abs)), check: () => () => undefined, close() {} };
    const alone = loadContent({ dir, today: PINNED_TODAY });
    expect(formatReport(loadContent({ dir, today: PINNED_TODAY, checks: silent }), 'json', false)).toBe(formatReport(alone, 'json', false));
  });

  it('revives a record whose lines are looked up later', () => {
    const text = readFileSync(path.join(dir, 'contacts', 'beratung-gross.md'), 'utf8');
    const outcome = withToday(PINNED_TODAY, () => checkFile('contacts', 'beratung-gross', 'x.md', text, []));
    const revived = revivedOutcome(structuredClone(portableOutcome(outcome, text)));
    expect(revived.record?.lineOf(['reviewed'])).toBe(outcome.record?.lineOf(['reviewed']));
    expect(revived.record?.lineOf(['topics', 0])).toBe(5);
  });

  it('npm run validate starts a worker for it and prints what one thread prints, in every format', async () => {
    expect(startFileChecks(new URL(import.meta.url), dir, 'auto', Infinity)).toBeUndefined();
    // Large enough for 'auto' whenever a core is spare; forced here, as the machine may be busy.
    expect(secondThreadShare([...filesOf(dir, 'contacts'), ...filesOf(dir, 'pages')], 0)).toBeGreaterThanOrEqual(WORKER_MIN_BYTES);
    // --no-cache: every run checks every file, so the worker gets the largest (kept outcomes would leave it none).
    for (const format of ['text', 'json', 'github'] as const) {
      const cli = await runValidate(['--dir', dir, '--format', format, '--no-cache'], { VALIDATE_THREADS: '2' });
      expectNoCrash(cli);
      expect(cli).toEqual(validateInProcess(dir, PINNED_TODAY, format));
      expect(cli.code).toBe(1);
    }
    // And with outcomes kept from a run before: the same report.
    await runValidate(['--dir', dir], { VALIDATE_THREADS: '2' });
    expect(await runValidate(['--dir', dir], { VALIDATE_THREADS: '2' })).toEqual(validateInProcess(dir, PINNED_TODAY, 'text'));
    // Three runs of a 700 KB load, and a new bundle after a source change, on a machine that may be busy.
  }, 300_000);

  it('refuses any other VALIDATE_THREADS than 1 or 2 with exit 2 and a German message, before reading anything', async () => {
    for (const value of ['3', 'zwei']) {
      const cli = await runValidate(['--dir', dir], { VALIDATE_THREADS: value });
      expectNoCrash(cli);
      expect(cli.code, `${cli.stdout}${cli.stderr}`).toBe(2);
      expect(`${cli.stdout}${cli.stderr}`).toContain(`VALIDATE_THREADS=${value}: erlaubt sind 1 (ein Thread) und 2`);
      expect(cli.stdout, 'no report').not.toContain('Dateien geprüft');
    }
  }, 120_000);
});
