/** The production build as a function: used by `npm run build`, `npm start` and the tests. */
import { performance } from 'node:perf_hooks';
import type { ContentGraph } from '../content/index.ts';
import { ContentError, loadGraph } from './load-graph.ts';
import { summaryLine } from '../content/report.ts';
import { findPlaceholders, formatPlaceholders, isProductionDeploy } from '../content/placeholders.ts';
import { siteConfig } from './eleventy/config.ts';
import { allowLowerPriority } from './priority.ts';
import { mark } from './timings.ts';

export interface BuildOptions {
  outDir: string;
  contentDir?: string;
  includeDrafts?: boolean;
  quiet?: boolean;
  /** The process ends with this build: it may lower its own CPU priority while the index is written (./priority.ts). */
  endsProcess?: boolean;
  /**
   * Write the Pagefind index (default true). `false` builds every page and export but no
   * /pagefind/ folder, so the site's search finds nothing: for a site only read as files or
   * pages, never for a deploy (`SEARCH_INDEX=off npm run build`, scripts/build.ts).
   */
  searchIndex?: boolean;
}

export async function buildSite(options: BuildOptions): Promise<boolean> {
  const log = (line: string) => options.quiet || process.stdout.write(`${line}\n`);
  const t0 = performance.now();
  mark('Programm geladen');
  let result;
  try {
    result = loadGraph({ ...(options.contentDir ? { dir: options.contentDir } : {}), includeDrafts: options.includeDrafts ?? false }, !options.quiet);
  } catch (error) {
    if (error instanceof ContentError) {
      if (options.quiet) process.stdout.write(summaryLine(error.result) + '\n');
      return false;
    }
    throw error;
  }
  if (!result.problems.length) log(summaryLine(result));
  // Netlify production deploys only: placeholders (Impressum, Datenschutz …) must not go live.
  const placeholders = isProductionDeploy() ? findPlaceholders(result.graph) : [];
  if (placeholders.length) {
    process.stdout.write(
      `${formatPlaceholders(placeholders)}\nDie Website wird nicht veröffentlicht (CONTEXT=production), solange Platzhalter stehen. Vorschauen (deploy-preview) werden weiter gebaut.\n`,
    );
    return false;
  }
  mark('Inhalte geladen und geprüft');
  const t1 = performance.now();
  if (options.endsProcess) allowLowerPriority();
  await (await siteEleventy(options.outDir, result.graph, { searchIndex: options.searchIndex ?? true })).write();
  const t2 = performance.now();
  log(`Seiten erzeugt in ${((t2 - t1) / 1000).toFixed(1)} s (Prüfung ${((t1 - t0) / 1000).toFixed(1)} s).`);
  return true;
}

/**
 * Eleventy for this site and this graph, writing to outDir. The configuration is passed as a
 * function rather than loaded by Eleventy from eleventy.config.ts, so it works the same under tsx
 * and compiled (scripts/run.mjs), and its plugins get the graph as an option. Eleventy is loaded
 * here, not at start: a build stopped by content errors never loads it and reports them sooner.
 */
export async function siteEleventy(outDir: string, graph: ContentGraph, options: { searchIndex?: boolean } = {}) {
  const { default: Eleventy } = await import('@11ty/eleventy');
  return new Eleventy('.', outDir, { config: siteConfig(graph, options), quietMode: true });
}
