/**
 * The real `scripts/validate.ts` as a child process against the bad-file corpus:
 * every case on its own, all of them at once, and the files that must be tolerated.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badCases, toleratedCases, type BadCase } from './bad-cases.ts';
import { BAD, BASE, PINNED_TODAY, TOLERATED, contentWith, expectNoCrash, parseText, runValidate, scratch, shown, validateInProcess, type RunResult } from './helpers.ts';

const tmp = scratch();
afterAll(() => tmp.cleanup());

const place = (c: { fixture: string; target: string }, from = BAD) => ({ from: path.join(from, c.fixture), target: c.target });

/** Asserts that the text report names the case's file, field, line and message. */
function expectCase(stdout: string, dir: string, c: BadCase, { suggestion = true } = {}): void {
  const file = shown(dir, c.reported ?? c.target);
  expect(stdout).toContain(file);
  expect(stdout).toContain(c.message);
  if (c.field) expect(stdout).toContain(`  ${c.field}  `);
  const found = parseText(stdout).find(
    (p) =>
      p.severity === 'Fehler' &&
      p.file === file &&
      p.field === c.field &&
      p.text.includes(c.message) &&
      (c.line === undefined || p.line === c.line) &&
      (!suggestion || c.suggestion === undefined || (p.text.includes(' — ') && p.text.split(' — ').slice(1).join(' — ').includes(c.suggestion))),
  );
  expect(found, `expected ${file}:${c.line ?? '?'} ${c.field} „${c.message}“${c.suggestion ? ` — „${c.suggestion}“` : ''} in:\n${stdout}`).toBeDefined();
}

describe('the corpus', () => {
  it('has at least 35 bad files, each listed exactly once, with unique targets', () => {
    const files = readdirSync(BAD).sort();
    const listed = badCases.map((c) => c.fixture).sort();
    expect(files.length).toBeGreaterThanOrEqual(35);
    expect(listed).toEqual(files);
    expect(new Set(badCases.map((c) => c.target.toLowerCase())).size).toBe(badCases.length);
    expect(toleratedCases.map((c) => c.fixture).sort()).toEqual(readdirSync(TOLERATED).sort());
  });
});

describe('validate CLI on the base fixture', () => {
  it('exits 0 with no problems', async () => {
    const result = await runValidate(['--dir', BASE]);
    expectNoCrash(result);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(parseText(result.stdout)).toEqual([]);
    expect(result.stdout).toMatch(/^✔ 16 Dateien geprüft: keine Fehler\.$/m);
  });

  it('reads the folder from CONTENT_DIR when --dir is not given', async () => {
    const dir = contentWith(path.join(tmp.root, 'env-dir'), [place(badCases.find((c) => c.fixture === 'titel-zahl.md')!)]);
    const result = await runValidate([], { CONTENT_DIR: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(shown(dir, 'contacts/titel-zahl.md'));
  });

  it('--dir wins over CONTENT_DIR', async () => {
    const result = await runValidate(['--dir', BASE], { CONTENT_DIR: path.join(tmp.root, 'does-not-exist') });
    expect(result.code).toBe(0);
  });

  it('reports a missing content folder instead of crashing', async () => {
    const missing = path.join(tmp.root, 'does-not-exist');
    const result = await runValidate(['--dir', missing]);
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(parseText(result.stdout)[0]).toEqual({
      severity: 'Fehler',
      file: shown(missing),
      line: 1,
      field: '',
      text: 'Der Inhaltsordner ist leer oder nicht vorhanden. — CONTENT_DIR oder --dir prüfen',
    });
    expect(result.stdout).toMatch(/^✖ 0 Dateien geprüft: /m);
  });

  it('refuses an unknown format and unknown options with exit 2 and no stack trace', async () => {
    const format = await runValidate(['--dir', BASE, '--format', 'xml']);
    expectNoCrash(format);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('Unbekanntes Format „xml“: erlaubt sind text, github, json.');
    expect(format.stdout).toBe('');
    const option = await runValidate(['--dir', BASE, '--verbose']);
    expectNoCrash(option);
    expect(option.code).toBe(2);
    expect(option.stderr.trim()).toBe('Unbekannte oder unvollständige Option: --verbose');
    expect(option.stdout).toBe('');
    const incomplete = await runValidate(['--dir']);
    expectNoCrash(incomplete);
    expect(incomplete.code).toBe(2);
    expect(incomplete.stderr).toMatch(/^Unbekannte oder unvollständige Option: --dir\b/);
    expect(incomplete.stdout).toBe('');
  });

  it('--help and -h print the options in German and exit 0 without checking anything', async () => {
    for (const flag of ['--help', '-h']) {
      const help = await runValidate(['--dir', '/nicht/vorhanden', flag]);
      expectNoCrash(help);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/^npm run validate \[-- Optionen\]/);
      for (const option of ['--dir ORDNER', '--format FORMAT', '-h, --help']) expect(help.stdout).toContain(option);
      expect(help.stderr).toBe('');
    }
  });
});

describe('validate CLI: each category of bad files in its own copy of the base', () => {
  // The CLI's report computed in-process (validateInProcess: the calls scripts/validate.ts makes):
  // a child process per category only repeated what the tests above and "all bad files at once"
  // prove about the process. Cases of a category do not interfere (distinct files, no references
  // between them). Each file alone is checked in test/validate.rules.test.ts.
  const categories = [...new Set(badCases.map((c) => c.category))];
  const runs = new Map<string, { dir: string; result: RunResult }>();
  beforeAll(() => {
    for (const category of categories) {
      const cases = badCases.filter((c) => c.category === category);
      const dir = contentWith(
        path.join(tmp.root, `category-${category}`),
        cases.map((c) => place(c)),
      );
      runs.set(category, { dir, result: validateInProcess(dir) });
    }
  }, 300_000);

  for (const category of categories) {
    it(`${category}: exit 1, no crash, only the bad files are reported`, () => {
      const run = runs.get(category)!;
      expectNoCrash(run.result);
      expect(run.result.stderr).toBe('');
      expect(run.result.code).toBe(1);
      const expected = new Set(badCases.filter((c) => c.category === category).map((c) => shown(run.dir, c.reported ?? c.target)));
      const reported = new Set(
        parseText(run.result.stdout)
          .filter((p) => p.severity === 'Fehler')
          .map((p) => p.file),
      );
      expect([...reported].sort()).toEqual([...expected].sort());
      expect(run.result.stdout).toMatch(new RegExp(`^✖ \\d+ Dateien? geprüft: \\d+ Fehler in ${expected.size} Dateien?(, \\d+ Warnung(en)?)?\\. `, 'm'));
    });
  }

  for (const c of badCases) {
    it(`${c.category}: ${c.fixture} → ${c.target}`, () => {
      const run = runs.get(c.category)!;
      expectCase(run.result.stdout, run.dir, c);
    });
  }
});

describe('validate CLI: all bad files at once', () => {
  let dir = '';
  let text: RunResult;
  let json: RunResult;
  beforeAll(async () => {
    dir = contentWith(
      path.join(tmp.root, 'all-bad'),
      badCases.map((c) => place(c)),
    );
    text = await runValidate(['--dir', dir]);
    // The JSON report from the CLI's own calls in process: the CLI's --format json as a child
    // process, exit 1 included, is tested in report.test.ts ('validate CLI output formats').
    json = validateInProcess(dir, PINNED_TODAY, 'json');
  }, 60_000);

  it('exits 1 without a crash', () => {
    for (const result of [text, json]) {
      expectNoCrash(result);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(1);
    }
  });

  it('prints every case’s problem in one run (text)', () => {
    for (const c of badCases) expectCase(text.stdout, dir, c, { suggestion: false });
  });

  it('prints every case’s problem in one run (json), and nothing for the base files', () => {
    const report = JSON.parse(json.stdout) as {
      ok: boolean;
      errors: number;
      problems: { severity: string; file: string; line: number; field: string; message: string }[];
    };
    expect(report.ok).toBe(false);
    expect(report.errors).toBeGreaterThanOrEqual(badCases.length);
    for (const c of badCases) {
      const file = shown(dir, c.reported ?? c.target);
      const hit = report.problems.find((p) => p.severity === 'error' && p.file === file && p.field === c.field && p.message.includes(c.message) && (c.line === undefined || p.line === c.line));
      expect(hit, `${c.fixture}: ${c.field} „${c.message}“`).toBeDefined();
    }
    const expected = new Set(badCases.map((c) => shown(dir, c.reported ?? c.target)));
    expect(report.problems.filter((p) => !expected.has(p.file))).toEqual([]);
  });

  it('counts the failing files in the summary', () => {
    const failing = new Set(badCases.map((c) => c.reported ?? c.target)).size;
    // Warnings: several fixtures share the title "BISS Testfall" (duplicate-title warning).
    expect(text.stdout).toMatch(new RegExp(`^✖ \\d+ Dateien geprüft: \\d+ Fehler in ${failing} Dateien(, \\d+ Warnung(en)?)?\\. Die Website wird erst gebaut`, 'm'));
  });
});

describe('validate CLI: tolerated files', () => {
  for (const c of toleratedCases) {
    it(`accepts ${c.fixture} (${c.why})`, () => {
      const dir = contentWith(path.join(tmp.root, `ok-${c.fixture}`), [place(c, TOLERATED)]);
      const result = validateInProcess(dir);
      expectNoCrash(result);
      expect(result.code).toBe(0);
      expect(parseText(result.stdout)).toEqual([]);
      expect(result.stdout).toMatch(/^✔ 17 Dateien geprüft: keine Fehler\.$/m);
    });
  }
});

describe('---js frontmatter is never executed', () => {
  const marker = path.join(os.tmpdir(), 'gsn-frontmatter-js-executed.txt');
  const fixture = readFileSync(path.join(BAD, 'frontmatter-js.md'), 'utf8');

  it('the fixture really is executable JavaScript (control: gray-matter’s default engines run it)', () => {
    // Same payload, its own marker, so the check below cannot be disturbed by this control.
    const control = path.join(tmp.root, 'control-marker.txt');
    const text = fixture.replace("require('os').tmpdir() + '/gsn-frontmatter-js-executed.txt'", JSON.stringify(control));
    expect(text).not.toBe(fixture);
    const parsed = matter(text);
    expect(existsSync(control)).toBe(true);
    expect(parsed.data).toMatchObject({ title: 'BISS JavaScript' });
  });

  it('the validator refuses it and the payload does not run', async () => {
    rmSync(marker, { force: true });
    const dir = contentWith(path.join(tmp.root, 'js-frontmatter'), [{ from: path.join(BAD, 'frontmatter-js.md'), target: 'contacts/frontmatter-js.md' }]);
    const result = await runValidate(['--dir', dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${shown(dir, 'contacts/frontmatter-js.md')}:1  Die Datei beginnt nicht mit dem Frontmatter.`);
    expect(existsSync(marker)).toBe(false);
  });
});
