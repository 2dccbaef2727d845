/**
 * KERN UX's compiled CSS (@kern-ux/native, EUPL-1.2) reduced to what the templates can use:
 * rules whose selectors need a KERN class (or an attribute the sources never name, like
 * [readonly]) are dropped, the light theme becomes the only theme, oklch() colours become sRGB
 * and data: URI icons are left out (the CSP allows no data:).
 */
import { transform, type Selector, type SelectorComponent } from 'lightningcss';
import type { UsedClasses } from './kern-classes.ts';
import { oklchToSrgb } from './oklch.ts';

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
