/**
 * Only the repository's own files are read (issue 13 §2, DESIGN §6e): links, devices, pipes and
 * oversized files anywhere in the content folder are refused with a German message naming the
 * file, by the real `npm run validate` and `npm run build`, and nothing behind a link is read or
 * published. Every case puts a valid entry (or list, or PDF) with a marker text behind the link,
 * so a reader that followed it would pass validation and publish the marker.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BASE, PINNED_TODAY, ROOT, expectNoCrash, parseText, pool, scratch, shown, type RunResult } from './helpers.ts';
import { runBuild } from './support/site.ts';
import { copyContentFile, MATERIAL_LIMIT, readContentFile, TEXT_LIMIT } from '../src/content/source-files.ts';
import { readVocabularies, VocabularyError } from '../src/content/vocabularies.ts';

const tmp = scratch('gsn-gate-');
afterAll(() => tmp.cleanup());

const SECRET = 'GEHEIMNIS-XJ4711';
const SYMLINK = {
  message: 'Hier liegt ein symbolischer Link; Links werden nicht gelesen, damit nichts von außerhalb des Inhaltsordners veröffentlicht wird.',
  suggestion: 'den Link löschen und an seine Stelle die Datei oder den Ordner selbst legen',
};
const NOT_REGULAR = {
  message: 'Das ist keine gewöhnliche Datei (sondern z. B. ein Gerät, eine Pipe oder ein Socket) und wird nicht gelesen.',
  suggestion: 'an seiner Stelle eine gewöhnliche Datei ablegen',
};
const HIDDEN = { message: 'wird nicht gelesen und nicht veröffentlicht, weil der Name mit einem Punkt beginnt (versteckt).', suggestion: 'den Punkt am Anfang entfernen' };

/** Files with the marker outside the content folder: what a link would publish if followed. */
function outsideFiles(outside: string): void {
  mkdirSync(path.join(outside, 'seiten'), { recursive: true });
  mkdirSync(path.join(outside, 'dateien'), { recursive: true });
  const contact = readFileSync(path.join(BASE, 'contacts/hilfetelefon.md'), 'utf8').replace(/^title: .*$/m, `title: Außerhalb ${SECRET}`);
  writeFileSync(path.join(outside, 'geheim.md'), `${contact}\n${SECRET}\n`);
  writeFileSync(path.join(outside, 'seiten', 'ueber-uns.md'), readFileSync(path.join(BASE, 'pages/ueber-uns.md'), 'utf8').replace('# Über uns', `# Über uns ${SECRET}`));
  const pdf = `%PDF-1.4\n% ${SECRET}\n%%EOF\n`;
  writeFileSync(path.join(outside, 'geheim.pdf'), pdf);
  writeFileSync(path.join(outside, 'dateien', 'antrag-schutzanordnung.pdf'), pdf);
  cpSync(path.join(BASE, 'vocabularies'), path.join(outside, 'vokabular'), { recursive: true });
  writeFileSync(path.join(outside, 'vokabular', 'topics.yml'), readFileSync(path.join(BASE, 'vocabularies/topics.yml'), 'utf8').replace(/label: (.*)/, `label: $1 ${SECRET}`));
}

interface GateCase {
  name: string;
  /** Changes the copy of the base fixture at `dir`; `outside` holds the marker files. */
  arrange(dir: string, outside: string): void;
  /** The path reported, relative to the content folder ('' for the folder itself). */
  reported: string;
  severity: 'Fehler' | 'Warnung';
  message: string;
  suggestion: string;
  /** Validate this folder instead of the content folder (the content folder given as a link). */
  validate?: (dir: string) => string;
}

const link = (target: string, at: string) => {
  rmSync(at, { recursive: true, force: true });
  symlinkSync(target, at);
};
const bigText = (bytes: number) => {
  const head = readFileSync(path.join(BASE, 'contacts/hilfetelefon.md'), 'utf8');
  return head + 'a'.repeat(bytes - Buffer.byteLength(head));
};

const cases: GateCase[] = [
  {
    name: 'an absolute link to a Markdown file outside',
    reported: 'contacts/geheim.md',
    severity: 'Fehler',
    ...SYMLINK,
    arrange: (d, o) => link(path.join(o, 'geheim.md'), path.join(d, 'contacts/geheim.md')),
  },
  {
    name: 'a relative link to a Markdown file outside',
    reported: 'initiatives/geheim.md',
    severity: 'Fehler',
    ...SYMLINK,
    arrange: (d, o) => link(path.relative(path.join(d, 'initiatives'), path.join(o, 'geheim.md')), path.join(d, 'initiatives/geheim.md')),
  },
  { name: 'a link to /dev/zero', reported: 'contacts/null.md', severity: 'Fehler', ...SYMLINK, arrange: (d) => link('/dev/zero', path.join(d, 'contacts/null.md')) },
  { name: 'a link to a folder, named like an entry', reported: 'networks/ordner.md', severity: 'Fehler', ...SYMLINK, arrange: (d, o) => link(o, path.join(d, 'networks/ordner.md')) },
  { name: 'a dangling link', reported: 'contacts/weg.md', severity: 'Fehler', ...SYMLINK, arrange: (d, o) => link(path.join(o, 'gibt-es-nicht.md'), path.join(d, 'contacts/weg.md')) },
  {
    name: 'a link to another file inside the content folder',
    reported: 'contacts/kopie.md',
    severity: 'Fehler',
    ...SYMLINK,
    arrange: (d) => link('hilfetelefon.md', path.join(d, 'contacts/kopie.md')),
  },
  { name: 'content/pages/ as a link to a folder outside', reported: 'pages', severity: 'Fehler', ...SYMLINK, arrange: (d, o) => link(path.join(o, 'seiten'), path.join(d, 'pages')) },
  {
    name: 'a material file as a link',
    reported: 'materials/files/antrag-schutzanordnung.pdf',
    severity: 'Fehler',
    ...SYMLINK,
    arrange: (d, o) => link(path.join(o, 'geheim.pdf'), path.join(d, 'materials/files/antrag-schutzanordnung.pdf')),
  },
  { name: 'content/materials/files/ as a link', reported: 'materials/files', severity: 'Fehler', ...SYMLINK, arrange: (d, o) => link(path.join(o, 'dateien'), path.join(d, 'materials/files')) },
  {
    name: 'a vocabulary list as a link',
    reported: 'vocabularies/topics.yml',
    severity: 'Fehler',
    ...SYMLINK,
    arrange: (d, o) => link(path.join(o, 'vokabular/topics.yml'), path.join(d, 'vocabularies/topics.yml')),
  },
  { name: 'content/vocabularies/ as a link', reported: 'vocabularies', severity: 'Fehler', ...SYMLINK, arrange: (d, o) => link(path.join(o, 'vokabular'), path.join(d, 'vocabularies')) },
  {
    name: 'the content folder itself as a link',
    reported: '',
    severity: 'Fehler',
    message: 'Der Inhaltsordner ist ein symbolischer Link',
    suggestion: 'CONTENT_DIR oder --dir auf den echten Ordner richten',
    arrange: (d) => symlinkSync(d, `${d}-link`),
    validate: (d) => `${d}-link`,
  },
  { name: 'a named pipe', reported: 'contacts/pipe.md', severity: 'Fehler', ...NOT_REGULAR, arrange: (d) => mkfifo(path.join(d, 'contacts/pipe.md')) },
  {
    name: 'a Markdown file over 128 KB',
    reported: 'contacts/gross.md',
    severity: 'Fehler',
    message: 'Die Datei ist 129 KB groß; erlaubt sind höchstens 128 KB. Sie wird nicht gelesen.',
    suggestion: 'den Text kürzen',
    arrange: (d) => writeFileSync(path.join(d, 'contacts/gross.md'), bigText(TEXT_LIMIT + 1)),
  },
  {
    name: 'a vocabulary list of 3 MB',
    reported: 'vocabularies/regions.yml',
    severity: 'Fehler',
    message: 'Die Datei ist 3 MB groß; erlaubt sind höchstens 128 KB.',
    suggestion: 'den Text kürzen',
    arrange: (d) => writeFileSync(path.join(d, 'vocabularies/regions.yml'), readFileSync(path.join(BASE, 'vocabularies/regions.yml'), 'utf8') + `# ${'x'.repeat(3 * 1024 * 1024)}\n`),
  },
  {
    name: 'a material file over 25 MB',
    reported: 'materials/files/antrag-schutzanordnung.pdf',
    severity: 'Fehler',
    message: 'erlaubt sind höchstens 25 MB',
    suggestion: 'mit „url“ verlinken',
    arrange: (d) => truncateSync(path.join(d, 'materials/files/antrag-schutzanordnung.pdf'), MATERIAL_LIMIT + 1),
  },
  {
    name: 'a hidden draft',
    reported: 'pages/.entwurf.md',
    severity: 'Warnung',
    message: `Die Datei ${HIDDEN.message}`,
    suggestion: HIDDEN.suggestion,
    arrange: (d, o) => cpSync(path.join(o, 'geheim.md'), path.join(d, 'pages/.entwurf.md')),
  },
  {
    name: 'a hidden folder',
    reported: 'contacts/.archiv',
    severity: 'Warnung',
    message: `Der Ordner ${HIDDEN.message}`,
    suggestion: HIDDEN.suggestion,
    arrange: (d, o) => cpSync(o, path.join(d, 'contacts/.archiv'), { recursive: true }),
  },
  {
    name: 'an unknown file in content/vocabularies/',
    reported: 'vocabularies/zielgruppen.yml',
    severity: 'Warnung',
    message: 'Die Datei wird nicht gelesen: in content/vocabularies/ gehören nur regions.yml und topics.yml.',
    suggestion: 'die Datei löschen',
    arrange: (d) => writeFileSync(path.join(d, 'vocabularies/zielgruppen.yml'), '- id: eltern\n  label: Eltern\n'),
  },
];

function mkfifo(at: string): void {
  const made = spawnSync('mkfifo', [at]);
  if (made.status !== 0) throw new Error(`mkfifo ${at} fehlgeschlagen: ${made.stderr}`);
}

/**
 * `npm run validate` in a child process that is killed after 30 s: a reader stuck on
 * /dev/zero or a pipe fails the test instead of hanging it.
 */
function validateBounded(dir: string): Promise<RunResult & { signal: NodeJS.Signals | null; ms: number }> {
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_TODAY: PINNED_TODAY, NO_COLOR: '1' };
  for (const variable of ['CONTENT_DIR', 'GITHUB_ACTIONS', 'GITHUB_STEP_SUMMARY', 'DEBUG', 'FORCE_COLOR']) delete env[variable];
  const started = Date.now();
  return new Promise((resolve, reject) => {
    // A V8 heap limit as a second guard: reading /dev/zero would hit it instead of the machine's memory.
    const child = spawn(process.execPath, ['--max-old-space-size=512', 'scripts/run.mjs', 'validate', '--dir', dir], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 30_000,
      killSignal: 'SIGKILL',
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, ms: Date.now() - started }));
  });
}

let serial = 0;
function arrange(...chosen: GateCase[]): { dir: string; target: string } {
  const root = path.join(tmp.root, `case-${++serial}`);
  const dir = path.join(root, 'content');
  const outside = path.join(root, 'ausserhalb');
  cpSync(BASE, dir, { recursive: true });
  outsideFiles(outside);
  for (const c of chosen) c.arrange(dir, outside);
  return { dir, target: chosen.find((c) => c.validate)?.validate?.(dir) ?? dir };
}

function expectReported(stdout: string, dir: string, c: GateCase): void {
  const file = c.validate ? shown(c.validate(dir)) : shown(dir, c.reported);
  const found = parseText(stdout).find((p) => p.severity === c.severity && p.file === file && p.line === 1 && p.text.includes(c.message) && p.text.split(' — ')[1]?.includes(c.suggestion));
  expect(found, `${c.severity} ${file} „${c.message}“ — „${c.suggestion}“ in:\n${stdout}`).toBeDefined();
}

describe('npm run validate refuses what is not a regular file of the content folder', () => {
  const results = new Map<string, { dir: string; result: Awaited<ReturnType<typeof validateBounded>> }>();
  const ready = pool(cases, Math.min(2, os.availableParallelism()), async (c) => {
    const { dir, target } = arrange(c);
    results.set(c.name, { dir, result: await validateBounded(target) });
  });

  for (const c of cases) {
    it(`${c.name}: ${c.severity === 'Fehler' ? 'error, exit 1' : 'warning, exit 0'}`, async () => {
      await ready;
      const { dir, result } = results.get(c.name)!;
      expect(result.signal, `validation did not finish in time (${result.ms} ms)`).toBeNull();
      expectNoCrash(result);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(c.severity === 'Fehler' ? 1 : 0);
      expectReported(result.stdout, dir, c);
      // Nothing behind a link was read: its marker appears nowhere in the report.
      expect(result.stdout).not.toContain(SECRET);
    }, 120_000);
  }

  it('reports a refused material file once, not again as missing', async () => {
    await ready;
    const { result } = results.get('a material file as a link')!;
    expect(result.stdout).not.toContain('gibt es nicht');
    expect(parseText(result.stdout).filter((p) => p.severity === 'Fehler')).toHaveLength(1);
  }, 120_000);

  it('reports every refused file at once with the other validation errors', async () => {
    // All errors but those that replace a file another case links (the folder of material files, of vocabularies).
    const errors = cases.filter(
      (c) => c.severity === 'Fehler' && !c.validate && !['content/materials/files/ as a link', 'content/vocabularies/ as a link', 'a material file over 25 MB'].includes(c.name),
    );
    const { dir } = arrange(...errors);
    // An ordinary validation error beside them.
    writeFileSync(path.join(dir, 'contacts/ohne-titel.md'), readFileSync(path.join(BASE, 'contacts/hilfetelefon.md'), 'utf8').replace(/^title: .*\n/m, ''));
    const result = await validateBounded(dir);
    expect(result.signal).toBeNull();
    expectNoCrash(result);
    expect(result.code).toBe(1);
    for (const c of errors) expectReported(result.stdout, dir, c);
    expect(result.stdout).toContain('Titel fehlt (Pflichtfeld)');
    expect(result.stdout).not.toContain(SECRET);
  }, 120_000);
});

describe('npm run build publishes nothing when a file is refused', () => {
  const buildCases = ['an absolute link to a Markdown file outside', 'content/pages/ as a link to a folder outside', 'a material file as a link', 'a link to /dev/zero'];
  for (const name of buildCases) {
    it(
      name,
      async () => {
        const c = cases.find((x) => x.name === name)!;
        const { dir } = arrange(c);
        const outDir = path.join(dir, '..', 'site');
        const run = await runBuild({ outDir, contentDir: dir, env: { CONTENT_TODAY: PINNED_TODAY } });
        expectNoCrash(run);
        expect(run.code).toBe(1);
        expectReported(run.stdout, dir, c);
        expect(run.stdout).not.toContain(SECRET);
        expect(existsSync(outDir)).toBe(false);
        expect(existsSync(`${outDir}.tmp`)).toBe(false);
      },
      120_000,
    );
  }
});

describe('the content gate (src/content/source-files.ts)', () => {
  it('refuses a device and a pipe before reading: /dev/zero is not read at all', () => {
    expect(readContentFile('/dev/zero')).toEqual({ refusal: expect.objectContaining({ rule: 'not-regular' }) });
    const fifo = path.join(tmp.root, 'pipe');
    mkfifo(fifo);
    expect(readContentFile(fifo)).toEqual({ refusal: expect.objectContaining({ rule: 'not-regular' }) });
  });

  it('refuses a 4 GB file by its size, without reading it', () => {
    const huge = path.join(tmp.root, 'riesig.md');
    writeFileSync(huge, '');
    truncateSync(huge, 4 * 1024 ** 3); // sparse: takes no disk space
    const started = performance.now();
    const read = readContentFile(huge);
    expect(read).toEqual({ refusal: expect.objectContaining({ rule: 'too-large', message: 'Die Datei ist 4.096 MB groß; erlaubt sind höchstens 128 KB. Sie wird nicht gelesen.' }) });
    expect(performance.now() - started).toBeLessThan(5000); // reading 4 GB would take far longer (and fail: it is over the largest Buffer)
    rmSync(huge);
  });

  it('reads a regular file up to the limit, byte for byte', () => {
    const file = path.join(tmp.root, 'genau.md');
    const bytes = Buffer.alloc(TEXT_LIMIT, 0x61);
    writeFileSync(file, bytes);
    const read = readContentFile(file);
    expect('bytes' in read && read.bytes.equals(bytes)).toBe(true);
  });

  it('does not copy a material file that became a link after validation', () => {
    const outside = path.join(tmp.root, 'geheim-kopie.pdf');
    writeFileSync(outside, SECRET);
    const source = path.join(tmp.root, 'material.pdf');
    symlinkSync(outside, source);
    const target = path.join(tmp.root, 'kopiert.pdf');
    expect(() => copyContentFile(source, 'content/materials/files/material.pdf', target)).toThrow('content/materials/files/material.pdf: Hier liegt ein symbolischer Link');
    expect(existsSync(target) && readFileSync(target, 'utf8').includes(SECRET)).toBe(false);
  });

  it('npm run schemas reads the vocabularies through the same gate', () => {
    const { dir } = arrange(cases.find((c) => c.name === 'a vocabulary list as a link')!);
    expect(() => readVocabularies(dir)).toThrow(VocabularyError);
    expect(() => readVocabularies(dir)).toThrow('Hier liegt ein symbolischer Link');
    const folder = arrange(cases.find((c) => c.name === 'content/vocabularies/ as a link')!);
    expect(() => readVocabularies(folder.dir)).toThrow('Hier liegt ein symbolischer Link');
  });
});
