/**
 * Publishes the files of published materials under /materialien/dateien/. Only files that a
 * published entry names are copied: a draft's attachment stays unpublished.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { currentGraph } from '../graph-source.ts';

export default function downloadsPlugin(eleventyConfig: any): void {
  eleventyConfig.on('eleventy.after', ({ directories }: { directories: { output: string } }) => {
    for (const material of currentGraph().materials) {
      const file = material.download;
      if (!file) continue;
      const target = path.join(directories.output, file.href);
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(file.source, target);
    }
  });
}
