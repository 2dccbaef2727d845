/**
 * `npm test [-- <vitest options>]`: the static checks (`npm run check`: types, layer rules, lint,
 * formatting) and `vitest run`, side by side. The checks need about 50 s of one core; the test
 * files wait on Chromium and servers often enough to leave that much idle, so running them
 * alongside costs the test run almost nothing instead of adding a minute in front of it.
 * Vitest prints as usual; each check's output is kept and printed at the end, in full when it
 * failed. Exit code: 0 when everything passed, otherwise that of the first failure.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { setPriority, tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const scripts = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts;
// The checks are those of `npm run check` ("npm run a && npm run b …"): one list, in package.json.
const CHECKS = scripts.check.split('&&').map((part) => /^\s*npm run (\S+)\s*$/.exec(part)?.[1] ?? part.trim());

const children = new Set();
/** Process groups started (one per command); a group lives on while anything in it runs. */
const groups = new Set();
// The run's temporary folders (test sites, probe builds, Chromium profiles) go below one folder of
// its own, removed at the end however the run ends, Ctrl+C included.
const runTmp = mkdtempSync(path.join(tmpdir(), 'gsn-run-'));
const removeRunTmp = () => rmSync(runTmp, { recursive: true, force: true, maxRetries: 3 });

/** Runs one command; resolves with its exit code (1 when it could not start) and its output. */
function run(command, args, { inherit = false, lowPriority = false } = {}) {
  const started = Date.now();
  return new Promise((resolve) => {
    // Each command in a process group of its own, so that a signal reaches all it started (vitest's
    // workers, site builds, Chromium): Ctrl+C reaches only this script, which passes it on.
    const child = spawn(command, args, { cwd: root, stdio: inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, TMPDIR: runTmp } });
    children.add(child);
    if (child.pid !== undefined) groups.add(child.pid);
    // The checks take only what the tests leave idle (the lowest priority; npm's children inherit it).
    if (lowPriority && child.pid !== undefined) {
      try {
        setPriority(child.pid, 19);
      } catch {
        // not allowed here: the checks run at normal priority
      }
    }
    let output = '';
    if (!inherit) {
      child.stdout.setEncoding('utf8').on('data', (chunk) => (output += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
    }
    child.on('error', (error) => (output += `${error.message}\n`));
    child.on('close', (code, signal) => {
      children.delete(child);
      resolve({ code: code ?? (signal ? 1 : 0), output, seconds: Math.round((Date.now() - started) / 1000) });
    });
  });
}

/** Sends `signal` to every process group still alive; returns how many there were. */
function signalGroups(signal) {
  let alive = 0;
  for (const group of groups) {
    try {
      process.kill(-group, signal);
      alive += 1;
    } catch {
      groups.delete(group);
    }
  }
  return alive;
}

/** Set by Ctrl+C (or SIGTERM): no further check is started. */
let stopping = false;

function stop(signal) {
  stopping = true;
  signalGroups(signal);
  const finish = () => {
    removeRunTmp();
    process.exit(130);
  };
  // Everything the commands started ends, a site build or Chromium included; what has not ended
  // after five seconds is killed. Then the temporary folders go.
  const poll = setInterval(() => signalGroups(0) === 0 && finish(), 100);
  setTimeout(() => {
    clearInterval(poll);
    signalGroups('SIGKILL');
    setTimeout(finish, 500);
  }, 5_000);
}

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(signal));

// One check at a time: they only fill the idle share of the machine and never crowd the tests.
const checks = (async () => {
  const results = [];
  // After Ctrl+C the next check is not started: it would outlive this script and its TMPDIR.
  for (const name of CHECKS) {
    if (stopping) break;
    results.push({ name, ...(await run('npm', ['run', '--silent', name], { lowPriority: true })) });
  }
  return results;
})();
const tests = run(path.join(root, 'node_modules', '.bin', 'vitest'), ['run', ...process.argv.slice(2)], { inherit: true });

const [checkResults, testResult] = await Promise.all([checks, tests]);
// After Ctrl+C, stop() ends the run (exit 130) once everything started has ended.
if (stopping) await new Promise(() => {});
process.stdout.write('\nStatische Prüfungen:\n');
for (const check of checkResults) {
  process.stdout.write(`  ${check.code === 0 ? '✓' : '✗'} ${check.name} (${check.seconds} s)\n`);
  if (check.code !== 0) process.stdout.write(`${check.output.trimEnd().replace(/^/gm, '    ')}\n`);
}
removeRunTmp();
const failed = [...checkResults, testResult].find((result) => result.code !== 0);
process.exit(failed ? failed.code : 0);
