/**
 * `node scripts/run.mjs <script> [options]`: runs scripts/<script>.ts compiled ahead into one
 * file by esbuild (some 30 ms) instead of through tsx. tsx hands every module, Eleventy's
 * hundreds included, to its loader thread and back, which costs the build about 0.3 s of
 * start-up on its critical path (docs/performance.md). Same sources, same behaviour: types are
 * checked by `npm run typecheck`, as under tsx. Used where start-up counts: `npm run build` and
 * `npm run validate`. DEBUG=1 maps stack traces back to the TypeScript sources.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const [name, ...args] = process.argv.slice(2);
const entry = path.join(root, 'scripts', `${name ?? ''}.ts`);
if (!name || !/^[a-z-]+$/.test(name) || !existsSync(entry)) {
  process.stderr.write(`Aufruf: node scripts/run.mjs <skript> [optionen], z. B. build oder validate (${name ?? 'kein Skript'} gibt es nicht).\n`);
  process.exit(2);
}

const result = await build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Packages stay imports from node_modules, as under tsx; only this project's code is bundled.
  packages: 'external',
  sourcemap: 'external',
  write: false,
  outdir: path.join(root, 'node_modules', '.cache', 'gsn-run'),
  absWorkingDir: root,
  logLevel: 'silent',
});
// Named by content and written by rename: builds running side by side (the tests) never read a
// half-written file, and an unchanged script is not written again.
const code = result.outputFiles.find((file) => file.path.endsWith('.js'));
const map = result.outputFiles.find((file) => file.path.endsWith('.js.map'));
const hash = createHash('sha256').update(code.contents).digest('hex').slice(0, 16);
const out = path.join(path.dirname(code.path), `${name}-${hash}.mjs`);
if (!existsSync(out)) {
  mkdirSync(path.dirname(out), { recursive: true });
  const temp = `${out}.${process.pid}.tmp`;
  writeFileSync(`${out}.map`, map.contents);
  writeFileSync(temp, `${code.text}\n//# sourceMappingURL=${path.basename(out)}.map\n`);
  renameSync(temp, out);
}
if (process.env.DEBUG) process.setSourceMapsEnabled(true);
// The script reads its options from process.argv as if started directly.
process.argv = [process.argv[0], entry, ...args];
await import(pathToFileURL(out).href);
