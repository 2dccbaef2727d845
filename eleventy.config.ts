/**
 * Eleventy configuration, kept thin: the plugins in src/site/eleventy/ do the work.
 * Pages are virtual templates rendered from the validated content graph, so Eleventy never
 * reads content/*.md itself.
 */
import pagesPlugin from './src/site/eleventy/pages.ts';
import assetsPlugin from './src/site/eleventy/assets.ts';
import searchPlugin from './src/site/eleventy/search.ts';
import downloadsPlugin from './src/site/eleventy/downloads.ts';
import exportsPlugin from './src/site/eleventy/exports.ts';

export default function (eleventyConfig: any) {
  eleventyConfig.addPlugin(pagesPlugin);
  eleventyConfig.addPlugin(assetsPlugin);
  // Open data first (written and dropped before the searchable pages are rendered and held for
  // Eleventy: at 20,000 entries both at once would cost some 300 MB more), then the search index.
  eleventyConfig.addPlugin(exportsPlugin);
  eleventyConfig.addPlugin(searchPlugin);
  eleventyConfig.addPlugin(downloadsPlugin);
  eleventyConfig.setQuietMode(true);
}

export const config = {
  dir: { input: '.', includes: '_includes' },
  templateFormats: ['11ty.js'],
};
