/** Where the build writes a site path: the one mapping from URLs to files outside Eleventy. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The file a site-relative URL is served from, as Eleventy writes it: /a/b/ → a/b/index.html */
export function outputFile(outDir: string, url: string): string {
  return path.join(outDir, ...url.split('/').filter(Boolean), ...(url.endsWith('/') ? ['index.html'] : []));
}

/** Writes a page or file below the output folder by its site-relative URL. */
export function writeSiteFile(outDir: string, url: string, content: string): void {
  const file = outputFile(outDir, url);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}
