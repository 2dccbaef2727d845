/**
 * The help finder's data files: /hilfe/orte.json (postcode and place → Kreis, loaded by
 * src/client/help-finder.js when the field is used) and /_redirects (Netlify: the form's
 * no-JavaScript URLs), both made from the postcode table (src/geo/, OSM data, ODbL).
 */
import { finderJson, finderRedirects, FINDER_JSON } from '../../geo/finder-data.ts';
import { geoLookup } from '../../geo/postcodes.ts';
import type { ContentGraph } from '../../content/index.ts';
import type { SiteBuild } from './site-build.ts';
import { languageNotFoundRedirects } from '../../i18n/not-found-redirects.ts';

export default function finderPlugin(eleventyConfig: any, { graph }: SiteBuild): void {
  eleventyConfig.addTemplate('finder/orte.json.11ty.js', {
    data: () => ({ permalink: FINDER_JSON, eleventyExcludeFromCollections: true }),
    render: () => {
      const { regions } = graph;
      return finderJson(geoLookup(regions), regions);
    },
  });
  eleventyConfig.addTemplate('finder/redirects.11ty.js', {
    data: () => ({ permalink: '/_redirects', eleventyExcludeFromCollections: true }),
    render: () => {
      return redirectsFile(graph);
    },
  });
}

/**
 * The site's generated Netlify `_redirects`: the finder's postcode and place rules, then each
 * published language's 404 rule. Written by the build and by the preview (src/site/preview.ts).
 */
export function redirectsFile(graph: ContentGraph, lookup = geoLookup(graph.regions)): string {
  return finderRedirects(lookup, graph.regions) + languageNotFoundRedirects(graph.translations ?? []);
}
