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
import { currentGraph } from '../graph-source.ts';
import { writeAllExports } from '../open-data.ts';
import { lowerPriority } from '../priority.ts';
import { SearchIndexer } from '../search/indexer.ts';
import { prerenderSearchable } from './pages.ts';

interface BuildEvent {
  directories: { output: string };
}

export default function perBuildPlugin(eleventyConfig: any): void {
  let indexing: Promise<{ pages: number }> | undefined;
  let started = 0;
  eleventyConfig.on('eleventy.before', async ({ directories }: BuildEvent) => {
    // A rebuild that starts while the last index is still being written waits for it.
    if (indexing) await indexing.catch(() => undefined);
    started = performance.now();
    const graph = currentGraph();
    const indexer = await SearchIndexer.start(directories.output);
    await prerenderSearchable(graph, (url, page) => indexer.add(url, page));
    writeAllExports(graph, directories.output);
    await indexer.read();
    lowerPriority();
    indexing = indexer.finish(path.join(directories.output, 'pagefind'));
    // Handled in eleventy.after; until then a failure must not count as unhandled.
    indexing.catch(() => undefined);
  });
  eleventyConfig.on('eleventy.after', async () => {
    const { pages } = await indexing!;
    if (process.env.BUILD_TIMINGS) process.stdout.write(`Suchindex: ${pages} Seiten, fertig ${((performance.now() - started) / 1000).toFixed(1)} s nach Beginn des Builds\n`);
  });
}
