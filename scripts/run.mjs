/**
 * `node scripts/run.mjs <script> [options]`: runs scripts/<script>.ts compiled ahead into one
 * file by esbuild (some 30 ms) instead of through tsx. tsx hands every module, Eleventy's
 * hundreds included, to its loader thread and back, which costs the build about 0.3 s of
 * start-up on its critical path (docs/performance.md). Same sources, same behaviour: types are
 * checked by `npm run typecheck`, as under tsx. Used where start-up counts: `npm run build` and
 * `npm run validate`. DEBUG=1 maps stack traces back to the TypeScript sources.
 *
 * The bundle is reused, without starting esbuild (~0.1–0.2 s), when none of its inputs changed:
 * `<script>.inputs.json` beside it lists every file esbuild read, with the identity git's index
 * uses for the same question (size, mtime, ctime, inode), and the folders they lie in (a file
 * added or removed there changes the folder's mtime, so an import that would now resolve
 * elsewhere is noticed), under a key of this file's text and esbuild's version. A file changed in
 * the two seconds before a build is not trusted to its timestamps (as git's "racy" check) and the
 * next run builds again. A fresh clone has no list and builds. A new build removes the script's
 * bundles of other code not used for an hour (`pruneOldBundles`). `node scripts/run.mjs <script>
 * --bundle-only` builds (or checks) the bundle and runs nothing: `npm install` does so ("prepare").
 *
 * `validate` carries its npm packages inside the bundle (BUNDLED_PACKAGES): loading zod,
 * markdown-it, libphonenumber, yaml … as one file instead of ~1,100 modules saves about 0.2 s of
 * every run (issue 13); esbuild's extra second is paid only when a source changed. Packages
 * loaded only on a build path (ExcelJS, JSZip: the spreadsheet export) stay imports. Such a
 * bundle is CommonJS, run by a stub through ./run-cached.mjs with V8's code cache: a run after
 * the first compiles almost nothing (~0.1 s of CPU per thread on the sample content).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const [name, ...args] = process.argv.slice(2);
const entry = path.join(root, 'scripts', `${name ?? ''}.ts`);
if (!name || !/^[a-z-]+$/.test(name) || !existsSync(entry)) {
  process.stderr.write(`Aufruf: node scripts/run.mjs <skript> [optionen], z. B. build oder validate (${name ?? 'kein Skript'} gibt es nicht).\n`);
  process.exit(2);
}

/** Scripts bundled with their npm packages, and the packages that stay imports there. */
const BUNDLED_PACKAGES = new Set(['validate']);
const LOADED_ON_DEMAND = ['exceljs', 'jszip'];
/**
 * How a bundle with its packages is written: as CommonJS (`<script>-<hash>.cjs`) with a stub
 * `<script>-<hash>.mjs` that runs it through ./run-cached.mjs, which keeps V8's code cache
 * beside it (Node 20 caches only classic scripts). `import.meta.url` is the stub's URL there.
 */
const CACHED_BUNDLE = { format: 'cjs', define: { 'import.meta.url': '__gsnEntryUrl' } };
const STUB = `import { bundleBeside, runCached } from '../../../scripts/run-cached.mjs';\nrunCached(bundleBeside(import.meta.url), import.meta.url);\n`;

const cacheDir = path.join(root, 'node_modules', '.cache', 'gsn-run');
const inputsFile = path.join(cacheDir, `${name}.inputs.json`);
const esbuildVersion = JSON.parse(readFileSync(path.join(root, 'node_modules', 'esbuild', 'package.json'), 'utf8')).version;
const key = createHash('sha256')
  .update(readFileSync(import.meta.filename))
  .update(esbuildVersion)
  .update(process.version)
  .digest('hex');
/** What identifies a file's or folder's content without reading it, as git's index does. */
const identity = (file) => {
  const stat = statSync(path.join(root, file), { bigint: true });
  return `${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}:${stat.ino}`;
};

/** The bundle of an earlier build when none of its inputs changed since, else undefined. */
function unchangedBundle() {
  try {
    const known = JSON.parse(readFileSync(inputsFile, 'utf8'));
    if (known.key !== key || !existsSync(known.out)) return undefined;
    // The file the stub runs must be there and whole (deleted or cut off by hand: built again).
    if (known.bundle && statSync(known.bundle.file).size !== known.bundle.size) return undefined;
    for (const [file, id] of Object.entries(known.inputs)) if (identity(file) !== id) return undefined;
    return known.out;
  } catch {
    return undefined;
  }
}

const out = unchangedBundle() ?? (await bundle());
// `npm install` builds the bundles ahead (package.json "prepare"), so the first run after a clone starts no esbuild.
if (args[0] === '--bundle-only') process.exit(0);
if (process.env.DEBUG) process.setSourceMapsEnabled(true);
// The script reads its options from process.argv as if started directly.
process.argv = [process.argv[0], entry, ...args];
try {
  await import(pathToFileURL(out).href);
} catch (error) {
  // The scripts report their own errors (scripts/cli.ts); what arrives here is a bundle that cannot be
  // loaded. Exit 70 as the scripts' internal errors, never 1 ("problems found").
  process.stderr.write(`Interner Fehler beim Laden von ${path.relative(root, out)}: ${error instanceof Error ? error.message : String(error)}\n`);
  process.stderr.write('Abhilfe: den Ordner node_modules/.cache/gsn-run löschen und den Befehl erneut starten.\n');
  if (process.env.DEBUG) console.error(error);
  process.exit(70);
}

/** Builds the bundle (when its content is new), records its inputs, returns its path. */
async function bundle() {
  const { build } = await import('esbuild');
  const started = Date.now();
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Elsewhere packages stay imports from node_modules, as under tsx; only this project's code is bundled.
    ...(BUNDLED_PACKAGES.has(name) ? { ...CACHED_BUNDLE, external: LOADED_ON_DEMAND } : { packages: 'external' }),
    sourcemap: 'external',
    write: false,
    outdir: cacheDir,
    absWorkingDir: root,
    logLevel: 'silent',
    metafile: true,
  });
  // Named by content and written by rename: builds running side by side (the tests) never read a
  // half-written file, and an unchanged script is not written again.
  const code = result.outputFiles.find((file) => file.path.endsWith('.js'));
  const map = result.outputFiles.find((file) => file.path.endsWith('.js.map'));
  const hash = createHash('sha256').update(code.contents).digest('hex').slice(0, 16);
  const out = path.join(path.dirname(code.path), `${name}-${hash}.mjs`);
  const js = BUNDLED_PACKAGES.has(name) ? out.replace(/\.mjs$/, '.cjs') : out;
  const text = `${code.text}\n//# sourceMappingURL=${path.basename(js)}.map\n`;
  const size = Buffer.byteLength(text);
  // Written when missing or not whole (a bundle deleted or cut off by hand beside its stub).
  if (!existsSync(out) || !existsSync(js) || statSync(js).size !== size) {
    mkdirSync(path.dirname(out), { recursive: true });
    // The stub is written last: once it exists, so does the bundle it runs.
    writeFileSync(`${js}.map`, map.contents);
    const temp = `${js}.${process.pid}.tmp`;
    writeFileSync(temp, text);
    renameSync(temp, js);
    if (js !== out) {
      writeFileSync(temp, STUB);
      renameSync(temp, out);
    }
  }
  pruneOldBundles(hash);
  // The files read, the folders they lie in, and the settings esbuild reads (tsconfig.json, package.json).
  const read = Object.keys(result.metafile.inputs);
  const files = new Set([...read, ...read.map((file) => path.dirname(file)), 'tsconfig.json', 'package.json']);
  const inputs = {};
  for (const file of files) {
    const stat = statSync(path.join(root, file));
    // Changed just now: its timestamps may not tell the next change apart (see the top of this file).
    if (Math.max(stat.mtimeMs, stat.ctimeMs) > started - 2000) return out;
    inputs[file] = identity(file);
  }
  const temp = `${inputsFile}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify({ key, out, bundle: { file: js, size }, inputs }));
  renameSync(temp, inputsFile);
  return out;
}

/**
 * Removes this script's bundles of other code (with their maps and V8 code caches) not touched for
 * an hour: every change of a source adds one, and a developer's folder grew to 800 MB in a day
 * (outside tester, session 19). The hour's grace leaves any run that is still starting one alone.
 */
function pruneOldBundles(current) {
  const own = new RegExp(`^${name}-([0-9a-f]{16})\\.`);
  const hourAgo = Date.now() - 60 * 60 * 1000;
  for (const file of readdirSync(cacheDir)) {
    const match = own.exec(file);
    if (!match || match[1] === current) continue;
    try {
      if (statSync(path.join(cacheDir, file)).mtimeMs < hourAgo) rmSync(path.join(cacheDir, file), { force: true });
    } catch {
      // Gone already (another run pruned it): nothing to do.
    }
  }
}
