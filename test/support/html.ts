/** Reading built HTML for the build tests: every page parsed once, with small DOM helpers. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { listHtmlPages, urlOfFile } from './site.ts';

export type Document = ReturnType<typeof parseDocument>;
export type Element = ReturnType<typeof DomUtils.findAll>[number];

export interface BuiltPage {
  /** Path relative to the site folder: kontakte/x/index.html */
  rel: string;
  /** URL the page is served at: /kontakte/x/ */
  url: string;
  html: string;
  doc: Document;
}

/**
 * The help finder's ~1,800 generated pages (/hilfe/plz/<plz>/, /hilfe/ort/<slug>/) come from two
 * templates: the per-page suites see a sample covering each kind (one Kreis, several Kreise,
 * other Länder); test/build/finder-pages.test.ts checks every one of them cheaply.
 */
export const FINDER_SAMPLE = new Set(['29221', '27726', '29640', '19273', '34355', 'celle', 'oldenburg', 'kassel', 'walsrode', 'bad-fallingbostel']);

export function isSampledOut(rel: string): boolean {
  const match = /^hilfe\/(?:plz|ort)\/([^/]+)\/index\.html$/.exec(rel);
  return match !== null && !FINDER_SAMPLE.has(match[1]!);
}

export function loadPages(siteDir: string): BuiltPage[] {
  return listHtmlPages(siteDir)
    .filter((rel) => !isSampledOut(rel))
    .map((rel) => {
      const html = readFileSync(path.join(siteDir, rel), 'utf8');
      return { rel, url: urlOfFile(rel), html, doc: parseDocument(html, { lowerCaseAttributeNames: true }) };
    });
}

export function allElements(root: Document | Element): Element[] {
  return DomUtils.findAll(() => true, root.children);
}

export function byTag(root: Document | Element, tag: string): Element[] {
  return DomUtils.findAll((el) => el.name === tag, root.children);
}

export function first(root: Document | Element, test: (el: Element) => boolean): Element | undefined {
  return DomUtils.findOne(test, root.children) ?? undefined;
}

export function textOf(el: Element | Document): string {
  return DomUtils.textContent(el).replace(/\s+/g, ' ').trim();
}

export function ancestors(el: Element): Element[] {
  const out: Element[] = [];
  let node = el.parent;
  while (node && node.type !== 'root') {
    out.push(node as Element);
    node = node.parent;
  }
  return out;
}

/** Elements reachable with Tab, in document order (static approximation of the HTML rules). */
export function focusable(root: Document | Element): Element[] {
  return allElements(root).filter((el) => {
    const a = el.attribs;
    if ('disabled' in a || 'inert' in a || [el, ...ancestors(el)].some((node) => 'hidden' in node.attribs || 'inert' in node.attribs)) return false;
    if (a.tabindex !== undefined) return Number(a.tabindex) >= 0;
    switch (el.name) {
      case 'a':
      case 'area':
        return a.href !== undefined;
      case 'input':
        return a.type !== 'hidden';
      case 'button':
      case 'select':
      case 'textarea':
      case 'iframe':
      case 'summary':
        return true;
      default:
        return a.contenteditable !== undefined && a.contenteditable !== 'false';
    }
  });
}

/** Every id and every <a name> of a page: valid fragment targets. */
export function fragmentTargets(doc: Document): Set<string> {
  const ids = new Set<string>();
  for (const el of allElements(doc)) {
    if (el.attribs.id !== undefined) ids.add(el.attribs.id);
    if (el.name === 'a' && el.attribs.name !== undefined) ids.add(el.attribs.name);
  }
  return ids;
}
