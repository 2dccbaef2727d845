/**
 * Publishes the files of published materials under /materialien/dateien/. Only files that a
 * published entry names are copied: a draft's attachment stays unpublished. The copy goes through
 * the content gate (src/content/source-files.ts): a file swapped for a link since validation is
 * refused, not followed.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { ContentGraph } from '../../content/index.ts';
import { copyContentFile } from '../../content/source-files.ts';
import type { SiteBuild } from './site-build.ts';

export function copyDownloads(graph: ContentGraph, outDir: string): void {
  for (const material of graph.materials) {
    const file = material.download;
    if (!file) continue;
    const target = path.join(outDir, file.href);
    mkdirSync(path.dirname(target), { recursive: true });
    copyContentFile(file.source, file.source, target);
  }
}

export default function downloadsPlugin(eleventyConfig: any, { graph }: SiteBuild): void {
  eleventyConfig.on('eleventy.after', ({ directories }: { directories: { output: string } }) => copyDownloads(graph, directories.output));
}
