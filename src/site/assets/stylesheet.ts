/**
 * /assets/site.css: the parts of KERN UX (@kern-ux/native, EUPL-1.2) the templates use, then our
 * own styles from src/styles/site.css, minified into one file. "The parts used" are found by
 * scanning the template sources (./kern-classes.ts) for `kern-…` class names; KERN rules whose
 * selectors need another KERN class (or an attribute the sources never name, like [readonly])
 * are dropped (./prune-kern.ts); KERN tokens that can never change are written in place of their
 * var(); then every custom property nothing reaches is dropped (./custom-properties.ts). Takes
 * about 0.1 s, with no network, and gives the same bytes for the same sources. KERN's light
 * theme becomes the only theme; its oklch() colours become sRGB hex (./oklch.ts) so that older
 * browsers get the same colours; its data: URI icons are left out (the CSP allows no data:).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { transform } from 'lightningcss';
import { fontFaceRules } from '../eleventy/fonts.ts';
import { inlineConstants, unusedCustomProperties } from './custom-properties.ts';
import { usedKernClasses } from './kern-classes.ts';
import { oklchToSrgb } from './oklch.ts';
import { pruneKern } from './prune-kern.ts';

const require = createRequire(import.meta.url);
const kernDir = path.dirname(require.resolve('@kern-ux/native/package.json'));

const stylesheetSource = 'src/styles/site.css';

/** DESIGN: at most 60 KB of CSS per page before compression; the build warns above it. */
export const stylesheetBudget = 60 * 1024;

/** The whole stylesheet, minified. Deterministic: the same sources give the same bytes. */
export function buildStylesheet(root = process.cwd()): string {
  const used = usedKernClasses(root);
  const kern = pruneKern(readFileSync(path.join(kernDir, 'dist/kern.css')), used);
  const own = readFileSync(path.join(root, stylesheetSource), 'utf8');
  try {
    transform({ filename: stylesheetSource, code: Buffer.from(own) });
  } catch (error) {
    const loc = (error as { loc?: { line: number; column: number } }).loc;
    throw new Error(`${stylesheetSource}${loc ? `:${loc.line}:${loc.column}` : ''}: ${(error as Error).message}`);
  }
  const combined = inlineConstants(`${fontFaceRules()}\n${kern}\n${own}`);
  const unused = unusedCustomProperties(combined);
  const minified = transform({ filename: 'site.css', code: Buffer.from(combined), minify: true, unusedSymbols: unused }).code;
  // Minifying folds color-mix() of now literal colours into oklch(): make those sRGB as well.
  return transform({ filename: 'site.css', code: minified, minify: true, visitor: { Color: oklchToSrgb } }).code.toString();
}
