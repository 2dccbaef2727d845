/**
 * Arabic-script fonts for the Arabic and Persian pages (/ar/, /fa/): Noto Sans Arabic (SIL Open
 * Font License 1.1, from the @fontsource/noto-sans-arabic package), cut at build time with
 * harfbuzz's hb-subset (subset-font) to the Arabic block and the joiners/direction marks, in the
 * two weights the site uses. hb-subset keeps the shaping tables (initial, medial, final forms,
 * lam-alef), so the glyphs needed to join letters stay in.
 *
 * Declared in a stylesheet of its own (/assets/arabic.css) that only ar/fa pages link: German
 * pages load neither the rules nor the files. Cached like the Fira Sans subsets (./fonts.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ARABIC_SCRIPT_CSS, sitePaths } from '../../text/site.ts';

export { ARABIC_SCRIPT_CSS };

const require = createRequire(import.meta.url);
const fontsourceDir = path.dirname(require.resolve('@fontsource/noto-sans-arabic/package.json'));
const subsetFontVersion: string = require('subset-font/package.json').version;

/** The stylesheet only right-to-left pages link. */

/** Arabic letters, Persian letters (پ چ ژ گ ی ک), Arabic-Indic digits, punctuation ، ؛ ؟; ZWNJ/ZWJ and direction marks. */
export const arabicRanges = [
  [0x0600, 0x06ff],
  [0x200c, 0x200f],
  [0xfdf2, 0xfdf2], // the Allah ligature some texts contain
] as const;

export const arabicFaces = [
  { source: 'noto-sans-arabic-arabic-400-normal.woff2', file: 'noto-sans-arabic-400.woff2', weight: 400 },
  { source: 'noto-sans-arabic-arabic-600-normal.woff2', file: 'noto-sans-arabic-600.woff2', weight: 600 },
] as const;

function unicodeRange(): string {
  const hex = (n: number) => n.toString(16).toUpperCase();
  return arabicRanges.map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`)).join(',');
}

/** Where each subset is cached (whether or not it is there yet). */
export function arabicFontFiles(root = process.cwd()): { file: string; cached: string; source: string; weight: number }[] {
  return arabicFaces.map((face) => {
    const source = path.join(fontsourceDir, 'files', face.source);
    const key = createHash('sha256').update(readFileSync(source)).update(JSON.stringify(arabicRanges)).update(subsetFontVersion).digest('hex').slice(0, 16);
    return { file: face.file, source, weight: face.weight, cached: path.join(root, 'node_modules', '.cache', 'gsn-fonts', key, face.file) };
  });
}

/** Cuts the missing subsets (about a second each the first time). Throws if a source font is missing. */
export async function ensureArabicFonts(root = process.cwd()): Promise<void> {
  const missing = arabicFontFiles(root).filter((f) => !existsSync(f.cached));
  if (!missing.length) return;
  const { default: subsetFont } = await import('subset-font');
  const text = String.fromCodePoint(...arabicRanges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i)));
  for (const font of missing) {
    const bytes = await subsetFont(readFileSync(font.source), text, { targetFormat: 'woff2' });
    mkdirSync(path.dirname(font.cached), { recursive: true });
    const partial = `${font.cached}.${process.pid}.tmp`;
    writeFileSync(partial, bytes);
    renameSync(partial, font.cached);
  }
}

/**
 * /assets/arabic.css: the faces, and Noto Sans Arabic first on rtl pages. Latin text and digits
 * keep Fira Sans (unicode-range: the browser takes each character from the face that has it).
 */
export function arabicStylesheet(): string {
  const faces = arabicFaces
    .map(
      (face) =>
        `@font-face{font-family:"Noto Sans Arabic";font-style:normal;font-weight:${face.weight};font-display:swap;src:url("${sitePaths.assets}fonts/${face.file}") format("woff2");unicode-range:${unicodeRange()}}`,
    )
    .join('\n');
  return `${faces}\nhtml[dir=rtl] :not(code,pre,kbd,samp){font-family:"Noto Sans Arabic","Fira Sans",system-ui,sans-serif}\n`;
}

/** Eleventy: cut the subsets before the build, copy them, write the stylesheet. */
export default function arabicFontsPlugin(eleventyConfig: any): void {
  const root = process.cwd();
  const assets = sitePaths.assets.slice(1);
  eleventyConfig.on('eleventy.before', () => ensureArabicFonts(root));
  for (const font of arabicFontFiles(root)) {
    eleventyConfig.addPassthroughCopy({ [path.relative(root, font.cached)]: `${assets}fonts/${font.file}` });
  }
  eleventyConfig.addTemplate(`${assets}arabic.css.11ty.js`, {
    data: () => ({ permalink: ARABIC_SCRIPT_CSS, eleventyExcludeFromCollections: true }),
    render: () => arabicStylesheet(),
  });
}
