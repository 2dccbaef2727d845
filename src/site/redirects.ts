/**
 * Netlify's redirect rules, read and applied the way Netlify does for what this site uses, so
 * that `npm start` and the test server answer the help finder's no-JavaScript URLs exactly like
 * the published site: the [[redirects]] of netlify.toml (first) and the `_redirects` file the
 * build writes (src/geo/finder-data.ts).
 *
 * Supported subset: `from` paths with `:name` placeholders and a trailing `*` splat, matched
 * without regard to case or a trailing slash, on the decoded path; `query` conditions with
 * `:name` placeholders; status 301/302 (redirect) and 200/404 (rewrite: the target's file is
 * served with that status); `force`. As on Netlify, a rule without `force` does not apply where
 * a file exists (shadowing). First match wins.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';

export interface RedirectRule {
  from: string;
  to: string;
  status: number;
  force: boolean;
  query: Record<string, string>;
  fromRegExp: RegExp;
  names: string[];
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, '%2B'));
  } catch {
    return text;
  }
}

function rule(from: string, to: string, status: number, force: boolean, query: Record<string, string> = {}): RedirectRule {
  const names: string[] = [];
  const pattern = decode(from)
    .split('/')
    .filter(Boolean)
    .map((part) => {
      if (part === '*') {
        names.push('splat');
        return '?(.*)';
      }
      if (part.startsWith(':')) {
        names.push(part.slice(1));
        return '([^/]+)';
      }
      return part.replace(/[|\\{}()[\]^$+*?.]/g, '\\$&');
    })
    .join('/');
  return { from, to, status, force, query, fromRegExp: new RegExp(`^/${pattern}/?$`, 'iu'), names };
}

/** netlify.toml's [[redirects]], then `<siteDir>/_redirects` if it exists. */
export function readRedirectRules(siteDir: string, tomlPath = path.resolve('netlify.toml')): RedirectRule[] {
  const config = parseToml(readFileSync(tomlPath, 'utf8')) as {
    redirects?: { from: string; to: string; status?: number; force?: boolean; query?: Record<string, string> }[];
  };
  const rules = (config.redirects ?? []).map((r) => rule(r.from, r.to, r.status ?? 301, r.force ?? false, r.query));
  const file = path.join(siteDir, '_redirects');
  if (existsSync(file)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const [from, to, status] = line.trim().split(/\s+/);
      if (!from || !to || from.startsWith('#')) continue;
      rules.push(rule(from, to, Number.parseInt(status ?? '301', 10), (status ?? '').endsWith('!')));
    }
  }
  return rules;
}

export interface RedirectResult {
  status: number;
  /** Where to: a URL path (redirects: for the Location header; rewrites: the file to serve). */
  to: string;
}

/**
 * The rule that applies to a request, or undefined. `fileExists(urlPath)`: whether the site has
 * a file for that path (then rules without force do not apply).
 */
export function applyRedirects(rules: readonly RedirectRule[], pathname: string, search: URLSearchParams, fileExists: (urlPath: string) => boolean): RedirectResult | undefined {
  const decoded = decode(pathname);
  let exists: boolean | undefined;
  for (const r of rules) {
    const match = r.fromRegExp.exec(decoded);
    if (!match) continue;
    const values: Record<string, string> = {};
    r.names.forEach((name, i) => (values[name] = match[i + 1] ?? ''));
    let queryMatches = true;
    for (const [param, placeholder] of Object.entries(r.query)) {
      const value = search.get(param);
      if (value === null) queryMatches = false;
      else if (placeholder.startsWith(':')) values[placeholder.slice(1)] = value.trim();
      else if (value !== placeholder) queryMatches = false;
    }
    if (!queryMatches) continue;
    if (!r.force && (exists ??= fileExists(decoded))) return undefined;
    const to = r.to.replace(/:([A-Za-z]+)/g, (whole, name: string) => (name in values ? encodeURIComponent(values[name]!) : whole));
    return { status: r.status, to };
  }
  return undefined;
}

/** Whether `siteDir` has a file for a URL path (pretty URLs: /x/ → /x/index.html). */
export function siteFileExists(siteDir: string, urlPath: string): boolean {
  const root = path.resolve(siteDir);
  const file = path.join(root, urlPath);
  if (file !== root && !file.startsWith(root + path.sep)) return false;
  return urlPath.endsWith('/') ? existsSync(path.join(file, 'index.html')) : existsSync(file) || existsSync(`${file}/index.html`);
}

/**
 * For the dev server's `onRequest` (@11ty/eleventy-dev-server): answers a request a redirect
 * rule applies to (rules read afresh each time, so a rebuilt _redirects counts), else nothing.
 */
export function finderRequestHandler(siteDir: string) {
  return ({ url }: { url: URL }): { status: number; headers: Record<string, string>; body: string } | undefined => {
    const redirect = applyRedirects(readRedirectRules(siteDir), url.pathname, url.searchParams, (p) => siteFileExists(siteDir, p));
    if (!redirect) return undefined;
    if (redirect.status === 301 || redirect.status === 302) return { status: redirect.status, headers: { Location: redirect.to }, body: '' };
    const file = path.join(path.resolve(siteDir), redirect.to.endsWith('/') ? `${redirect.to}index.html` : redirect.to);
    if (!existsSync(file)) return undefined;
    return { status: redirect.status, headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: readFileSync(file, 'utf8') };
  };
}
