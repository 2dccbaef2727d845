/**
 * The Pagefind index, built in every Eleventy build (production and dev server alike), so search
 * works everywhere. At the start of a build the searchable pages (entries and content pages,
 * marked data-pagefind-body) are rendered and handed to the indexer, which feeds Pagefind and
 * writes the index on the second core while Eleventy renders and writes the rest. The build ends
 * when both are done; an indexing error fails it.
 */
import path from 'node:path';
import { currentGraph } from '../graph-source.ts';
import { SearchIndexer } from '../search/indexer.ts';
import { prerenderSearchable } from './pages.ts';

interface BuildEvent {
  directories: { output: string };
}

export default function searchPlugin(eleventyConfig: any): void {
  let indexing: Promise<{ pages: number }> | undefined;
  let started = 0;
  eleventyConfig.on('eleventy.before', async ({ directories }: BuildEvent) => {
    // A rebuild that starts while the last index is still being written waits for it.
    if (indexing) await indexing.catch(() => undefined);
    started = performance.now();
    const indexer = await SearchIndexer.start(directories.output);
    await prerenderSearchable(currentGraph(), (url, page) => indexer.add(url, page));
    indexing = indexer.finish(path.join(directories.output, 'pagefind'));
    // Handled in eleventy.after; until then a failure must not count as unhandled.
    indexing.catch(() => undefined);
  });
  eleventyConfig.on('eleventy.after', async () => {
    const { pages } = await indexing!;
    if (process.env.BUILD_TIMINGS) process.stdout.write(`Suchindex: ${pages} Seiten, fertig ${((performance.now() - started) / 1000).toFixed(1)} s nach Beginn des Builds\n`);
  });
}
