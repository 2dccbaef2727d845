/**
 * The site's static assets, all made from files in the project (no network, no other origin):
 *
 * - /assets/site.css: the parts of KERN UX (@kern-ux/native, EUPL-1.2) the templates use, then our
 *   own styles from src/styles/site.css, minified into one file. "The parts used" are found by
 *   scanning the template sources (not the built pages, so the cost does not grow with the number
 *   of pages) for `kern-…` class names; KERN rules whose selectors need another KERN class (or an
 *   attribute the sources never name, like [readonly]) are dropped; KERN tokens that can never
 *   change are written in place of their var(); then every custom property nothing reaches is
 *   dropped. Takes about 0.1 s, with no network, and gives the same bytes for the same sources.
 *   KERN's light theme becomes the only theme; its oklch() colours become sRGB hex so that older
 *   browsers get the same colours; its data: URI icons are left out (the CSP allows no data:).
 * - /assets/fonts/: the Fira Sans subsets the stylesheet declares (./fonts.ts).
 * - /assets/js/: the client scripts from src/client/, minified by esbuild.
 * - /assets/favicon.svg.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ensureFontSubsets, fontFaceRules, fontFiles } from './fonts.ts';
import { transformSync } from 'esbuild';
import { transform, type CssColor, type Selector, type SelectorComponent, type TokenOrValue } from 'lightningcss';
import { sitePaths } from '../../text/site.ts';

const require = createRequire(import.meta.url);
const kernDir = path.dirname(require.resolve('@kern-ux/native/package.json'));
/** This file, relative to the project root (also when the build runs compiled, scripts/run.mjs). */
const SELF = 'src/site/eleventy/assets.ts';

/** Where the template sources live, relative to the project root; scanned for `kern-…` classes. */
export const classSources: { dir: string; ext: string }[] = [
  { dir: '_includes', ext: '.ts' },
  { dir: 'src/site', ext: '.ts' },
  { dir: 'src/client', ext: '.js' },
  { dir: 'src/styles', ext: '.css' },
];

const stylesheetSource = 'src/styles/site.css';
const clientDir = 'src/client';

/** DESIGN: at most 60 KB of CSS per page before compression; the build warns above it. */
export const stylesheetBudget = 60 * 1024;

export default function assetsPlugin(eleventyConfig: any): void {
  const root = process.cwd();
  // 'assets/': the folder as an output path (site.ts names it for the reserved addresses).
  const assets = sitePaths.assets.slice(1);
  // The subsets are cut (or found in the cache) before Eleventy copies anything.
  eleventyConfig.on('eleventy.before', () => ensureFontSubsets(root));
  for (const font of fontFiles(root)) {
    eleventyConfig.addPassthroughCopy({ [path.relative(root, font.cached)]: `${assets}fonts/${font.file}` });
  }
  for (const script of clientScripts(root)) {
    eleventyConfig.addTemplate(`${assets}js/${script}.11ty.js`, {
      data: () => ({ permalink: `${sitePaths.assets}js/${script}`, eleventyExcludeFromCollections: true }),
      render: () => minifiedScript(root, script),
    });
  }
  eleventyConfig.addPassthroughCopy({ 'src/assets/favicon.svg': `${assets}favicon.svg` });
  eleventyConfig.addWatchTarget('src/styles/');
  eleventyConfig.addWatchTarget('src/client/');
  eleventyConfig.addTemplate(`${assets}site.css.11ty.js`, {
    data: () => ({ permalink: `${sitePaths.assets}site.css`, eleventyExcludeFromCollections: true }),
    render: () => {
      const css = buildStylesheet(root);
      if (css.length > stylesheetBudget) {
        process.stderr.write(`Warnung: /assets/site.css ist ${(css.length / 1024).toFixed(1)} KB groß, das Budget sind ${stylesheetBudget / 1024} KB.\n`);
      }
      return css;
    },
  });
}

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

interface UsedClasses {
  names: Set<string>;
  /** Every word of the sources: attribute selectors need their name (and `=` value) among them. */
  words: Set<string>;
  /** `kern-alert--` from a template like `kern-alert--${kind}`: every class starting so is kept. */
  prefixes: string[];
}

/** Every `kern-…` word (and every word) in the template sources. */
export function usedKernClasses(root: string): UsedClasses {
  const names = new Set<string>();
  const words = new Set<string>();
  for (const source of classSources) {
    const dir = path.join(root, source.dir);
    let files: string[];
    try {
      files = readdirSync(dir, { recursive: true, encoding: 'utf8' });
    } catch {
      continue;
    }
    for (const file of files.filter((f) => f.endsWith(source.ext)).sort()) {
      // This module names KERN classes only to process them, not to use them.
      if (path.join(dir, file) === path.join(root, SELF)) continue;
      const text = readFileSync(path.join(dir, file), 'utf8');
      for (const word of text.match(/(?<![\w-])kern-[\w-]*/g) ?? []) names.add(word);
      for (const word of text.match(/[\w-]+/g) ?? []) words.add(word.toLowerCase());
    }
  }
  // A prefix must name a component (`kern-alert--`), not all of KERN.
  const prefixes = [...names].filter((name) => name.endsWith('-') && /^kern-[a-z0-9]+-/.test(name)).sort();
  return { names, words, prefixes };
}

function isUsed(name: string, used: UsedClasses): boolean {
  return used.names.has(name) || used.prefixes.some((prefix) => name.startsWith(prefix));
}

/** False when the selector needs a KERN class, an attribute or attribute value no template uses. */
function selectorUsable(selector: Selector, used: UsedClasses): boolean {
  return selector.every((component) => componentUsable(component, used));
}

function componentUsable(component: SelectorComponent, used: UsedClasses): boolean {
  switch (component.type) {
    case 'class':
      return !component.name.startsWith('kern-') || isUsed(component.name, used);
    case 'attribute': {
      // [disabled], [readonly], [type=file]…: only states and types the templates can produce.
      const name = component.name.toLowerCase();
      if (name === 'class' || name === 'id') return true;
      if (!used.words.has(name)) return false;
      const operation = component.operation;
      return !operation || operation.operator !== 'equal' || used.words.has(operation.value.toLowerCase());
    }
    case 'pseudo-class': {
      // :not(.unused) still matches; :is/:where/:has(.unused) never does.
      const inner = (component as { selectors?: unknown }).selectors;
      if (component.kind === 'not' || !Array.isArray(inner)) return true;
      return (inner as Selector[]).some((s) => Array.isArray(s) && selectorUsable(s, used));
    }
    default:
      return true;
  }
}

function withoutNulls<T>(value: T): T {
  if (Array.isArray(value)) value.forEach(withoutNulls);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const [key, field] of Object.entries(record)) {
      if (field === null) delete record[key];
      else withoutNulls(field);
    }
  }
  return value;
}

/**
 * KERN switches its colour tokens with prefers-color-scheme; the site keeps the light theme
 * only (one tested look, AA contrast checked once): the light block is unwrapped, the dark one
 * dropped. Plain text surgery before parsing, since the blocks hold only custom properties.
 */
function lightThemeOnly(css: string): string {
  let out = css;
  for (;;) {
    const match = /@media\s*\(prefers-color-scheme:\s*(light|dark)\)\s*\{/.exec(out);
    if (!match) return out;
    const open = match.index + match[0].length - 1;
    let depth = 0;
    let close = open;
    for (; close < out.length; close++) {
      if (out[close] === '{') depth++;
      else if (out[close] === '}' && --depth === 0) break;
    }
    const inner = out.slice(open + 1, close);
    out = out.slice(0, match.index) + (match[1] === 'light' ? inner : '') + out.slice(close + 1);
  }
}

/** KERN's compiled CSS reduced to the rules the templates can match, light theme only. */
export function pruneKern(code: Buffer, used: UsedClasses): string {
  return transform({
    filename: 'kern.css',
    code: Buffer.from(lightThemeOnly(code.toString('utf8'))),
    minify: false,
    visitor: {
      Rule: {
        style(rule) {
          const selectors = rule.value.selectors.filter((selector) => selectorUsable(selector, used));
          if (!selectors.length) return [];
          if (selectors.length === rule.value.selectors.length) return undefined;
          rule.value.selectors = selectors;
          // lightningcss 1.33 cannot read back the nulls it writes for absent optional values.
          return withoutNulls(rule);
        },
      },
      // KERN draws its icons as data: URIs, which the CSP (img-src 'self') blocks: they are
      // left out, and site.css draws the few the site needs.
      Declaration: {
        mask: withoutDataUri,
        'mask-image': withoutDataUri,
        background: withoutDataUri,
        'background-image': withoutDataUri,
        'list-style': withoutDataUri,
        'list-style-image': withoutDataUri,
      },
      Color: oklchToSrgb,
    },
  }).code.toString();
}

function withoutDataUri(declaration: unknown): [] | undefined {
  return JSON.stringify(declaration).includes('"data:') ? [] : undefined;
}

/** oklch() → sRGB (clipped): KERN's tokens in a form every browser understands. */
function oklchToSrgb(color: CssColor): CssColor | void {
  if (typeof color !== 'object' || color.type !== 'oklch') return;
  const hue = (color.h * Math.PI) / 180;
  const a = color.c * Math.cos(hue);
  const b = color.c * Math.sin(hue);
  const l = (color.l + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (color.l - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (color.l - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const channel = (linear: number) => {
    const v = linear <= 0.0031308 ? 12.92 * linear : 1.055 * Math.max(linear, 0) ** (1 / 2.4) - 0.055;
    return Math.round(Math.min(1, Math.max(0, v)) * 255);
  };
  return {
    type: 'rgb',
    r: channel(4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s),
    g: channel(-1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s),
    b: channel(-0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s),
    alpha: color.alpha,
  };
}

type Tokens = TokenOrValue[];

/**
 * Replaces var(--x) by the value of --x where that value can never differ: --x is set once, on
 * :root, outside any @media, to a value without var() (after doing the same to the custom
 * properties it names). Most of KERN's tokens are such constants (`var(--kern-metric-space-none,
 * 0px)` becomes `0`); their definitions are then unused and dropped. A token site.css sets again
 * (or a media query changes) stays a custom property, so overriding KERN tokens keeps working.
 */
function inlineConstants(code: string): string {
  const definitions = new Map<string, number>();
  const onRoot = new Map<string, Tokens>();
  const conditional = new Set<string>();
  const customProperties = (block: any): any[] =>
    [...(block?.declarations ?? []), ...(block?.importantDeclarations ?? [])].filter((d: any) => d.property === 'custom' && d.value.name.startsWith('--'));
  const isRoot = (selectors: Selector[]) => selectors.length === 1 && selectors[0]!.length === 1 && selectors[0]![0]!.type === 'pseudo-class' && selectors[0]![0]!.kind === 'root';
  const markConditional = (rules: any[]): void => {
    for (const rule of rules) {
      if (rule.type === 'style') for (const d of customProperties(rule.value.declarations)) conditional.add(d.value.name);
      if (Array.isArray(rule.value?.rules)) markConditional(rule.value.rules);
    }
  };
  transform({
    filename: 'site.css',
    code: Buffer.from(code),
    visitor: {
      Rule: {
        media(rule) {
          markConditional(rule.value.rules);
          return undefined;
        },
        supports(rule) {
          markConditional(rule.value.rules);
          return undefined;
        },
        style(rule) {
          for (const d of customProperties(rule.value.declarations)) {
            definitions.set(d.value.name, (definitions.get(d.value.name) ?? 0) + 1);
            if (isRoot(rule.value.selectors)) onRoot.set(d.value.name, d.value.value);
          }
          return undefined;
        },
      },
    },
  });
  const resolved = new Map<string, Tokens | null>();
  const resolve = (name: string): Tokens | null => {
    if (resolved.has(name)) return resolved.get(name)!;
    resolved.set(name, null);
    const value = onRoot.get(name);
    if (!value || definitions.get(name) !== 1 || conditional.has(name)) return null;
    const out: Tokens = [];
    for (const token of value) {
      if (token.type === 'var') {
        const inner = resolve(token.value.name.ident);
        if (!inner) return null;
        out.push(...inner);
      } else if (/"(var|env)"|null/.test(JSON.stringify(token))) {
        return null; // nested var(), env() or a value lightningcss cannot read back (see withoutNulls)
      } else out.push(token);
    }
    resolved.set(name, out);
    return out;
  };
  return transform({
    filename: 'site.css',
    code: Buffer.from(code),
    visitor: { Variable: (variable) => resolve(variable.name.ident) ?? undefined },
  }).code.toString();
}

/**
 * Custom properties that nothing uses: reachable are those named in var() by an ordinary
 * declaration, and, in turn, those the definitions of reachable ones name.
 */
function unusedCustomProperties(code: string): string[] {
  const declared = new Set<string>();
  const edges = new Map<string, Set<string>>();
  const roots = new Set<string>();
  let current: string | null = null;
  transform({
    filename: 'site.css',
    code: Buffer.from(code),
    visitor: {
      Declaration(declaration) {
        // 'custom' also covers properties lightningcss does not know, such as clip.
        current = declaration.property === 'custom' && declaration.value.name.startsWith('--') ? declaration.value.name : null;
        if (current) declared.add(current);
      },
      DeclarationExit() {
        current = null;
      },
      Variable(variable) {
        const name = variable.name.ident;
        if (current === null) roots.add(name);
        else {
          if (!edges.has(current)) edges.set(current, new Set());
          edges.get(current)!.add(name);
        }
      },
    },
  });
  const reachable = new Set<string>();
  const queue = [...roots];
  while (queue.length) {
    const name = queue.pop()!;
    if (reachable.has(name)) continue;
    reachable.add(name);
    for (const next of edges.get(name) ?? []) queue.push(next);
  }
  return [...declared].filter((name) => !reachable.has(name)).sort();
}
