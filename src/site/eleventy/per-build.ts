/**
 * The work done once per build around Eleventy's rendering (production and dev server alike):
 * the Pagefind index and the open data. The order keeps both cores busy, since the build is
 * CPU-bound (docs/performance.md):
 *
 * 1. the searchable pages (entries and content pages) are rendered first and handed to the
 *    indexer, so Pagefind parses them on its own threads while the rest is still rendering;
 * 2. the open data are written while Pagefind catches up with the last pages;
 * 3. once Pagefind has read every page it writes the index, its longest step, while Eleventy
 *    renders and writes every other page (taking the searchable pages from step 1, so each is
 *    rendered once), at lower priority where allowed (../priority.ts).
 *
 * The build ends when both are done; an indexing error fails it.
 */
import path from 'node:path';
import { pagesOf, type SiteBuild } from './site-build.ts';
import { writeAllExports } from '../open-data.ts';
import { lowerPriority } from '../priority.ts';
import { SearchIndexer } from '../search/indexer.ts';
import { buildLexicon, siteTexts } from '../search/compounds.ts';
import { prerenderSearchable } from './pages.ts';
import { mark } from '../timings.ts';
import { sitePaths } from '../../text/site.ts';

interface BuildEvent {
  directories: { output: string };
}

export default function perBuildPlugin(eleventyConfig: any, build: SiteBuild): void {
  const { graph, prerendered } = build;
  let indexing: Promise<{ pages: number }> | undefined;
  eleventyConfig.on('eleventy.before', async ({ directories }: BuildEvent) => {
    // A rebuild that starts while the last index is still being written waits for it.
    if (indexing) await indexing.catch(() => undefined);
    if (build.searchIndex === false) {
      // No index asked for: Eleventy renders the searchable pages with the rest.
      await writeAllExports(graph, directories.output, pagesOf(build));
      mark('offene Daten geschrieben (ohne Suchindex)');
      return;
    }
    const indexer = await SearchIndexer.start(directories.output, buildLexicon(siteTexts(graph)));
    mark('Pagefind gestartet');
    await prerenderSearchable(graph, prerendered, (url, page) => indexer.add(url, page));
    mark('durchsuchbare Seiten erzeugt und an Pagefind übergeben');
    await writeAllExports(graph, directories.output, pagesOf(build));
    mark('offene Daten geschrieben');
    await indexer.read();
    mark('Pagefind hat alle Seiten gelesen, schreibt den Index');
    lowerPriority();
    indexing = indexer.finish(path.join(directories.output, ...sitePaths.searchIndex.split('/').filter(Boolean)));
    // Handled in eleventy.after; until then a failure must not count as unhandled.
    indexing.catch(() => undefined);
  });
  eleventyConfig.on('eleventy.after', async () => {
    mark('übrige Seiten geschrieben');
    if (!indexing) return;
    const { pages } = await indexing;
    mark(`Suchindex geschrieben (${pages} Seiten)`);
  });
}
