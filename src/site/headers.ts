/**
 * The HTTP headers of netlify.toml, read and matched the way Netlify does: the dev server
 * (`npm start`) and the test server serve the site with exactly the headers it gets online.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';

export interface HeaderRule {
  for: string;
  values: Record<string, string>;
  forRegExp: RegExp;
}

/**
 * Netlify's matching of `for` paths (netlify/build, packages/headers-parser): segments are
 * joined, a standalone `*` matches the rest of the path including an empty rest (`/assets/*`
 * matches `/assets` and `/assets/`), `:name` one segment, a trailing slash is optional, and the
 * match ignores case.
 */
export function forRegExp(forPath: string): RegExp {
  const escape = (text: string) => text.replace(/[|\\{}()[\]^$+*?.]/g, '\\$&').replace(/-/g, '\\x2d');
  const pattern = forPath
    .trim()
    .split('/')
    .map((part) => part.trimEnd())
    .filter(Boolean)
    .map((part) => {
      if (part.startsWith(':')) return '([^/]+)';
      if (part === '*') return '?(.*)';
      if (part.includes('*')) return part.split('*').map(escape).join('(.*)');
      return escape(part);
    })
    .join('/');
  return new RegExp(`^/${pattern}/?$`, 'iu');
}

/** Netlify normalises `a , b` in header values to `a, b`; lists are joined with `, `. */
function normaliseValue(value: unknown, name: string): string {
  if (typeof value === 'string')
    return value
      .trim()
      .split(/\s*,\s*/g)
      .join(', ');
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.map((item) => item.trim()).join(', ');
  throw new TypeError(`netlify.toml: header ${name} must be a string`);
}

export async function readHeaderRules(tomlPath = path.resolve('netlify.toml')): Promise<HeaderRule[]> {
  const config = parseToml(await readFile(tomlPath, 'utf8')) as { headers?: { for?: unknown; values?: Record<string, unknown> }[] };
  return (config.headers ?? []).map((rule, index) => {
    if (typeof rule.for !== 'string') throw new TypeError(`netlify.toml: [[headers]] #${index + 1} has no "for"`);
    const values = Object.fromEntries(Object.entries(rule.values ?? {}).map(([name, value]) => [name.trim(), normaliseValue(value, name)]));
    return { for: rule.for.trim(), values, forRegExp: forRegExp(rule.for) };
  });
}

/**
 * Every rule whose `for` matches applies, in file order; where two matching rules set the same
 * header, the later one wins (Netlify's own emulation of its CDN, @netlify/headers
 * headersForPath in netlify/primitives, merges the matching rules' values the same way). That
 * is how /admin/* gets its own Content-Security-Policy on top of the rules for /*.
 */
export function headersFor(rules: readonly HeaderRule[], urlPath: string): Record<string, string> {
  const out = new Map<string, { name: string; value: string }>();
  for (const rule of rules) {
    if (!rule.forRegExp.test(urlPath)) continue;
    for (const [name, value] of Object.entries(rule.values)) out.set(name.toLowerCase(), { name, value });
  }
  return Object.fromEntries([...out.values()].map(({ name, value }) => [name, value]));
}

/**
 * The paths whose `for` ends in a standalone `*` (`/admin/*`, `/assets/*`; not `/*`), without it
 * (`/admin`): Netlify applies their headers to every path that starts so, `/administration/` and
 * `/assets-info/` too (forRegExp). Read synchronously for the reserved addresses (./reserved.ts);
 * none when netlify.toml cannot be read.
 */
export function wildcardHeaderPrefixes(tomlPath = path.resolve('netlify.toml')): string[] {
  let config: { headers?: { for?: unknown }[] };
  try {
    config = parseToml(readFileSync(tomlPath, 'utf8')) as typeof config;
  } catch {
    return [];
  }
  return (config.headers ?? []).flatMap((rule) => (typeof rule.for === 'string' && /^\/[^*]+\/\*$/.test(rule.for.trim()) ? [rule.for.trim().slice(0, -2)] : []));
}
