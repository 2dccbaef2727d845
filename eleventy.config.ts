/**
 * For running Eleventy directly (`npx @11ty/eleventy`): loads the content graph and hands it to
 * the site's configuration (src/site/eleventy/config.ts). `npm run build` and `npm start` do not
 * read this file; they pass the graph they loaded (src/site/build.ts).
 */
import { siteConfig } from './src/site/eleventy/config.ts';
import { loadGraph } from './src/site/load-graph.ts';

export default function (eleventyConfig: any) {
  siteConfig(loadGraph().graph)(eleventyConfig);
}
