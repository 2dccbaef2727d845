/**
 * Pagefind's browser scripts as shipped. Pagefind writes them with their whitespace removed but
 * every long identifier kept (1.6.0: pagefind.js 47 KB, pagefind-worker.js 43 KB); minified again
 * by esbuild they are a third smaller and behave the same. The search page loads the worker for
 * every first query (issue 16, docs/performance.md); pagefind.js stays for other users of the
 * index (the browser tests).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { transformSync } from 'esbuild';

/**
 * The Pagefind release whose worker messages `src/client/search.js` speaks (`{id, method, args}`
 * → `{id, result|error}`, init/options/filters/search/getData: internals, no public API).
 * package.json pins exactly this version; test/unit/pagefind-version.test.ts fails when the
 * installed one differs, so an upgrade is a conscious act: check the messages in the new
 * `pagefind-worker.js`/`pagefind.js`, run the search browser tests, then change both.
 */
export const PAGEFIND_VERSION = '1.6.0';

/**
 * Minifies `pagefind.js` (an ES module: `import.meta.url` finds the index next to it) and
 * `pagefind-worker.js` (a classic worker script) in the index folder `indexDir` in place.
 * Returns each file's size before and after in bytes. Throws if a file is missing or esbuild
 * cannot parse it.
 */
export function minifyPagefindScripts(indexDir: string): Record<string, { before: number; after: number }> {
  const sizes: Record<string, { before: number; after: number }> = {};
  for (const [name, format] of [
    ['pagefind.js', 'esm'],
    ['pagefind-worker.js', undefined],
  ] as const) {
    const file = path.join(indexDir, name);
    const source = readFileSync(file, 'utf8');
    const code = transformSync(source, { loader: 'js', format, minify: true, legalComments: 'none', sourcefile: name }).code;
    writeFileSync(file, code);
    sizes[name] = { before: Buffer.byteLength(source), after: Buffer.byteLength(code) };
  }
  return sizes;
}
