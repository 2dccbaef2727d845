/**
 * Publishes the files of published materials under /materialien/dateien/. Only files that a
 * published entry names are copied: a draft's attachment stays unpublished.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { ContentGraph } from '../../content/index.ts';
import { currentGraph } from '../graph-source.ts';

export function copyDownloads(graph: ContentGraph, outDir: string): void {
  for (const material of graph.materials) {
    const file = material.download;
    if (!file) continue;
    const target = path.join(outDir, file.href);
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(file.source, target);
  }
}

export default function downloadsPlugin(eleventyConfig: any): void {
  eleventyConfig.on('eleventy.after', ({ directories }: { directories: { output: string } }) => copyDownloads(currentGraph(), directories.output));
}
