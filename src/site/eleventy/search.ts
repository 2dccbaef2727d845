/**
 * Indexes the built site with Pagefind's Node API after every Eleventy build (production and
 * dev server alike), so search works everywhere. Pagefind reads only the folders that hold
 * searchable pages (entries and content pages, marked data-pagefind-body), not the large
 * listings, so indexing grows with the searchable text. An indexing error fails the build.
 */
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { ContentGraph } from '../../content/index.ts';
import { contentTypes, entryTypes } from '../../schema/index.ts';
import { currentGraph } from '../graph-source.ts';

/** Glob of the pages that can be search results, relative to the output folder. */
export function searchableGlob(graph: ContentGraph): string {
  const folders = [...entryTypes.map((type) => `${contentTypes[type].path.replace(/^\/|\/$/g, '')}/*`), ...graph.pages.map((page) => page.slug)];
  return `{${folders.join(',')}}/index.html`;
}

export async function indexSite(outputDir: string, glob: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'de' });
  if (!index || errors.length) throw new Error(`Suchindex konnte nicht angelegt werden: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: outputDir, glob });
    if (added.errors.length) throw new Error(`Suchindex: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(outputDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Suchindex: ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}

export default function searchPlugin(eleventyConfig: any): void {
  eleventyConfig.on('eleventy.after', async ({ directories }: { directories: { output: string } }) => {
    const started = performance.now();
    const { pages } = await indexSite(directories.output, searchableGlob(currentGraph()));
    if (process.env.BUILD_TIMINGS) process.stdout.write(`Suchindex: ${pages} Seiten in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  });
}
