/** Runs the editors' command-line scripts as CI does: a child process in the project root. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT, type RunResult } from '../helpers.ts';

export const REVIEW_FIXTURE = path.join(ROOT, 'test', 'fixtures', 'review');
/** The review fixture's files as the scripts print them (relative to the project root). */
export const REVIEW_SHOWN = 'test/fixtures/review';
/** "Today" for the review fixture: 12 months back is 2025-11-20. */
export const REVIEW_TODAY = '2026-11-20';

/**
 * Runs `scripts/<name>.ts` with a clean environment (no GitHub, colour or content variables
 * unless `env` sets them; a value of undefined removes a variable).
 */
export function runScript(name: 'review' | 'schemas' | 'validate', args: string[], env: Record<string, string | undefined> = {}): Promise<RunResult> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const variable of ['CONTENT_DIR', 'CONTENT_TODAY', 'GITHUB_ACTIONS', 'GITHUB_STEP_SUMMARY', 'DEBUG', 'FORCE_COLOR', 'NO_COLOR']) delete childEnv[variable];
  for (const [variable, value] of Object.entries(env)) {
    if (value === undefined) delete childEnv[variable];
    else childEnv[variable] = value;
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `scripts/${name}.ts`, ...args], { cwd: ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
