/**
 * Eleventy configuration, kept thin: the plugins in src/site/eleventy/ do the work.
 * Pages are virtual templates rendered from the validated content graph, so Eleventy never
 * reads content/*.md itself.
 */
import pagesPlugin from './src/site/eleventy/pages.ts';
import assetsPlugin from './src/site/eleventy/assets.ts';
import perBuildPlugin from './src/site/eleventy/per-build.ts';
import downloadsPlugin from './src/site/eleventy/downloads.ts';

export default function (eleventyConfig: any) {
  eleventyConfig.addPlugin(pagesPlugin);
  eleventyConfig.addPlugin(assetsPlugin);
  eleventyConfig.addPlugin(perBuildPlugin);
  eleventyConfig.addPlugin(downloadsPlugin);
  eleventyConfig.setQuietMode(true);
}

export const config = {
  dir: { input: '.', includes: '_includes' },
  templateFormats: ['11ty.js'],
};
