/**
 * The site's fonts: Fira Sans (SIL Open Font License 1.1, shipped with @kern-ux/native) cut down
 * at build time, with harfbuzz's hb-subset (subset-font), to the characters German text and the
 * site's own symbols need. The full faces are 129 and 140 KB; the Latin subsets a fifth of that.
 *
 * Two subsets per face, told apart by `unicode-range`, so a browser fetches a file only when a
 * page has a character from it:
 * - latin: what every German page needs (preloaded, regular face);
 * - latin-ext: letters of names and places from neighbouring languages (ł, ş, ő, ș …).
 *
 * Subsetting takes about a second the first time, so the files are cached under
 * node_modules/.cache/gsn-fonts/, keyed by the source font, the character set and the tool's
 * version: later builds only copy them.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const kernDir = path.dirname(require.resolve('@kern-ux/native/package.json'));
const subsetFontVersion: string = require('subset-font/package.json').version;

/** The one table of characters the site's fonts carry, as code point ranges (inclusive). */
export const fontSubsets = {
  latin: [
    [0x20, 0x7e], // ASCII
    [0xa0, 0xff], // Latin-1: umlauts, ß, §, «», ·, non-breaking space
    [0x103, 0x103], // ă of „Română“ in every page's language switcher: else every page loads latin-ext
    [0x2010, 0x2027], // dashes – —, quotes „“‚‘”’, bullet •, ellipsis …
    [0x2030, 0x203a], // ‰, primes, ‹ ›
    [0x20ac, 0x20ac], // €
    [0x2190, 0x2199], // arrows → ↗ (link marks)
  ],
  'latin-ext': [
    // Latin Extended-A (ł ş ő č …) without ă: ranges must not overlap, the browser would take the later face
    [0x100, 0x102],
    [0x104, 0x17f],
    [0x218, 0x21b], // Romanian ș ț
    [0x1e9e, 0x1e9e], // capital sharp s ẞ: valid in German titles, rare, so not in the preloaded file
  ],
} as const satisfies Record<string, readonly (readonly [number, number])[]>;

export type FontSubset = keyof typeof fontSubsets;

/** The Fira Sans faces the site uses: 400 for text, 600 for headings, labels and <strong>. */
export const fontFaces = [
  { source: 'FiraSans-Regular.woff2', name: 'fira-sans-400', weight: 400, style: 'normal' },
  { source: 'FiraSans-SemiBold.woff2', name: 'fira-sans-600', weight: 600, style: 'normal' },
] as const;

/** One file the site publishes: /assets/fonts/<file>. */
export interface FontFile {
  file: string;
  face: (typeof fontFaces)[number];
  subset: FontSubset;
  /** Absolute path of the cached subset. */
  cached: string;
}

export { preloadFont } from '../../text/site.ts';

/** Code points of a subset, in order. */
export function codePointsOf(subset: FontSubset): number[] {
  return fontSubsets[subset].flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i));
}

/** The CSS unicode-range of a subset: U+20-7E,U+A0-FF,… */
export function unicodeRange(subset: FontSubset): string {
  const hex = (n: number) => n.toString(16).toUpperCase();
  return fontSubsets[subset].map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`)).join(',');
}

/** Where each subset file is cached (whether or not it is there yet). */
export function fontFiles(root = process.cwd()): FontFile[] {
  const cacheDir = path.join(root, 'node_modules', '.cache', 'gsn-fonts');
  return fontFaces.flatMap((face) =>
    (Object.keys(fontSubsets) as FontSubset[]).map((subset) => {
      const key = createHash('sha256')
        .update(readFileSync(sourceOf(face)))
        .update(JSON.stringify(fontSubsets[subset]))
        .update(subsetFontVersion)
        .digest('hex')
        .slice(0, 16);
      const file = `${face.name}-${subset}.woff2`;
      return { file, face, subset, cached: path.join(cacheDir, key, file) };
    }),
  );
}

/**
 * Makes sure every subset file is in the cache, cutting the missing ones (about 1 s for the
 * first, 0.1 s for each further). Returns the files. Throws if a source font is missing.
 */
export async function ensureFontSubsets(root = process.cwd()): Promise<FontFile[]> {
  const files = fontFiles(root);
  const missing = files.filter((file) => !existsSync(file.cached));
  if (missing.length) {
    // Loaded only when needed: the harfbuzz WebAssembly module is large to start.
    const { default: subsetFont } = await import('subset-font');
    for (const file of missing) {
      const text = String.fromCodePoint(...codePointsOf(file.subset));
      const bytes = await subsetFont(readFileSync(sourceOf(file.face)), text, { targetFormat: 'woff2' });
      mkdirSync(path.dirname(file.cached), { recursive: true });
      // Written under a temporary name first: a parallel build never copies half a file.
      const partial = `${file.cached}.${process.pid}.tmp`;
      writeFileSync(partial, bytes);
      renameSync(partial, file.cached);
    }
  }
  return files;
}

/** The @font-face rules for every subset file, latin first. */
export function fontFaceRules(): string {
  return fontFaces
    .flatMap((face) =>
      (Object.keys(fontSubsets) as FontSubset[]).map(
        (subset) =>
          `@font-face{font-family:"Fira Sans";font-style:${face.style};font-weight:${face.weight};font-display:swap;src:url("/assets/fonts/${face.name}-${subset}.woff2") format("woff2");unicode-range:${unicodeRange(subset)}}`,
      ),
    )
    .join('\n');
}

/** Absolute path of the full face a subset is cut from. */
export function sourceOf(face: (typeof fontFaces)[number]): string {
  return path.join(kernDir, 'dist/fonts/fira-sans', face.source);
}
