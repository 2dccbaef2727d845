/**
 * The Eleventy plugin that writes the site's static assets, all made from files in the project
 * (no network, no other origin):
 *
 * - /assets/site.css: KERN UX's used parts and our styles, minified (../assets/stylesheet.ts);
 *   the build warns above the budget.
 * - /assets/fonts/: the Fira Sans subsets the stylesheet declares (./fonts.ts).
 * - /assets/js/: the client scripts from src/client/ (../assets/client-scripts.ts).
 * - /assets/favicon.svg.
 */
import path from 'node:path';
import { ensureFontSubsets, fontFiles } from './fonts.ts';
import { clientScripts, minifiedScript } from '../assets/client-scripts.ts';
import { buildStylesheet, stylesheetBudget } from '../assets/stylesheet.ts';
import { sitePaths } from '../../text/site.ts';

export default function assetsPlugin(eleventyConfig: any): void {
  const root = process.cwd();
  // 'assets/': the folder as an output path (site.ts names it for the reserved addresses).
  const assets = sitePaths.assets.slice(1);
  // The subsets are cut (or found in the cache) before Eleventy copies anything.
  eleventyConfig.on('eleventy.before', () => ensureFontSubsets(root));
  for (const font of fontFiles(root)) {
    eleventyConfig.addPassthroughCopy({ [path.relative(root, font.cached)]: `${assets}fonts/${font.file}` });
  }
  for (const script of clientScripts(root)) {
    eleventyConfig.addTemplate(`${assets}js/${script}.11ty.js`, {
      data: () => ({ permalink: `${sitePaths.assets}js/${script}`, eleventyExcludeFromCollections: true }),
      render: () => minifiedScript(root, script),
    });
  }
  eleventyConfig.addPassthroughCopy({ 'src/assets/favicon.svg': `${assets}favicon.svg` });
  eleventyConfig.addWatchTarget('src/styles/');
  eleventyConfig.addWatchTarget('src/client/');
  eleventyConfig.addTemplate(`${assets}site.css.11ty.js`, {
    data: () => ({ permalink: `${sitePaths.assets}site.css`, eleventyExcludeFromCollections: true }),
    render: () => {
      const css = buildStylesheet(root);
      if (css.length > stylesheetBudget) {
        process.stderr.write(`Warnung: /assets/site.css ist ${(css.length / 1024).toFixed(1)} KB groß, das Budget sind ${stylesheetBudget / 1024} KB.\n`);
      }
      return css;
    },
  });
}
