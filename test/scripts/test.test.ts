/**
 * `npm test` (scripts/test.mjs) on Ctrl+C: everything it started ends, no static check is started
 * after the signal (one started then outlived the script and the temporary folder it was given:
 * outside tester, session 15), the run's temporary folder is removed and the exit code is 130.
 * Run in a scratch project whose checks and "vitest" are small scripts that wait, so the test
 * needs neither a site build nor the real checks.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, scratch } from '../helpers.ts';

const tmp = scratch('gsn-test-runner-');
afterAll(() => tmp.cleanup());

/** A script that notes its pid in `marks/<name>`, then waits a minute (unless signalled). */
const waiter = (name: string) => `require('node:fs').writeFileSync(require('node:path').join(__dirname, '..', 'marks', '${name}'), String(process.pid)); setTimeout(() => {}, 60000);\n`;

function project(): { root: string; tmpdir: string } {
  const root = path.join(tmp.root, 'project');
  const tmpdir = path.join(tmp.root, 'tmp');
  for (const dir of ['scripts', 'marks', 'node_modules/.bin']) mkdirSync(path.join(root, dir), { recursive: true });
  mkdirSync(tmpdir);
  copyFileSync(path.join(ROOT, 'scripts', 'test.mjs'), path.join(root, 'scripts', 'test.mjs'));
  writeFileSync(path.join(root, 'scripts', 'first.cjs'), waiter('first'));
  writeFileSync(path.join(root, 'scripts', 'second.cjs'), waiter('second'));
  writeFileSync(path.join(root, 'scripts', 'vitest.cjs'), waiter('vitest'));
  writeFileSync(path.join(root, 'node_modules', '.bin', 'vitest'), `#!/bin/sh\nexec "${process.execPath}" "$(dirname "$0")/../../scripts/vitest.cjs"\n`, { mode: 0o755 });
  const scripts = { first: 'node scripts/first.cjs', second: 'node scripts/second.cjs', check: 'npm run first && npm run second' };
  writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'probe', private: true, scripts }));
  return { root, tmpdir };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(condition: () => boolean, what: string, ms = 30_000): Promise<void> {
  for (const start = Date.now(); !condition(); await new Promise((resolve) => setTimeout(resolve, 50))) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
  }
}

describe('npm test on Ctrl+C', () => {
  it('stops the running check and the tests, starts no further check, removes its folder, exits 130', async () => {
    const { root, tmpdir } = project();
    const child = spawn(process.execPath, [path.join(root, 'scripts', 'test.mjs')], { cwd: root, env: { ...process.env, TMPDIR: tmpdir }, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const mark = (name: string) => path.join(root, 'marks', name);
    await until(() => existsSync(mark('first')) && existsSync(mark('vitest')), 'the first check and the tests to start');
    expect(readdirSync(tmpdir).filter((name) => name.startsWith('gsn-run-'))).toHaveLength(1);

    child.kill('SIGINT');
    expect(await exited).toBe(130);
    const pids = ['first', 'vitest'].map((name) => Number(readFileSync(mark(name), 'utf8')));
    await until(() => pids.every((pid) => !alive(pid)), 'the check and the tests to end', 10_000);
    // The next check was never started, not even after the run ended.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(existsSync(mark('second'))).toBe(false);
    expect(readdirSync(tmpdir)).toEqual([]);
  });
});
