/**
 * Eleventy configuration for one content graph: the plugins in this folder do the work, each
 * given the graph as an option. Pages are virtual templates rendered from the validated graph,
 * so Eleventy never reads content/*.md itself.
 */
import type { ContentGraph } from '../../content/index.ts';
import type { SiteBuild } from './site-build.ts';
import pagesPlugin from './pages.ts';
import assetsPlugin from './assets.ts';
import perBuildPlugin from './per-build.ts';
import downloadsPlugin from './downloads.ts';
import adminPlugin from './admin.ts';
import finderPlugin from './finder.ts';
import arabicFontsPlugin from './arabic-fonts.ts';

/** The configuration function Eleventy calls, for this graph; `searchIndex: false` writes no Pagefind index (BuildOptions). */
export function siteConfig(graph: ContentGraph, options: { searchIndex?: boolean } = {}): (eleventyConfig: any) => void {
  const build: SiteBuild = { graph, prerendered: new Map(), searchIndex: options.searchIndex ?? true };
  return (eleventyConfig: any) => {
    eleventyConfig.setIncludesDirectory('_includes');
    eleventyConfig.setTemplateFormats(['11ty.js']);
    // Eleventy would otherwise walk content/ looking for *.11ty.js templates, following links, and
    // run what it finds: content is read only through src/content/source-files.ts.
    eleventyConfig.ignores.add('content/**');
    eleventyConfig.addPlugin(pagesPlugin, build);
    eleventyConfig.addPlugin(assetsPlugin);
    eleventyConfig.addPlugin(perBuildPlugin, build);
    eleventyConfig.addPlugin(downloadsPlugin, build);
    eleventyConfig.addPlugin(adminPlugin, build);
    eleventyConfig.addPlugin(finderPlugin, build);
    eleventyConfig.addPlugin(arabicFontsPlugin);
    eleventyConfig.setQuietMode(true);
  };
}
