/**
 * Eleventy configuration, kept thin: the plugins in src/site/eleventy/ do the work.
 * Pages are virtual templates rendered from the validated content graph, so Eleventy never
 * reads content/*.md itself. The build hands this function to Eleventy directly
 * (src/site/build.ts), so the plugins share one module instance with the graph it loaded.
 */
import pagesPlugin from './src/site/eleventy/pages.ts';
import assetsPlugin from './src/site/eleventy/assets.ts';
import perBuildPlugin from './src/site/eleventy/per-build.ts';
import downloadsPlugin from './src/site/eleventy/downloads.ts';
import adminPlugin from './src/site/eleventy/admin.ts';
import finderPlugin from './src/site/eleventy/finder.ts';
import arabicFontsPlugin from './src/site/eleventy/arabic-fonts.ts';

export default function (eleventyConfig: any) {
  eleventyConfig.setIncludesDirectory('_includes');
  eleventyConfig.setTemplateFormats(['11ty.js']);
  // Eleventy would otherwise walk content/ looking for *.11ty.js templates, following links, and
  // run what it finds: content is read only through src/content/source-files.ts.
  eleventyConfig.ignores.add('content/**');
  eleventyConfig.addPlugin(pagesPlugin);
  eleventyConfig.addPlugin(assetsPlugin);
  eleventyConfig.addPlugin(perBuildPlugin);
  eleventyConfig.addPlugin(downloadsPlugin);
  eleventyConfig.addPlugin(adminPlugin);
  eleventyConfig.addPlugin(finderPlugin);
  eleventyConfig.addPlugin(arabicFontsPlugin);
  eleventyConfig.setQuietMode(true);
}
