/**
 * Runs a CommonJS bundle of scripts/run.mjs through `vm.Script` with V8's code cache, so a run
 * after the first one neither parses nor compiles the bundle's functions again (issue 13: the
 * start-up of `npm run validate`, on the main thread and in its worker). Node 20 caches only
 * classic scripts (`module.enableCompileCache` came with Node 22), hence the CommonJS bundle.
 *
 * The cache (`<bundle>.<size>-<mtime>-<inode>.v8cache`, beside the bundle in node_modules/.cache/gsn-run/) is made when
 * the main thread exits after the work (exit code 0 or 1), so it holds the functions compiled
 * lazily during the run as well (a cache made right after compiling holds a quarter of them, and
 * runs measurably slower). Its name carries the bundle's identity (`cacheFileOf`); V8 checks it
 * against the source's length, its own version and flags: a cache it rejects, or none, is written anew (temp file and rename: runs side by side never read half a file). A cache
 * that cannot be read or written only costs the compile, never the run.
 */
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { isMainThread, threadId } from 'node:worker_threads';

/**
 * The parameters of Node's own CommonJS wrapper, plus `__gsnEntryUrl`: the URL of the stub that
 * started the bundle (scripts/run.mjs makes esbuild write it for `import.meta.url`; the worker
 * of `npm run validate` is started on it).
 */
const WRAPPER = '(function (exports, require, module, __filename, __dirname, __gsnEntryUrl) {';

/**
 * Runs the CommonJS bundle `file` (a path) as if `entryUrl` (a file: URL, the stub calling this)
 * were its `import.meta.url`. Throws what the bundle throws while it is evaluated.
 */
export function runCached(file, entryUrl) {
  if (process.env.DEBUG) {
    // Node 20 maps stack traces (DEBUG=1, scripts/run.mjs) for modules it loads itself, not for vm scripts.
    globalThis.__gsnEntryUrl = entryUrl;
    createRequire(import.meta.url)(file);
    return;
  }
  const code = readFileSync(file, 'utf8');
  const cacheFile = cacheFileOf(file);
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // The wrapper on the bundle's first line: its line numbers (and source map) stay as esbuild wrote them.
  // import() of the packages left outside the bundle (ExcelJS, JSZip) resolves as in a module of the main context.
  const script = new vm.Script(`${WRAPPER}${code}\n})`, { filename: file, cachedData, importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
  if (isMainThread && (cachedData === undefined || script.cachedDataRejected)) {
    // Only from a run that did its work (exit 0, or 1: problems found): a usage error (2) or a
    // crash stops early, and its cache would lack most functions for the bundle's lifetime.
    process.once('exit', (code) => code <= 1 && saveCache(script, cacheFile));
  }
  const module = { exports: {}, id: file, filename: file, loaded: false };
  const run = script.runInThisContext();
  run.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file), entryUrl);
}

/**
 * The cache file of the bundle `file`, named by the bundle's identity as git's index keeps it (size,
 * mtime, inode): V8 itself checks a cache only against the source's length, its version and flags,
 * so a bundle changed in place to the same length would run with the old code's cache. A changed
 * bundle gets a new name, never the old cache (outside tester, session 13).
 */
function cacheFileOf(file) {
  const stat = statSync(file, { bigint: true });
  return `${file}.${stat.size}-${stat.mtimeNs}-${stat.ino}.v8cache`;
}

/** Writes the script's code cache (best effort: a read-only or full disk leaves the next run uncached); removes the bundle's older caches. */
function saveCache(script, cacheFile) {
  const temp = `${cacheFile}.${process.pid}-${threadId}.tmp`;
  try {
    writeFileSync(temp, script.createCachedData());
    renameSync(temp, cacheFile);
    const bundle = path.basename(cacheFile).replace(/\.[^.]+\.v8cache$/, '');
    for (const name of readdirSync(path.dirname(cacheFile))) {
      if (name.startsWith(`${bundle}.`) && name.endsWith('.v8cache') && name !== path.basename(cacheFile)) rmSync(path.join(path.dirname(cacheFile), name), { force: true });
    }
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
      // Nothing was written, or it cannot be removed either: the next run compiles again.
    }
  }
}

/** For the stub: the bundle beside it (`validate-<hash>.mjs` → `validate-<hash>.cjs`). */
export function bundleBeside(entryUrl) {
  return fileURLToPath(entryUrl).replace(/\.mjs$/, '.cjs');
}
