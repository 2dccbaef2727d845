/**
 * `scripts/run.mjs` reuses its last bundle when no input changed (size, mtime, ctime, inode of
 * every file esbuild read and of their folders). A stale bundle would run old code, so these
 * tests change inputs the way an editor or `git checkout` does and check the new code runs: an
 * edit of the same size, a file added where an import now resolves, an edit right after a build
 * (the "racy" window), and that an unchanged tree really skips esbuild.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, scratch } from '../helpers.ts';

const tmp = scratch('gsn-run-reuse-');
const project = tmp.root;
const run = () => execFileSync(process.execPath, [path.join(project, 'scripts', 'run.mjs'), 'probe'], { cwd: project, encoding: 'utf8' }).trim();
const inputsFile = path.join(project, 'node_modules', '.cache', 'gsn-run', 'probe.inputs.json');
/** Files older than run.mjs's two-second racy window, so the next build records them. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 2100));

beforeAll(() => {
  mkdirSync(path.join(project, 'scripts'));
  mkdirSync(path.join(project, 'src', 'lib'), { recursive: true });
  // A node_modules of its own (the cache lives in it), with this project's esbuild linked in.
  mkdirSync(path.join(project, 'node_modules'));
  symlinkSync(path.join(ROOT, 'node_modules', 'esbuild'), path.join(project, 'node_modules', 'esbuild'));
  copyFileSync(path.join(ROOT, 'scripts', 'run.mjs'), path.join(project, 'scripts', 'run.mjs'));
  copyFileSync(path.join(ROOT, 'scripts', 'run-cached.mjs'), path.join(project, 'scripts', 'run-cached.mjs'));
  writeFileSync(path.join(project, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(path.join(project, 'tsconfig.json'), '{}\n');
  writeFileSync(path.join(project, 'scripts', 'probe.ts'), "import { value } from '../src/value.ts';\nimport { other } from '../src/lib';\nconsole.log(value + other);\n");
  writeFileSync(path.join(project, 'src', 'value.ts'), "export const value = 'a';\n");
  writeFileSync(path.join(project, 'src', 'lib.ts'), "export const other = '1';\n");
});
afterAll(() => tmp.cleanup());

describe('scripts/run.mjs: bundle reuse', () => {
  it('builds, then reuses the bundle while nothing changed, then runs every change', async () => {
    expect(run()).toBe('a1');
    await settle();
    expect(run()).toBe('a1'); // recorded now: every input is older than the racy window
    const recorded = statSync(inputsFile).mtimeMs;
    expect(run()).toBe('a1');
    expect(statSync(inputsFile).mtimeMs, 'an unchanged tree starts no esbuild and records nothing').toBe(recorded);

    // Same size, new content: only the timestamps tell.
    writeFileSync(path.join(project, 'src', 'value.ts'), "export const value = 'b';\n");
    expect(run()).toBe('b1');
    // Changed again within the racy window of that build: still seen.
    writeFileSync(path.join(project, 'src', 'value.ts'), "export const value = 'c';\n");
    expect(run()).toBe('c1');

    // The import `../src/lib` now resolves elsewhere: `src/lib.ts` removed, `src/lib/index.ts`
    // added. Only the folders' timestamps tell; neither new file was read before.
    await settle();
    expect(run()).toBe('c1');
    rmSync(path.join(project, 'src', 'lib.ts'));
    writeFileSync(path.join(project, 'src', 'lib', 'index.ts'), "export const other = '2';\n");
    expect(run()).toBe('c2');
    expect(JSON.parse(readFileSync(inputsFile, 'utf8')).out).toMatch(/probe-[0-9a-f]{16}\.mjs$/);
  }, 60_000);

  it('a new build removes this script’s bundles of other code unused for an hour, and nothing else', () => {
    const cacheDir = path.dirname(inputsFile);
    const hoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    const names = ['probe-0000000000000000.mjs', 'probe-0000000000000000.mjs.map', 'probe-0000000000000000.cjs.1-2-3.v8cache', 'other-0000000000000000.mjs'];
    for (const name of names) {
      writeFileSync(path.join(cacheDir, name), 'alt');
      utimesSync(path.join(cacheDir, name), hoursAgo, hoursAgo);
    }
    writeFileSync(path.join(cacheDir, 'probe-1111111111111111.mjs'), 'neu');
    writeFileSync(path.join(project, 'src', 'value.ts'), "export const value = 'd';\n");
    expect(run()).toBe('d2');
    const left = readdirSync(cacheDir);
    expect(left.filter((name) => name.includes('0000000000000000'))).toEqual(['other-0000000000000000.mjs']);
    expect(left).toContain('probe-1111111111111111.mjs');
    expect(left.some((name) => /^probe-[0-9a-f]{16}\.mjs$/.test(name) && !name.includes('1111'))).toBe(true);
    // As the next test expects the project.
    writeFileSync(path.join(project, 'src', 'value.ts'), "export const value = 'c';\n");
  });

  it('a CommonJS bundle (validate) deleted or cut off beside its stub is built again, not run broken (outside tester, session 13)', () => {
    writeFileSync(path.join(project, 'scripts', 'validate.ts'), "import { value } from '../src/value.ts';\nconsole.log(`v${value}`);\n");
    const validate = () => execFileSync(process.execPath, [path.join(project, 'scripts', 'run.mjs'), 'validate'], { cwd: project, encoding: 'utf8' }).trim();
    const cacheDir = path.join(project, 'node_modules', '.cache', 'gsn-run');
    const bundleFile = () =>
      path.join(
        cacheDir,
        readdirSync(cacheDir).find((name) => /^validate-[0-9a-f]{16}\.cjs$/.test(name))!,
      );
    expect(validate()).toBe('vc');
    rmSync(bundleFile());
    expect(validate(), 'deleted').toBe('vc');
    truncateSync(bundleFile(), 10);
    expect(validate(), 'cut off').toBe('vc');
    expect(validate(), 'and reused whole').toBe('vc');
  }, 60_000);
});
