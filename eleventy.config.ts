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
  // The search index first: it starts Pagefind's work as early as possible in every build.
  eleventyConfig.addPlugin(searchPlugin);
  eleventyConfig.addPlugin(exportsPlugin);
  eleventyConfig.addPlugin(downloadsPlugin);
  eleventyConfig.setQuietMode(true);
}

export const config = {
  dir: { input: '.', includes: '_includes' },
  templateFormats: ['11ty.js'],
};
