/**
 * What a visitor's phone receives from a built site, for the benchmark (issue 16): the largest
 * HTML page, the bytes the first search query downloads, and Lighthouse's mobile performance
 * score of a page. Served with the netlify.toml headers by the tests' static server.
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

/**
 * Bytes (uncompressed, KB) the search page downloads for its first query: the search script and
 * everything under /pagefind/, until the first results are shown. Throws if none are shown in 20 s.
 */
export async function firstQueryKb(siteDir: string, query: string): Promise<{ kb: number; files: number }> {
  const server = await startServer({ root: siteDir });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    let bytes = 0;
    let files = 0;
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (!url.pathname.startsWith('/pagefind/') && url.pathname !== '/assets/js/search.js') return;
      pending.push(
        response.body().then(
          (body) => {
            bytes += body.length;
            files++;
          },
          () => {},
        ),
      );
    });
    await page.goto(`${server.origin}/suche/?q=${encodeURIComponent(query)}`);
    await page.locator('[data-search-results] li').first().waitFor({ timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    return { kb: Math.round((bytes / 1024) * 10) / 10, files };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Lighthouse's mobile performance score (0–100) of one page, or null with the reason when
 * Lighthouse cannot run (it is fetched by npx from the npm registry on first use).
 */
export async function lighthousePerformance(siteDir: string, url: string): Promise<{ score: number | null; note?: string }> {
  const server = await startServer({ root: siteDir });
  const out = mkdtempSync(path.join(os.tmpdir(), 'gsn-lighthouse-'));
  try {
    const report = path.join(out, 'report.json');
    // Asynchronously: the server runs in this process and must answer Lighthouse's requests.
    await promisify(execFile)(
      'npx',
      ['--yes', LIGHTHOUSE, `${server.origin}${url}`, '--form-factor=mobile', '--only-categories=performance', '--output=json', `--output-path=${report}`, '--quiet', `--chrome-flags=--headless ${CHROMIUM_FLAGS.join(' ')}`],
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, timeout: 300_000, maxBuffer: 64 * 1024 * 1024 },
    );
    const parsed = JSON.parse(readFileSync(report, 'utf8')) as { categories: { performance: { score: number } } };
    return { score: Math.round(parsed.categories.performance.score * 100) };
  } catch (error) {
    return { score: null, note: (error as Error).message.split('\n')[0] };
  } finally {
    rmSync(out, { recursive: true, force: true });
    await server.close();
  }
}
