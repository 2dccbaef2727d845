/**
 * Reserved addresses against a real build (issue 13 §3): every folder of the built site that a
 * content file could be named after is one validation refuses, and a colliding file stops
 * `npm run build` with a German message, nothing written, no `_site.tmp` left behind.
 */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { loadContent } from '../../src/content/index.ts';
import { contentTypes, entryTypes } from '../../src/schema/index.ts';
import { reservedAddress } from '../../src/site/reserved.ts';
import { PROJECT_ROOT } from '../support/server.ts';
import { runBuild, tempDir } from '../support/site.ts';
import { rmSync } from 'node:fs';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('the reserved addresses cover the built site', () => {
  const siteDir = inject('siteDir');
  const { graph } = loadContent({ dir: path.join(PROJECT_ROOT, 'content') });

  // A page is written to /<slug>/index.html: it collides with a folder of that name (files such as /feed.xml or /404.html have a dot no slug has).
  it('every top-level folder a content page could be named after is reserved, unless a content page has it', () => {
    const pages = new Set(graph.pages.map((page) => page.slug));
    const names = readdirSync(siteDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .filter((name) => SLUG.test(name) && !pages.has(name));
    expect(names.length).toBeGreaterThan(8);
    expect(names.filter((name) => reservedAddress(`/${name}/`) === undefined)).toEqual([]);
  });

  it('every name inside an entry type folder that is not an entry is reserved', () => {
    for (const type of entryTypes) {
      const folder = path.join(siteDir, ...contentTypes[type].path.split('/').filter(Boolean));
      const entries = new Set(graph.entries.filter((entry) => entry.type === type).map((entry) => entry.slug));
      const others = readdirSync(folder, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .filter((name) => SLUG.test(name) && !entries.has(name));
      expect(
        others.filter((name) => reservedAddress(`${contentTypes[type].path}${name}/`) === undefined),
        type,
      ).toEqual([]);
    }
  });
});

describe('the reserved addresses cover the split listings of a large site (issue 16)', () => {
  // Numbered pages live below /<type>/a-z/<letter>/, /regionen/<id>/<type>/, /themen/<id>/<type>/
  // and /hilfe/<kreis>/<section>/, never directly in an entry type folder.
  it('every name inside an entry type folder of the 4,000-entry site that is not an entry is reserved', () => {
    const largeDir = inject('largeSiteDir');
    for (const type of entryTypes) {
      const folder = path.join(largeDir, ...contentTypes[type].path.split('/').filter(Boolean));
      const others = readdirSync(folder, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .filter((name) => SLUG.test(name) && !/^[a-z]+-\d+$/.test(name));
      expect(
        others.filter((name) => reservedAddress(`${contentTypes[type].path}${name}/`) === undefined),
        type,
      ).toEqual([]);
      expect(readdirSync(path.join(folder, 'a-z')).length, type).toBeGreaterThan(1);
    }
  });
});

describe('npm run build with a page on a reserved address', () => {
  const parent = tempDir('reserved');
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it('exit 1, a German message naming the file and the address, no output, no _site.tmp', async () => {
    const contentDir = path.join(parent, 'content');
    const outDir = path.join(parent, 'site');
    cpSync(path.join(PROJECT_ROOT, 'content'), contentDir, { recursive: true });
    const page = readFileSync(path.join(contentDir, 'pages', readdirSync(path.join(contentDir, 'pages'))[0]!), 'utf8');
    writeFileSync(path.join(contentDir, 'pages', 'suche.md'), page);
    const run = await runBuild({ outDir, contentDir });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.code, output).toBe(1);
    expect(output).toContain('pages/suche.md:1  Die Adresse /suche/ ist reserviert');
    expect(output, 'no stack trace for editors').not.toMatch(/\n\s+at\s.+\(.*:\d+:\d+\)/);
    expect(output).not.toMatch(/Eleventy|Error/);
    expect(existsSync(outDir), 'the output folder was written').toBe(false);
    expect(existsSync(`${outDir}.tmp`), 'a half-built folder was left behind').toBe(false);
  });
});
