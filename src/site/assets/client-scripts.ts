/** The browser scripts of src/client/ as shipped under /assets/js/. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';

const clientDir = 'src/client';

/** The browser scripts: every .js file directly in src/client/. */
export function clientScripts(root = process.cwd()): string[] {
  return readdirSync(path.join(root, clientDir))
    .filter((file) => file.endsWith('.js'))
    .sort();
}

/**
 * A browser script as shipped: bundled and minified by esbuild into one self-contained function
 * (same language level), so the comments that explain it stay in the source and a module it
 * imports (the help finder's src/text/german-key.ts) exists once, shared with the build. The
 * project's tsconfig is for Node code: not applied, strict mode comes from each script's own
 * 'use strict'. Throws with file and line on a syntax error.
 */
export function minifiedScript(root: string, file: string): string {
  return bundle(root, file).code;
}

/** minifiedScript (or, for reading, the same bundle unminified) and the project files it was made from (project-relative, `/`-separated). */
export function bundle(root: string, file: string, minify = true): { code: string; inputs: string[] } {
  const result = buildSync({
    entryPoints: [path.join(clientDir, file)],
    absWorkingDir: root,
    bundle: true,
    format: 'iife',
    minify,
    legalComments: 'none',
    tsconfigRaw: {},
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  return { code: result.outputFiles[0]!.text, inputs: Object.keys(result.metafile.inputs).sort() };
}
