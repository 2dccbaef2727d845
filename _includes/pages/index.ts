/** Every page of the site (DESIGN §4), in one list. */
import type { Entry } from '../../src/content/index.ts';
import { definePage } from '../../src/site/eleventy/pages.ts';
import { entryPage } from './entry.ts';

export const pageDefinitions = [
  definePage<Entry>({ name: 'entry', items: (graph) => graph.entries, url: (entry) => entry.url, render: (entry) => entryPage(entry) }),
];
