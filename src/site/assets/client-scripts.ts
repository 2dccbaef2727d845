/** The browser scripts of src/client/ as shipped under /assets/js/. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { transformSync } from 'esbuild';

const clientDir = 'src/client';

/** The browser scripts: every .js file directly in src/client/. */
export function clientScripts(root = process.cwd()): string[] {
  return readdirSync(path.join(root, clientDir))
    .filter((file) => file.endsWith('.js'))
    .sort();
}

/**
 * A browser script as shipped: minified by esbuild (same language level, no bundling), so the
 * comments that explain it stay in the source. Throws with file and line on a syntax error.
 */
export function minifiedScript(root: string, file: string): string {
  const source = readFileSync(path.join(root, clientDir, file), 'utf8');
  return transformSync(source, { loader: 'js', minify: true, sourcefile: `${clientDir}/${file}`, legalComments: 'none' }).code;
}
