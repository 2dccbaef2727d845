/** Keeps the graph fresh in the dev server: content edits reload it before the rebuild. */
import { ContentError, reloadGraph } from '../graph-source.ts';

export default function graphPlugin(eleventyConfig: any): void {
  eleventyConfig.addWatchTarget('content/');
  let stale = false;
  eleventyConfig.on('eleventy.beforeWatch', (changed: string[]) => {
    if (changed.some((file) => file.replace(/^\.\//, '').startsWith('content/'))) stale = true;
  });
  eleventyConfig.on('eleventy.before', () => {
    if (!stale) return;
    stale = false;
    try {
      reloadGraph({ includeDrafts: process.env.DRAFTS === '1' });
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      // No stack trace for editors: the report above says what to fix, and the preview keeps
      // showing the last content without errors until it is fixed.
      process.stdout.write('Die Vorschau zeigt weiter den letzten fehlerfreien Stand; nach der Korrektur wird sie sofort aktualisiert.\n');
    }
  });
}
