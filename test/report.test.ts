/** The report formats: text for people, GitHub workflow annotations, JSON for tools. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentGraph, LoadResult, Problem } from '../src/content/index.ts';
import { annotation, formatGithub, formatJson, formatReport, formatText, problemLine, summaryLine, visible } from '../src/content/report.ts';
import { badCases } from './bad-cases.ts';
import { BAD, BASE, FIXTURES, ROOT, contentWith, expectNoCrash, parseAnnotation, parseText, runValidate, scratch, shown, unescapeAnnotation, validateInProcess, type RunResult } from './helpers.ts';

function result(problems: Problem[], filesChecked = 3): LoadResult {
  const errorCount = problems.filter((p) => p.severity === 'error').length;
  return { graph: {} as ContentGraph, problems, errorCount, warningCount: problems.length - errorCount, filesChecked };
}

const unknownRegion: Problem = {
  severity: 'error',
  file: 'content/contacts/biss-goettingen.md',
  line: 4,
  field: 'regions[0]',
  message: 'Regionen: unbekannte Region „landkreis-gottingen“',
  suggestion: 'meinten Sie „landkreis-goettingen“?',
  rule: 'unknown-region',
};
const wholeFile: Problem = { severity: 'error', file: 'content/contacts/Biss Göttingen.md', line: 1, field: '', message: 'Der Dateiname „Biss Göttingen.md“ ist ungültig.', rule: 'slug' };
const stale: Problem = {
  severity: 'warning',
  file: 'content/contacts/biss-goettingen.md',
  line: 5,
  field: 'reviewed',
  message: 'zuletzt geprüft am 2024-01-01, vor mehr als 12 Monaten',
  suggestion: 'die Angaben prüfen',
  rule: 'stale',
};

describe('problemLine', () => {
  it('prints file:line, field, message and suggestion', () => {
    expect(problemLine(unknownRegion)).toBe('content/contacts/biss-goettingen.md:4  regions[0]  Regionen: unbekannte Region „landkreis-gottingen“ — meinten Sie „landkreis-goettingen“?');
  });
  it('leaves out an empty field and a missing suggestion', () => {
    expect(problemLine(wholeFile)).toBe('content/contacts/Biss Göttingen.md:1  Der Dateiname „Biss Göttingen.md“ ist ungültig.');
  });
});

describe('summaryLine', () => {
  it('says "keine Fehler" and counts files and warnings in German', () => {
    expect(summaryLine(result([], 1))).toBe('✔ 1 Datei geprüft: keine Fehler.');
    expect(summaryLine(result([stale], 12))).toBe('✔ 12 Dateien geprüft: keine Fehler, 1 Warnung.');
  });
  it('counts errors and the files that have them', () => {
    expect(summaryLine(result([unknownRegion, wholeFile, stale, { ...stale, line: 6 }], 9))).toBe(
      '✖ 9 Dateien geprüft: 2 Fehler in 2 Dateien, 2 Warnungen. Die Website wird erst gebaut, wenn alle Fehler behoben sind.',
    );
    expect(summaryLine(result([unknownRegion, { ...unknownRegion, line: 7 }]))).toMatch(/^✖ 3 Dateien geprüft: 2 Fehler in 1 Datei\. /);
  });
});

describe('formatText', () => {
  const report = result([wholeFile, unknownRegion, stale]);
  it('groups problems under their file, tags errors and warnings, ends with the summary', () => {
    expect(formatText(report, false).split('\n')).toEqual([
      'content/contacts/Biss Göttingen.md',
      '  Fehler  content/contacts/Biss Göttingen.md:1  Der Dateiname „Biss Göttingen.md“ ist ungültig.',
      '',
      'content/contacts/biss-goettingen.md',
      '  Fehler  content/contacts/biss-goettingen.md:4  regions[0]  Regionen: unbekannte Region „landkreis-gottingen“ — meinten Sie „landkreis-goettingen“?',
      '  Warnung content/contacts/biss-goettingen.md:5  reviewed  zuletzt geprüft am 2024-01-01, vor mehr als 12 Monaten — die Angaben prüfen',
      '',
      summaryLine(report),
    ]);
  });
  it('colours only when asked', () => {
    expect(formatText(report, false)).not.toContain('\u001b[');
    const coloured = formatText(report, true);
    expect(coloured).toContain('\u001b[31mFehler  \u001b[0m');
    expect(coloured).toContain('\u001b[33mWarnung \u001b[0m');
    expect(coloured).toContain('\u001b[1mcontent/contacts/biss-goettingen.md\u001b[0m');
  });
  it('shows control characters from content as \\uXXXX escapes, never raw', () => {
    const nasty: Problem = {
      severity: 'error',
      file: 'content/contacts/a\nb.md',
      line: 6,
      field: 'kind\r',
      message: 'Art: „biss\n::error file=evil.md,line=1::pwned\r\u001b[31mrot\u0007\u2028“ ist kein erlaubter Wert',
      suggestion: 'meinten Sie\t„biss“?',
      rule: 'enum',
    };
    expect(formatText(result([nasty], 1), false).split('\n')).toEqual([
      'content/contacts/a\\u000ab.md',
      '  Fehler  content/contacts/a\\u000ab.md:6  kind\\u000d  Art: „biss\\u000a::error file=evil.md,line=1::pwned\\u000d\\u001b[31mrot\\u0007\\u2028“ ist kein erlaubter Wert — meinten Sie\\u0009„biss“?',
      '',
      summaryLine(result([nasty], 1)),
    ]);
    // German text, umlauts and typographic quotes are left alone
    expect(problemLine(unknownRegion)).toContain('„landkreis-gottingen“');
  });

  it('prints only the summary when there is nothing to report', () => {
    expect(formatText(result([], 11), false)).toBe('✔ 11 Dateien geprüft: keine Fehler.');
  });
});

describe('formatGithub', () => {
  it('prints one annotation per problem and the summary', () => {
    const report = result([wholeFile, unknownRegion, stale]);
    expect(formatGithub(report).split('\n')).toEqual([
      '::error file=content/contacts/Biss Göttingen.md,line=1,title=Datei::Der Dateiname „Biss Göttingen.md“ ist ungültig.',
      '::error file=content/contacts/biss-goettingen.md,line=4,title=regions[0]::Regionen: unbekannte Region „landkreis-gottingen“ — meinten Sie „landkreis-goettingen“?',
      '::warning file=content/contacts/biss-goettingen.md,line=5,title=reviewed::zuletzt geprüft am 2024-01-01, vor mehr als 12 Monaten — die Angaben prüfen',
      summaryLine(report),
    ]);
  });

  it('escapes % CR LF in data, and also : , in properties', () => {
    const nasty: Problem = {
      severity: 'error',
      file: 'content/a,b:c%d.md',
      line: 2,
      field: 'x:y,z%',
      message: '100% falsch\n::error file=evil.md::pwned\r',
      suggestion: 'a: b, c',
      rule: 'test',
    };
    const [line, summary, ...rest] = formatGithub(result([nasty])).split('\n');
    expect(rest).toEqual([]);
    expect(summary).toMatch(/^✖ /);
    expect(line).toBe('::error file=content/a%2Cb%3Ac%25d.md,line=2,title=x%3Ay%2Cz%25::100%25 falsch%0A::error file=evil.md::pwned%0D — a: b, c');
    const parsed = parseAnnotation(line!)!;
    expect(unescapeAnnotation(parsed.file)).toBe(nasty.file);
    expect(unescapeAnnotation(parsed.title)).toBe(nasty.field);
    expect(unescapeAnnotation(parsed.message)).toBe(`${nasty.message} — ${nasty.suggestion}`);
  });

  it('escapes bidi controls in file names, fields and messages, in text and annotations (session 17)', () => {
    const bidi = ['\u061c', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
    for (const c of bidi) {
      const code = `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
      const problem: Problem = { severity: 'error', file: `content/contacts/x${c}b.md`, line: 2, field: `per${c}son`, message: `Art: „bi${c}ss“ ist kein erlaubter Wert`, rule: 'enum' };
      const text = formatText(result([problem], 1), false);
      const github = formatGithub(result([problem]));
      for (const out of [text, github]) {
        expect(out, code).not.toContain(c);
        expect(out.split(code).length - 1, code).toBeGreaterThanOrEqual(3);
      }
    }
    // Letters of right-to-left scripts stay as they are, and the zero-width non-joiner of Persian words.
    expect(visible('شارع الملك رقم ۵')).toBe('شارع الملك رقم ۵');
    expect(visible('خانه\u200cهای امن')).toBe('خانه\u200cهای امن');
    // Other invisible characters are shown as escapes too: zero widths, word joiner, BOM, Mongolian vowel separator, variation selector, Hangul filler, a tag.
    expect(visible('a\u200db\u2060c\ufeffd\u180ee\ufe0ff\u3164g\u{e0041}h')).toBe('a\\u200db\\u2060c\\ufeffd\\u180ee\\ufe0ff\\u3164g\\u{e0041}h');
    // JSON: the same strings to a JSON reader, no raw bidi control in the text.
    const tricky: Problem = { severity: 'error', file: 'content/contacts/x\u202eb.md', line: 2, field: '', message: 'Art: „bi\u2066ss\u{e0041}“\nzweite Zeile', rule: 'enum' };
    const json = formatJson(result([tricky]));
    expect(json).not.toMatch(/[\u202e\u2066]|\u{e0041}/u);
    expect(JSON.parse(json).problems).toEqual([tricky]);
  });

  it('escapes control characters in file names as in messages: no forged line, no terminal codes', () => {
    const file = 'content/contacts/a\nb\rc%d:e,f\u001b[31mg\u2028h\u0085i.md';
    const problem: Problem = { severity: 'error', file, line: 1, field: '', message: 'Der Dateiname ist ungültig.', rule: 'slug' };
    const [line, summary, ...rest] = formatGithub(result([problem])).split('\n');
    expect(rest).toEqual([]);
    expect(summary).toMatch(/^✖ /);
    expect(line).toBe('::error file=content/contacts/a%0Ab%0Dc%25d%3Ae%2Cf\\u001b[31mg\\u2028h\\u0085i.md,line=1,title=Datei::Der Dateiname ist ungültig.');
    expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
    // The same escaping in annotations of the other reports (npm run review, npm run schemas).
    expect(annotation('warning', file, 3, 'T\u001bi:t,el', 'M\u2028x\ny')).toBe(
      '::warning file=content/contacts/a%0Ab%0Dc%25d%3Ae%2Cf\\u001b[31mg\\u2028h\\u0085i.md,line=3,title=T\\u001bi%3At%2Cel::M\\u2028x%0Ay',
    );
  });
});

describe('formatJson and formatReport', () => {
  it('prints parseable JSON with ok, counts and every problem', () => {
    const report = result([unknownRegion, stale], 5);
    expect(JSON.parse(formatJson(report))).toEqual({ ok: false, filesChecked: 5, errors: 1, warnings: 1, problems: [unknownRegion, stale] });
    expect(JSON.parse(formatJson(result([stale])))).toMatchObject({ ok: true, errors: 0, warnings: 1 });
  });
  it('dispatches on the format name', () => {
    const report = result([unknownRegion]);
    expect(formatReport(report, 'json')).toBe(formatJson(report));
    expect(formatReport(report, 'github')).toBe(formatGithub(report));
    expect(formatReport(report, 'text')).toBe(formatText(report, false));
    expect(formatReport(report, 'text', true)).toBe(formatText(report, true));
  });
});

describe('validate CLI output formats', () => {
  const tmp = scratch();
  let dir = '';
  const runs: Record<string, RunResult> = {};
  const cases = ['feld-titel.md', 'slug-leerzeichen.md', 'unbekannter-ordner.md', 'region-tippfehler.md'].map((name) => badCases.find((c) => c.fixture === name)!);

  beforeAll(async () => {
    dir = contentWith(path.join(tmp.root, 'formats'), [
      ...cases.map((c) => ({ from: path.join(BAD, c.fixture), target: c.target })),
      // A value with a newline, a CR and an escape sequence: it must not forge a second annotation.
      { from: path.join(FIXTURES, 'injection', 'art-zeilenumbruch.md'), target: 'contacts/art-zeilenumbruch.md' },
    ]);
    const entries = await Promise.all([
      runValidate(['--dir', dir, '--format', 'github']),
      runValidate(['--dir', dir], { GITHUB_ACTIONS: 'true' }),
      runValidate(['--dir', dir, '--format', 'text'], { GITHUB_ACTIONS: 'true' }),
      runValidate(['--dir', dir, '--format', 'json']),
      runValidate(['--dir', dir]),
    ]);
    [runs.github, runs.auto, runs.text, runs.json, runs.plain] = entries;
  }, 60_000);
  afterAll(() => tmp.cleanup());

  it('--format github: every line but the summary is a well-formed annotation', () => {
    const run = runs.github!;
    expectNoCrash(run);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^✖ \d+ Dateien geprüft: \d+ Fehler in 5 Dateien\. /);
    const annotations = lines.slice(0, -1).map((line) => {
      const annotation = parseAnnotation(line);
      expect(annotation, line).toBeDefined();
      return annotation!;
    });
    expect(annotations.length).toBe(6);
    expect(annotations).toContainEqual({ severity: 'error', file: shown(dir, 'contacts/feld-titel.md'), line: 2, title: 'titel', message: 'unbekanntes Feld „titel“ — meinten Sie „title“?' });
    expect(annotations).toContainEqual(expect.objectContaining({ file: shown(dir, 'contacts/Biss Göttingen.md'), line: 1, title: 'Datei' }));
    expect(annotations).toContainEqual(
      expect.objectContaining({
        file: shown(dir, 'kontakte'),
        title: 'Ordner',
        line: 1,
        message: 'Der Ordner ist unbekannt. — Einträge gehören in einen der Ordner: initiatives, networks, materials, contacts, pages, vocabularies, translations',
      }),
    );
    expect(annotations).toContainEqual(
      expect.objectContaining({ file: shown(dir, 'contacts/region-tippfehler.md'), line: 6, title: 'regions[1]', message: expect.stringContaining('meinten Sie „landkreis-goettingen“?') }),
    );
  });

  it('--format github: newlines and CRs in content are escaped, no forged command', () => {
    const run = runs.github!;
    expect(run.stdout).not.toMatch(/^::error file=evil/m);
    expect(run.stdout).not.toContain('\r');
    const injected = run.stdout
      .split('\n')
      .map(parseAnnotation)
      .find((a) => a?.file === shown(dir, 'contacts/art-zeilenumbruch.md'));
    expect(injected).toBeDefined();
    expect(injected!.message).toContain('„biss%0A::error file=evil.md,line=1::pwned %250A%0D');
    expect(unescapeAnnotation(injected!.message)).toContain('„biss\n::error file=evil.md,line=1::pwned %0A\r');
  });

  it('GITHUB_ACTIONS=true selects github without --format; --format text still wins', () => {
    expect(runs.auto!.code).toBe(1);
    expect(runs.auto!.stdout).toBe(runs.github!.stdout);
    expect(runs.text!.stdout).toBe(runs.plain!.stdout);
    expect(runs.text!.stdout).not.toMatch(/^::error file=\//m);
    expect(parseText(runs.text!.stdout).length).toBe(6);
  });

  it('text output to a pipe is not coloured', () => {
    expect(runs.plain!.stdout).not.toContain('\u001b');
  });

  it('text output shows newlines, CRs and escape sequences from content as \\uXXXX, on one line', () => {
    const out = runs.plain!.stdout;
    expect(out).not.toMatch(/^::/m);
    expect(out).not.toContain('\r');
    expect(out).not.toContain('\u001b');
    const injected = parseText(out).filter((p) => p.file === shown(dir, 'contacts/art-zeilenumbruch.md'));
    expect(injected).toEqual([
      {
        severity: 'Fehler',
        file: shown(dir, 'contacts/art-zeilenumbruch.md'),
        line: 6,
        field: 'kind',
        text: 'Art: „biss\\u000a::error file=evil.md,line=1::pwned %0A\\u000d\\u001b[31mrot“ ist kein erlaubter Wert — meinten Sie „biss“?',
      },
    ]);
  });

  it('--format json: parseable, ok false, error count matches the problems', () => {
    const run = runs.json!;
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { ok: boolean; filesChecked: number; errors: number; warnings: number; problems: Problem[] };
    expect(report.ok).toBe(false);
    // 16 base files + 3 read; misnamed files and unknown folders are reported without being read.
    expect(report.filesChecked).toBe(19);
    expect(report.errors).toBe(report.problems.filter((p) => p.severity === 'error').length);
    expect(report.errors).toBe(6);
    for (const problem of report.problems) {
      expect(Object.keys(problem).sort()).toEqual(expect.arrayContaining(['field', 'file', 'line', 'message', 'rule', 'severity']));
      expect(problem.line).toBeGreaterThanOrEqual(1);
    }
    expect(report.problems).toContainEqual(expect.objectContaining({ file: shown(dir, 'contacts/feld-titel.md'), field: 'titel', rule: 'unknown-field', suggestion: 'meinten Sie „title“?' }));
  });
});

describe('warnings never fail a run', () => {
  let github: RunResult;
  let text: RunResult;
  let json: RunResult;
  const staleToday = { CONTENT_TODAY: '2028-01-01' };
  beforeAll(async () => {
    // The exit code of a run with warnings only, from the CLI; the same report in the other two
    // formats from the CLI's own calls in process (the CLI's formats: 'validate CLI output formats').
    github = await runValidate(['--dir', BASE, '--format', 'github'], staleToday);
    text = validateInProcess(BASE, staleToday.CONTENT_TODAY);
    json = validateInProcess(BASE, staleToday.CONTENT_TODAY, 'json');
  }, 60_000);

  it('stale entries (CONTENT_TODAY pinned 14 months later) are ::warning annotations, exit 0', () => {
    expectNoCrash(github);
    expect(github.code).toBe(0);
    const annotations = github.stdout
      .split('\n')
      .map(parseAnnotation)
      .filter((a) => a !== undefined);
    // 8 entries (the draft too); pages have no staleness.
    expect(annotations.length).toBe(8);
    for (const annotation of annotations) {
      expect(annotation.severity).toBe('warning');
      expect(annotation.title).toBe('reviewed');
      const source = readFileSync(path.join(ROOT, unescapeAnnotation(annotation.file)), 'utf8').split('\n');
      expect(annotation.line).toBe(source.findIndex((line) => line.startsWith('reviewed:')) + 1);
      expect(annotation.message).toMatch(/^zuletzt geprüft am 2026-\d\d-\d\d, vor mehr als 12 Monaten — /);
    }
    // A folder inside the project is shown relative to it.
    expect(annotations).toContainEqual(expect.objectContaining({ file: 'test/fixtures/base/contacts/biss-goettingen.md', message: expect.stringContaining('2026-10-05') }));
    expect(github.stdout.trimEnd().split('\n').at(-1)).toBe('✔ 16 Dateien geprüft: keine Fehler, 8 Warnungen.');
  });

  it('text and json agree: warnings, exit 0, ok true', () => {
    expect(text.code).toBe(0);
    const problems = parseText(text.stdout);
    expect(problems.length).toBe(8);
    expect(problems.every((p) => p.severity === 'Warnung' && p.field === 'reviewed')).toBe(true);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: true, errors: 0, warnings: 8 });
  });

  it('the same folder on a day within 12 months has no warnings', () => {
    const fresh = validateInProcess(BASE, '2027-08-19', 'github');
    expect(fresh.code).toBe(0);
    expect(fresh.stdout.trim()).toBe('✔ 16 Dateien geprüft: keine Fehler.');
  });
});
