/**
 * DESIGN §7: no internal link is broken. Every href/src/action/srcset to `/…` (or to the site's
 * own absolute URL) must name a file of the built site (`/x/` → `/x/index.html`), and a fragment
 * must name an id (or <a name>) in the target page; `#id` links must point into the same page.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { site } from '../../src/text/site.ts';
import { allElements, fragmentTargets, loadPages } from '../support/html.ts';

const siteDir = inject('siteDir');
const pages = loadPages(siteDir);
const pageByFile = new Map(pages.map((page) => [page.rel, page]));
const targetsByFile = new Map<string, Set<string>>();
const targetsOf = (rel: string): Set<string> => {
  let ids = targetsByFile.get(rel);
  if (!ids) {
    ids = fragmentTargets(pageByFile.get(rel)!.doc);
    targetsByFile.set(rel, ids);
  }
  return ids;
};

const LINK_ATTRIBUTES = ['href', 'src', 'action', 'poster', 'data'];

/** The file a site-relative path resolves to, or undefined when none exists. */
function resolveFile(urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const rel = path.posix.normalize(decoded).replace(/^\/+/, '');
  const candidates = decoded.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}/index.html`, `${rel}.html`];
  for (const candidate of candidates) {
    const abs = path.join(siteDir, candidate);
    if (!abs.startsWith(siteDir)) return undefined;
    if (existsSync(abs) && statSync(abs).isFile()) return candidate.replace(/^\.\//, '');
  }
  return undefined;
}

function brokenLinks(page: (typeof pages)[number]): string[] {
  const problems: string[] = [];
  for (const el of allElements(page.doc)) {
    const values: string[] = [];
    for (const name of LINK_ATTRIBUTES) if (el.attribs[name] !== undefined) values.push(el.attribs[name]!);
    if (el.attribs.srcset)
      values.push(
        ...el.attribs.srcset
          .split(',')
          .map((part) => part.trim().split(/\s+/)[0]!)
          .filter(Boolean),
      );
    for (const raw of values) {
      const value = raw.trim();
      const where = `<${el.name} ${value}>`;
      if (value.startsWith(`${site.url}/`) || value === site.url) {
        // The site's own absolute URLs (canonical) must exist too.
        const target = new URL(value);
        if (!resolveFile(target.pathname || '/')) problems.push(`${where}: no such file in the site`);
        continue;
      }
      if (value.startsWith('#')) {
        const id = decodeURIComponent(value.slice(1));
        if (!id) problems.push(`${where}: empty fragment`);
        else if (!targetsOf(page.rel).has(id)) problems.push(`${where}: no element with id "${id}" on this page`);
        continue;
      }
      if (!value.startsWith('/') || value.startsWith('//')) continue;
      const url = new URL(value, 'https://site.invalid');
      const file = resolveFile(url.pathname);
      if (!file) {
        problems.push(`${where}: no such file in the site`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && file.endsWith('.html')) {
        if (!pageByFile.has(file)) problems.push(`${where}: target page not parsed`);
        else if (!targetsOf(file).has(fragment)) problems.push(`${where}: no element with id "${fragment}" in ${file}`);
      }
    }
  }
  return problems;
}

describe('internal links', () => {
  it('the site has pages', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages.map((page) => ({ url: page.url, rel: page.rel })))('$url has no broken internal link', ({ rel }) => {
    const problems = brokenLinks(pageByFile.get(rel)!);
    expect(problems, `${rel}:\n${problems.join('\n')}`).toEqual([]);
  });
});
