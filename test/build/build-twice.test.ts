/**
 * The graph is passed to the build as an argument, never held in a module: one process builds two
 * sites from two different content folders, and each site shows its own content only.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildSite } from '../../src/site/build.ts';
import { tempDir } from '../support/site.ts';

const work = tempDir('twice');
afterAll(() => process.env.KEEP_TEST_SITE || rmSync(work, { recursive: true, force: true }));

it('builds twice in one process, each site from its own content', async () => {
  const first = path.join(work, 'content-a');
  const second = path.join(work, 'content-b');
  cpSync('content', first, { recursive: true });
  cpSync('content', second, { recursive: true });
  const file = 'contacts/frauenhaus-aurich.md';
  const text = readFileSync(path.join(second, file), 'utf8');
  writeFileSync(path.join(second, file), text.replace(/^title: .*$/m, 'title: Frauenhaus Aurich (zweiter Bau)'));
  rmSync(path.join(second, 'contacts/frauenhaus-oldenburg.md'));

  expect(await buildSite({ outDir: path.join(work, 'a'), contentDir: first, quiet: true })).toBe(true);
  expect(await buildSite({ outDir: path.join(work, 'b'), contentDir: second, quiet: true })).toBe(true);

  const page = (site: string) => readFileSync(path.join(work, site, 'kontakte', 'frauenhaus-aurich', 'index.html'), 'utf8');
  expect(page('a')).toMatch(/<h1[^>]*>Frauenhaus Aurich<\/h1>/);
  expect(page('a')).not.toContain('zweiter Bau');
  expect(page('b')).toContain('Frauenhaus Aurich (zweiter Bau)');
  expect(existsSync(path.join(work, 'a', 'kontakte', 'frauenhaus-oldenburg', 'index.html'))).toBe(true);
  expect(existsSync(path.join(work, 'b', 'kontakte', 'frauenhaus-oldenburg', 'index.html'))).toBe(false);
  // The per-build outputs follow their own graph too: open data and the search index.
  const contacts = (site: string) => readFileSync(path.join(work, site, 'daten', 'kontakte.json'), 'utf8');
  expect(contacts('a')).toContain('frauenhaus-oldenburg');
  expect(contacts('b')).not.toContain('frauenhaus-oldenburg');
  expect(contacts('b')).toContain('Frauenhaus Aurich (zweiter Bau)');
  expect(existsSync(path.join(work, 'b', 'pagefind', 'pagefind-entry.json'))).toBe(true);
  // Two whole builds, ~10 s on a quiet machine; 64 s at load 14–19 ran past the default 60 s, and
  // afterAll then removed the folder under the still running second build.
}, 240_000);
