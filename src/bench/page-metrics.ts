/**
 * What a visitor's phone receives from a built site, for the benchmark (issue 16): the largest
 * HTML page, the bytes the first search query downloads, and Lighthouse's mobile scores of a
 * page. Served with the netlify.toml headers by the tests' static server.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../site/static-server.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** Pinned, so the score is comparable between runs; fetched by npx on first use. */
const LIGHTHOUSE = 'lighthouse@12.8.2';

/** The largest HTML page of a built site: its URL and size in KB (1,024 bytes). */
export function largestPage(siteDir: string): { url: string; kb: number } {
  let best = { url: '', bytes: -1 };
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind') walk(abs);
      } else if (entry.name.endsWith('.html')) {
        const bytes = statSync(abs).size;
        if (bytes > best.bytes) best = { url: `/${path.relative(siteDir, abs).split(path.sep).join('/')}`.replace(/index\.html$/, ''), bytes };
      }
    }
  };
  walk(siteDir);
  return { url: best.url, kb: Math.round((best.bytes / 1024) * 10) / 10 };
}

/** What the first query downloads: the search page's own files against what every page loads. */
export interface FirstQuery {
  /** KB (1,024 bytes) of the search script and everything under /pagefind/: what search costs. */
  kb: number;
  files: number;
  /** KB of the rest: the page's HTML, stylesheet, fonts, quick exit, favicon. */
  pageKb: number;
  /** Every file served, `path bytes`, in the order the server sent them. */
  list: string[];
}

/** Whether a served path belongs to search rather than to every page. */
export const isSearchFile = (urlPath: string): boolean => urlPath.startsWith('/pagefind/') || urlPath === '/assets/js/search.js';

/**
 * Bytes (uncompressed: the sizes of the files the server sent) the search page downloads for its
 * first query, counted by the server itself, so requests from workers count too, until the
 * first results are shown and the network is idle. Throws if none are shown in 20 s.
 */
export async function firstQueryKb(siteDir: string, query: string): Promise<FirstQuery> {
  const sent: [string, number][] = [];
  const server = await startServer({ root: siteDir, onSent: (urlPath, bytes) => sent.push([urlPath, bytes]) });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    await page.goto(`${server.origin}/suche/?q=${encodeURIComponent(query)}`);
    await page.locator('[data-search-results] li').first().waitFor({ timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    const search = sent.filter(([urlPath]) => isSearchFile(urlPath));
    const kb = (files: [string, number][]) => Math.round((files.reduce((sum, [, bytes]) => sum + bytes, 0) / 1024) * 10) / 10;
    return { kb: kb(search), files: search.length, pageKb: kb(sent.filter(([urlPath]) => !isSearchFile(urlPath))), list: sent.map(([urlPath, bytes]) => `${urlPath} ${bytes}`) };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Lighthouse's four category scores, 0–100. */
export interface LighthouseScores {
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
}

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/**
 * Lighthouse's mobile scores (0–100) of one page of a built site, with its default simulated
 * throttling, plus the audits that scored below 0.9 (id and value) and LCP, TBT and CLS; or
 * null scores with the reason when Lighthouse cannot run (it is fetched by npx from the npm
 * registry on first use, then taken from npx's cache).
 */
export async function lighthouse(
  siteDir: string,
  url: string,
  options: { compress?: boolean } = {},
): Promise<{ scores: LighthouseScores | null; metrics?: Record<string, string>; failing?: string[]; note?: string }> {
  // Text gzipped, as Netlify serves it, unless compress: false (then every byte is timed raw).
  const server = await startServer({ root: siteDir, compress: options.compress ?? true });
  const out = mkdtempSync(path.join(os.tmpdir(), 'gsn-lighthouse-'));
  try {
    const report = path.join(out, 'report.json');
    // Asynchronously: the server runs in this process and must answer Lighthouse's requests.
    await promisify(execFile)(
      'npx',
      [
        '--yes',
        LIGHTHOUSE,
        `${server.origin}${url}`,
        '--form-factor=mobile',
        `--only-categories=${LIGHTHOUSE_CATEGORIES.join(',')}`,
        '--output=json',
        `--output-path=${report}`,
        '--quiet',
        `--chrome-flags=--headless ${CHROMIUM_FLAGS.join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, timeout: 300_000, maxBuffer: 64 * 1024 * 1024 },
    );
    type Audit = { score: number | null; displayValue?: string };
    const parsed = JSON.parse(readFileSync(report, 'utf8')) as {
      categories: Record<string, { score: number; auditRefs: { id: string; weight: number }[] }>;
      audits: Record<string, Audit>;
    };
    const scores = Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((c) => [c, Math.round(parsed.categories[c]!.score * 100)])) as unknown as LighthouseScores;
    const failing = LIGHTHOUSE_CATEGORIES.flatMap((c) =>
      parsed.categories[c]!.auditRefs.filter((ref) => ref.weight > 0 && (parsed.audits[ref.id]?.score ?? 1) < 0.9).map((ref) =>
        `${c}/${ref.id} ${parsed.audits[ref.id]!.score} ${parsed.audits[ref.id]!.displayValue ?? ''}`.trim(),
      ),
    );
    const metric = (id: string) => parsed.audits[id]?.displayValue ?? '';
    return { scores, failing, metrics: { lcp: metric('largest-contentful-paint'), fcp: metric('first-contentful-paint'), tbt: metric('total-blocking-time'), cls: metric('cumulative-layout-shift') } };
  } catch (error) {
    // Lighthouse says why on stderr (a runtime error, a timeout): its last line is the reason.
    const { message, stderr } = error as Error & { stderr?: string };
    const reason = String(stderr ?? '')
      .trim()
      .split('\n')
      .filter(Boolean)
      .at(-1)
      ?.slice(0, 300);
    return { scores: null, note: reason ? `${message.split('\n')[0]} – ${reason}` : message.split('\n')[0] };
  } finally {
    rmSync(out, { recursive: true, force: true });
    await server.close();
  }
}
