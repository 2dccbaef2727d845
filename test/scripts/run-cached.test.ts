/**
 * scripts/run-cached.mjs runs the CommonJS bundle of `npm run validate` with V8's code cache
 * (issue 13). The cache must never change what runs: a missing, corrupt or rejected cache only
 * costs the compile, it is written only after a run that did its work, and the bundle sees the
 * stub's URL as `import.meta.url` and Node's own `require`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, scratch } from '../helpers.ts';

const tmp = scratch('gsn-run-cached-');
afterAll(() => tmp.cleanup());

const loader = pathToFileURL(path.join(ROOT, 'scripts', 'run-cached.mjs')).href;
const stub = path.join(tmp.root, 'probe-0123456789abcdef.mjs');
const bundle = path.join(tmp.root, 'probe-0123456789abcdef.cjs');
/** The cache file of the bundle as it is now: named by its size, mtime and inode (scripts/run-cached.mjs). */
const cacheOf = () => {
  const stat = statSync(bundle, { bigint: true });
  return `${bundle}.${stat.size}-${stat.mtimeNs}-${stat.ino}.v8cache`;
};
writeFileSync(stub, `import { bundleBeside, runCached } from '${loader}';\nrunCached(bundleBeside(import.meta.url), import.meta.url);\n`);
// As esbuild writes it: import.meta.url defined as __gsnEntryUrl, CommonJS require for Node's modules.
const source = (word: string) =>
  [
    'const os = require("node:os");',
    'const code = Number(process.argv[2] ?? 0);',
    'console.log(__gsnEntryUrl, typeof os.cpus, __filename === process.argv[3]);',
    'process.exitCode = code;',
    `console.log('${word}');`,
  ].join('\n');
writeFileSync(bundle, source('alpha'));
let cache = cacheOf();
const run = (code: number) => spawnSync(process.execPath, [stub, String(code), bundle], { encoding: 'utf8' });

describe('scripts/run-cached.mjs', () => {
  it('runs the bundle with the stub as import.meta.url and writes the cache only after a run that did its work', () => {
    const failed = run(2);
    expect(failed.status).toBe(2);
    expect(failed.stdout.trim()).toBe(`${pathToFileURL(stub).href} function true\nalpha`);
    expect(existsSync(cache), 'no cache from a run that stopped early').toBe(false);
    expect(run(1).status).toBe(1);
    expect(existsSync(cache)).toBe(true);
    const written = statSync(cache).mtimeMs;
    expect(run(0).stdout.trim()).toBe(`${pathToFileURL(stub).href} function true\nalpha`);
    expect(statSync(cache).mtimeMs, 'an accepted cache is not written again').toBe(written);
  });

  it('runs over a corrupt cache and replaces it', () => {
    writeFileSync(cache, 'not a code cache');
    const result = run(0);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(readFileSync(cache).toString('latin1')).not.toBe('not a code cache');
    rmSync(cache);
  });

  it('never runs a changed bundle of the same length with the old cache (V8 checks only the length)', () => {
    expect(run(0).status).toBe(0);
    expect(existsSync(cacheOf())).toBe(true);
    const old = cacheOf();
    writeFileSync(bundle, source('omega'));
    expect(statSync(bundle).size).toBe(source('alpha').length);
    expect(run(0).stdout.trim().split('\n').at(-1), 'the edited bundle runs').toBe('omega');
    expect(run(0).stdout.trim().split('\n').at(-1), 'and again, from its own cache').toBe('omega');
    expect(existsSync(old), 'the old cache is removed with the new one written').toBe(false);
    cache = cacheOf();
  });

  it('runs when the cache cannot be written', () => {
    // A folder where the cache file would be: the rename fails (as in a read-only folder, also for root).
    rmSync(cache, { force: true });
    mkdirSync(cache);
    const result = run(0);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    rmSync(cache, { recursive: true });
  });
});
