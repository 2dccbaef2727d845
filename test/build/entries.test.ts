/**
 * DESIGN §7: every content file yields exactly one page; drafts yield none.
 * The graph comes from the same content folder the test build read (loadContent()).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadContent } from '../../src/content/index.ts';
import { byTag, first, loadPages, textOf, type BuiltPage } from '../support/html.ts';

const siteDir = inject('siteDir');

let pages: BuiltPage[];
/** Canonical path → pages that claim it. */
let byCanonical: Map<string, BuiltPage[]>;

beforeAll(() => {
  pages = loadPages(siteDir);
  byCanonical = new Map();
  for (const page of pages) {
    const link = first(page.doc, (el) => el.name === 'link' && el.attribs.rel === 'canonical');
    if (!link?.attribs.href) continue;
    const key = new URL(link.attribs.href).pathname;
    byCanonical.set(key, [...(byCanonical.get(key) ?? []), page]);
  }
});

const fileFor = (url: string) => path.join(siteDir, url, 'index.html');

describe('published content', () => {
  const result = loadContent();
  const published = [...result.graph.entries, ...result.graph.pages];

  it('loads without errors (the build would have refused otherwise)', () => {
    expect(result.errorCount).toBe(0);
    expect(result.graph.entries.length).toBeGreaterThan(0);
  });

  it.each(published.map((entry) => ({ file: entry.file, url: entry.url, title: entry.data.title })))('$file → exactly one page at $url', (entry) => {
    expect(existsSync(fileFor(entry.url)), `${entry.url}index.html missing`).toBe(true);
    const claims = (byCanonical.get(entry.url) ?? []).map((page) => page.rel);
    expect(claims, `pages whose canonical URL is ${entry.url}`).toEqual([path.posix.join(entry.url.slice(1), 'index.html')]);
    const page = pages.find((p) => p.url === entry.url)!;
    const h1 = byTag(page.doc, 'h1');
    expect(h1.length).toBe(1);
    expect(textOf(h1[0]!)).toBe(entry.title);
  });
});

describe('drafts', () => {
  const all = loadContent({ includeDrafts: true });
  const publishedUrls = new Set(loadContent().graph.entries.map((entry) => entry.url));
  const drafts = [...all.graph.entries, ...all.graph.pages].filter((entry) => entry.data.draft && !publishedUrls.has(entry.url));

  it('the draft count of the graph matches the drafts found', () => {
    // Guard for the it.each below: with no draft in the sample content it would run zero cases
    // and pass without checking anything (content/initiatives/second-stage-wohnen-lueneburg.md).
    expect(drafts.length, 'the sample content must contain at least one draft').toBeGreaterThan(0);
    expect(drafts.length).toBe(loadContent().graph.draftCount);
  });

  it.each(drafts.map((entry) => ({ file: entry.file, url: entry.url })))('$file ($url) has no page and no link to it', (draft) => {
    expect(existsSync(fileFor(draft.url)), `a page was published for the draft ${draft.file}`).toBe(false);
    const linking = pages.filter((page) => page.html.includes(`href="${draft.url}"`)).map((page) => page.url);
    expect(linking, `pages linking to the unpublished draft ${draft.url}`).toEqual([]);
  });
});
