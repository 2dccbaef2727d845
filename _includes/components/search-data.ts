import type { Entry } from '../../src/content/index.ts';
import { audiences, contentTypes, type Region } from '../../src/schema/index.ts';
import { labelFor, languageLabel } from '../../src/text/format.ts';
import { html } from '../../src/text/html.ts';
import { regionNames } from './entry-meta.ts';

/** A region as a value of the search's Region filter. */
export const regionFilterValue = (region: Pick<Region, 'id' | 'label'>) => (region.id === 'niedersachsen' ? 'Niedersachsen (landesweit)' : region.label);

/** German filter values for Pagefind (Art, Region, Thema, Zielgruppe, Sprache), never raw ids. */
export function searchFilters(entry: Entry): Record<string, string[]> {
  const filters: Record<string, string[]> = {
    Art: [contentTypes[entry.type].singular],
    Region: entry.regions.map(regionFilterValue),
    Thema: entry.topics.map((topic) => topic.label),
  };
  if (entry.type === 'materials') {
    filters.Zielgruppe = entry.data.audience.map((key) => labelFor(audiences, key));
    filters.Sprache = entry.data.languages.map(languageLabel);
  } else if (entry.type === 'contacts' && entry.data.languages) {
    filters.Sprache = entry.data.languages.map(languageLabel);
  }
  return filters;
}

/**
 * Filters and meta for the search index, in a hidden block inside the indexed main content
 * (data-pagefind-ignore keeps its text out of the index; filters and meta still count). No sort
 * key: the search page never sorts, and Pagefind sends every page's position in each sort order
 * with the first query (~8 KB at 4,000 entries, docs/performance.md).
 */
export function searchData(entry: Entry) {
  const filters = Object.entries(searchFilters(entry)).flatMap(([name, values]) => values.map((value) => html`<span data-pagefind-filter="${name}">${value}</span>`));
  return html`<div hidden data-pagefind-ignore>
  ${filters}
  <span data-pagefind-meta="type">${contentTypes[entry.type].singular}</span>
  <span data-pagefind-meta="region">${regionNames(entry)}</span>
  <span data-pagefind-meta="summary">${entry.data.summary}</span>
  ${entry.data.example ? html`<span data-pagefind-meta="example">Beispieleintrag</span>` : ''}
</div>`;
}

/** The same for free pages (about, safety …): type "Seite". */
export function pageSearchData(summary: string) {
  return html`<div hidden data-pagefind-ignore>
  <span data-pagefind-filter="Art">Seite</span>
  <span data-pagefind-meta="type">Seite</span>
  <span data-pagefind-meta="region">Niedersachsen</span>
  <span data-pagefind-meta="summary">${summary}</span>
</div>`;
}
