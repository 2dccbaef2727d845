/**
 * The built site the build and browser tests share: built ONCE per test run (vitest
 * globalSetup, see vitest.config.ts) into a temporary folder whose path the tests `inject`.
 *
 * The build runs in a child process exactly as `npm run build` does (scripts/run.mjs: compiled,
 * outside vitest's module runner, which would load the templates in a second module instance).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { PROJECT_ROOT } from './server.ts';
import { generateContent } from '../../src/bench/synthetic.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the site built for this test run. */
    siteDir: string;
    /** How that site was built: Netlify's CONTEXT and the build's exit code. */
    siteBuild: { context: string; code: number | null };
    /** The same built from the benchmark's 4,000 synthetic entries (issue 16: listings that scale). */
    largeSiteDir: string;
  }
}

/** Entries of the large test site: what the benchmark and issue 16 measure. */
export const LARGE_SITE_ENTRIES = 4000;

export interface BuildRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/**
 * `npm run build` into `outDir` (SITE_DIR), optionally from another content folder
 * (CONTENT_DIR, read by loadContent()).
 */
export function runBuild(options: { outDir: string; contentDir?: string; env?: Record<string, string> }): Promise<BuildRun> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, SITE_DIR: options.outDir, NO_COLOR: '1', ...options.env };
    if (options.contentDir) env.CONTENT_DIR = options.contentDir;
    else delete env.CONTENT_DIR;
    const child = spawn(process.execPath, ['scripts/run.mjs', 'build'], { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: Date.now() - started }));
  });
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `gsn-${prefix}-`));
}

/** What the globalSetup can provide: each test file gets only what it (or a helper it imports) injects. */
type Provided = 'siteDir' | 'siteBuild' | 'largeSiteDir';

/**
 * The provided values the test files `files` inject, read from their source and that of the files
 * they import from test/ (helpers), so that `npm test -- test/unit/…` builds no site. Matches
 * `inject('name')` as the test files write it.
 */
export function injectedBy(files: readonly string[]): Set<Provided> {
  const needs = new Set<Provided>();
  const seen = new Set<string>();
  const testRoot = path.join(PROJECT_ROOT, 'test') + path.sep;
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/\binject\(\s*['"](\w+)['"]\s*\)/g)) needs.add(match[1] as Provided);
    for (const match of source.matchAll(/from\s+['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const imported = path.resolve(path.dirname(file), match[1]!);
      if (imported.startsWith(testRoot)) visit(imported);
    }
  };
  for (const file of files) visit(path.resolve(file));
  return needs;
}

/** The test files of this run (vitest's file filters, as on the command line; all when none). */
async function selectedFiles(project: TestProject): Promise<string[]> {
  // `filenamePattern` holds the run's file filters; undefined means every test file.
  const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern ?? [];
  return (await project.globTestFiles(filters)).testFiles;
}

/**
 * vitest globalSetup: build what the selected test files inject, once, into a temporary folder
 * they share; remove it afterwards. Chromium is each worker's own (test/support/browser.ts).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const needs = injectedBy(await selectedFiles(project));
  const parent = tempDir('site');
  const outDir = path.join(parent, 'site');
  // Built as a deploy preview (CONTEXT only decides whether placeholders stop the build): the
  // placeholder test reads this build as its "a deploy preview still builds" case.
  const context = 'deploy-preview';
  // The benchmark's 4,000 entries, built alongside: page weight and reachability at scale.
  const largeContent = path.join(parent, 'large-content');
  const largeOut = path.join(parent, 'large-site');
  const needsSite = needs.has('siteDir') || needs.has('siteBuild');
  const needsLarge = needs.has('largeSiteDir');
  if (needsLarge) generateContent({ entries: LARGE_SITE_ENTRIES, dir: largeContent, vocabularies: path.join(PROJECT_ROOT, 'content', 'vocabularies') });
  const [run, large] = await Promise.all([
    needsSite ? runBuild({ outDir, env: { CONTEXT: context } }) : undefined,
    // No test searches the large site (page weight, reserved folders, listing pages in Chromium): no Pagefind index.
    needsLarge ? runBuild({ outDir: largeOut, contentDir: largeContent, env: { SEARCH_INDEX: 'off' } }) : undefined,
  ]);
  for (const [built, dir] of [
    [run, outDir],
    [large, largeOut],
  ] as const) {
    if (built && (built.code !== 0 || !existsSync(dir))) {
      rmSync(parent, { recursive: true, force: true });
      throw new Error(`Der Testaufbau der Website ist fehlgeschlagen (exit ${built.code}):\n${built.stdout.slice(-4000)}\n${built.stderr.slice(-4000)}`);
    }
  }
  const built = [run && `site built in ${run.ms} ms → ${outDir}`, large && `${LARGE_SITE_ENTRIES} entries in ${large.ms} ms → ${largeOut}`].filter(Boolean);
  process.stdout.write(`[test] ${built.length ? built.join('; ') : 'no site needed'}\n`);
  if (run) {
    project.provide('siteDir', outDir);
    project.provide('siteBuild', { context, code: run.code });
  }
  if (large) project.provide('largeSiteDir', largeOut);
  return async () => {
    if (!process.env.KEEP_TEST_SITE) rmSync(parent, { recursive: true, force: true });
  };
}

/** Every file below `dir`, as paths relative to it with forward slashes. */
export function listFiles(dir: string, filter: (rel: string) => boolean = () => true): string[] {
  const out: string[] = [];
  const walk = (abs: string, rel: string) => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path.join(abs, entry.name), childRel);
      else if (filter(childRel)) out.push(childRel);
    }
  };
  walk(dir, '');
  return out.sort();
}

/** The site's pages; the web editor (/admin/, its own tests in test/admin/) is none of them. */
export function listHtmlPages(siteDir: string): string[] {
  return listFiles(siteDir, (rel) => rel.endsWith('.html') && !rel.startsWith('admin/'));
}

/** `kontakte/x/index.html` → `/kontakte/x/`; `404.html` → `/404.html` */
export function urlOfFile(rel: string): string {
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

export interface PageType {
  /** What the test names: "Kontakt (Detailseite)" */
  name: string;
  /** URL to open; undefined when no such page was found in the built site. */
  url: string | undefined;
  /** How the representative was found, for the failure message. */
  pattern: string;
  status: 200 | 404;
  /** 'large': a page of the 4,000-entry site (largeSiteDir), for page types only a large site has. */
  site?: 'large';
}

/**
 * One representative URL per page type of DESIGN §4, found in the built site (first match in
 * sorted order) rather than hard-coded, so the tests follow the content.
 */
export function pageTypes(siteDir: string): PageType[] {
  const urls = listHtmlPages(siteDir).map(urlOfFile);
  const firstUnder = (prefix: string) => urls.find((url) => url.startsWith(prefix) && /^[^/]+\/$/.test(url.slice(prefix.length)));
  // Fixed pages are always requested: a missing one fails on its status, as a visitor would see it.
  const fixed = (name: string, url: string): PageType => ({ name, url, pattern: url, status: 200 });
  const detail = (name: string, prefix: string): PageType => ({ name, url: firstUnder(prefix), pattern: `${prefix}<slug>/`, status: 200 });
  const types: PageType[] = [
    fixed('Startseite', '/'),
    fixed('Initiativen (Liste)', '/initiativen/'),
    detail('Initiative', '/initiativen/'),
    fixed('Netzwerke (Liste)', '/netzwerke/'),
    detail('Netzwerk', '/netzwerke/'),
    fixed('Materialien (Liste)', '/materialien/'),
    detail('Material', '/materialien/'),
    fixed('Kontakte (Liste)', '/kontakte/'),
    detail('Kontakt', '/kontakte/'),
    fixed('Regionen (Liste)', '/regionen/'),
    detail('Region', '/regionen/'),
    fixed('Themen (Liste)', '/themen/'),
    detail('Thema', '/themen/'),
    fixed('Hilfe finden', '/hilfe/'),
  ];
  // DESIGN §4 allows /hilfe/ to be one page; a page per Kreis is tested when the site has one.
  const helpRegion = urls.find((url) => /^\/hilfe\/(?!finden\/)[^/]+\/$/.test(url));
  if (helpRegion) types.push({ name: 'Hilfe in einer Region', url: helpRegion, pattern: '/hilfe/<region>/', status: 200 });
  types.push(
    fixed('Postleitzahl oder Ort: nicht gefunden', '/hilfe/finden/'),
    fixed('Postleitzahl in mehreren Kreisen', '/hilfe/plz/27726/'),
    fixed('Ort in mehreren Kreisen', '/hilfe/ort/oldenburg/'),
    fixed('Suche', '/suche/'),
    fixed('Über uns', '/ueber-uns/'),
    fixed('Sicher surfen', '/sicherheit/'),
    fixed('Impressum', '/impressum/'),
    fixed('Datenschutz', '/datenschutz/'),
    fixed('Barrierefreiheit', '/barrierefreiheit/'),
    fixed('Leichte Sprache', '/leichte-sprache/'),
    { name: 'Fehlerseite (404)', url: '/diese-seite-gibt-es-nicht/', pattern: '404.html', status: 404 },
  );
  return types;
}

/**
 * Page types only a site too large for one-page listings has (issue 16): the overviews and the
 * numbered pages of split listings, one representative each, from the 4,000-entry site.
 */
export function largePageTypes(largeSiteDir: string): PageType[] {
  const urls = listHtmlPages(largeSiteDir).map(urlOfFile);
  const first = (name: string, pattern: RegExp, shown: string): PageType => ({ name, url: urls.find((url) => pattern.test(url)), pattern: shown, status: 200, site: 'large' });
  return [
    first('Kontakte nach Region (Übersicht)', /^\/kontakte\/$/, '/kontakte/'),
    first('Kontakte A–Z (Übersicht)', /^\/kontakte\/a-z\/$/, '/kontakte/a-z/'),
    first('A–Z: ein Buchstabe, Seite 2', /^\/kontakte\/a-z\/[a-z]+\/seite-2\/$/, '/kontakte/a-z/<buchstabe>/seite-2/'),
    first('Region (Übersicht)', /^\/regionen\/[^/]+\/$/, '/regionen/<region>/'),
    first('Region: Kontakte, Seite 2', /^\/regionen\/[^/]+\/kontakte\/seite-2\/$/, '/regionen/<region>/kontakte/seite-2/'),
    first('Thema (Übersicht)', /^\/themen\/[^/]+\/$/, '/themen/<thema>/'),
    first('Thema: Materialien, Seite 2', /^\/themen\/[^/]+\/materialien\/seite-2\/$/, '/themen/<thema>/materialien/seite-2/'),
    first('Hilfe in einer Region (Übersicht)', /^\/hilfe\/(?!finden\/|plz\/|ort\/)[^/]+\/$/, '/hilfe/<region>/'),
    first('Kontakt: alle Initiativen, Seite 2', /^\/kontakte\/[^/]+\/initiativen\/seite-2\/$/, '/kontakte/<slug>/initiativen/seite-2/'),
    first('Hilfe: ein Abschnitt, Seite 2', /^\/hilfe\/[^/]+\/landesweit\/seite-2\/$/, '/hilfe/<region>/landesweit/seite-2/'),
  ];
}
