/** Shared helpers: temporary content folders and running the real validate CLI. */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { formatReport } from '../src/content/report.ts';
import { loadSiteContent } from '../src/site/load-graph.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');
export const BASE = path.join(FIXTURES, 'base');
export const BAD = path.join(FIXTURES, 'bad');
export const TOLERATED = path.join(FIXTURES, 'tolerated');

/** "Today" for every CLI run unless a test says otherwise: the base fixture is fresh on that day. */
export const PINNED_TODAY = '2026-11-20';

/** A scratch folder under the system temp dir; remove it with `cleanup()`. */
export function scratch(prefix = 'gsn-test-'): { root: string; cleanup(): void } {
  const root = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** Copies the base content folder to `dir` and places fixture files at their targets. */
export function contentWith(dir: string, files: { from: string; target: string }[] = []): string {
  cpSync(BASE, dir, { recursive: true });
  for (const file of files) {
    const dest = path.join(dir, ...file.target.split('/'));
    mkdirSync(path.dirname(dest), { recursive: true });
    cpSync(file.from, dest);
  }
  return dir;
}

/** How the CLI prints a path outside the project: absolute, with forward slashes. */
export function shown(dir: string, rel = ''): string {
  return path
    .resolve(dir, ...rel.split('/').filter(Boolean))
    .split(path.sep)
    .join('/');
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `scripts/<name>.ts` as editors and CI do (`npm run <name>`: a child process through
 * scripts/run.mjs, cwd = project root). The
 * environment is cleaned of variables that would change the output; `env` adds to it (a value
 * of undefined removes a variable).
 */
export function runScript(name: string, args: string[], env: Record<string, string | undefined> = {}): Promise<RunResult> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const variable of ['CONTENT_DIR', 'CONTENT_TODAY', 'GITHUB_ACTIONS', 'GITHUB_STEP_SUMMARY', 'DEBUG', 'FORCE_COLOR', 'NO_COLOR']) delete childEnv[variable];
  for (const [variable, value] of Object.entries(env)) {
    if (value === undefined) delete childEnv[variable];
    else childEnv[variable] = value;
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/run.mjs', name, ...args], { cwd: ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** `scripts/validate.ts` with "today" pinned, so stale warnings do not depend on the calendar. */
export function runValidate(args: string[], env: Record<string, string | undefined> = {}): Promise<RunResult> {
  return runScript('validate', args, { CONTENT_TODAY: PINNED_TODAY, ...env });
}

/**
 * What `npm run validate -- --dir <dir> [--format <format>]` prints and returns, computed in this
 * process: the same two calls as scripts/validate.ts (loadSiteContent, then formatReport, without
 * colour as on a pipe, exit 1 on errors) with "today" pinned like runValidate (`null`: not pinned). For the many cases whose
 * subject is the report, not the process; the real CLI's exit codes, options and streams are
 * tested as child processes (runValidate) in test/validate.cli.test.ts and test/report.test.ts.
 */
export function validateInProcess(dir: string, today: string | null = PINNED_TODAY, format: 'text' | 'github' | 'json' = 'text'): RunResult {
  // null: the clock's today, as `npm run validate` without CONTENT_TODAY.
  const result = loadSiteContent({ dir, ...(today === null ? {} : { today }) });
  return { code: result.errorCount ? 1 : 0, stdout: `${formatReport(result, format, false)}\n`, stderr: '' };
}

/** No stack trace, no Node internals, no raw "Error:" lines: editors only see German messages. */
export function expectNoCrash(result: RunResult): void {
  for (const stream of [result.stdout, result.stderr]) {
    expect(stream).not.toMatch(/\bat .+:\d+:\d+\)?$/m);
    expect(stream).not.toMatch(/^\s*[A-Za-z]*Error:/m);
    expect(stream).not.toContain('node:internal');
    expect(stream).not.toContain('Interner Fehler');
  }
}

export interface TextProblem {
  severity: 'Fehler' | 'Warnung';
  file: string;
  line: number;
  field: string;
  /** Message and suggestion as printed. */
  text: string;
}

/** Parses the problem lines of the text report: "  Fehler  file:line  field  message — hint". */
export function parseText(stdout: string): TextProblem[] {
  const problems: TextProblem[] = [];
  for (const line of stdout.split('\n')) {
    const match = /^ {2}(Fehler|Warnung) +(.+?):(\d+)(?: {2}(\S+))? {2}(.*)$/.exec(line);
    if (match) {
      problems.push({ severity: match[1] as TextProblem['severity'], file: match[2]!, line: Number(match[3]), field: match[4] ?? '', text: match[5]! });
    }
  }
  return problems;
}

export interface Annotation {
  severity: 'error' | 'warning';
  file: string;
  line: number;
  title: string;
  message: string;
}

/** Parses GitHub workflow command lines; returns undefined for any other line. */
export function parseAnnotation(line: string): Annotation | undefined {
  const match = /^::(error|warning) file=([^,:]*),line=(\d+),title=([^,:]*)::(.*)$/.exec(line);
  if (!match) return undefined;
  return { severity: match[1] as Annotation['severity'], file: match[2]!, line: Number(match[3]), title: match[4]!, message: match[5]! };
}

/** Reverses the escaping of workflow command data and properties. */
export function unescapeAnnotation(value: string): string {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

/** Runs `tasks` with at most `limit` at a time (child processes on a small CI machine). */
export async function pool<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
