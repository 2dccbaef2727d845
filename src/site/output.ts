/** Where the build writes a site path: the one mapping from URLs to files outside Eleventy. */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';

/** The file a site-relative URL is served from, as Eleventy writes it: /a/b/ → a/b/index.html */
export function outputFile(outDir: string, url: string): string {
  return path.join(outDir, ...url.split('/').filter(Boolean), ...(url.endsWith('/') ? ['index.html'] : []));
}

/** Writes a page or file below the output folder by its site-relative URL. */
export function writeSiteFile(outDir: string, url: string, content: string | Uint8Array): void {
  const file = outputFile(outDir, url);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/** Pieces collected up to this size go out in one write. */
const WRITE_SIZE = 1 << 16;

/** Writes a file given as pieces (never whole in memory); returns its size in bytes. */
export function writeSiteFileChunks(outDir: string, url: string, chunks: Iterable<string>): number {
  const file = outputFile(outDir, url);
  mkdirSync(path.dirname(file), { recursive: true });
  const fd = openSync(file, 'w');
  let bytes = 0;
  let pending = '';
  try {
    for (const chunk of chunks) {
      pending += chunk;
      if (pending.length >= WRITE_SIZE) {
        bytes += writeAll(fd, pending);
        pending = '';
      }
    }
    if (pending) bytes += writeAll(fd, pending);
  } finally {
    closeSync(fd);
  }
  return bytes;
}

function writeAll(fd: number, text: string): number {
  const buffer = Buffer.from(text, 'utf8');
  for (let at = 0; at < buffer.length;) at += writeSync(fd, buffer, at);
  return buffer.length;
}
