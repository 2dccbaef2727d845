/**
 * Who helps in a region, in the order the help pages show it: hotlines, then the local places
 * by section (protect and advise first), then the statewide offers. Shared by the help page and
 * its split section pages.
 */
import type { Contact, ContentGraph } from '../../src/content/index.ts';
import type { Region } from '../../src/schema/index.ts';
import { sortRegions } from './region-names.ts';

/** The order in which local help is shown: first the places that protect and advise. */
export const helpSections: { kinds: Contact['data']['kind'][]; title: string; id: string }[] = [
  { kinds: ['biss'], title: 'Beratungs- und Interventionsstellen (BISS)', id: 'biss' },
  { kinds: ['frauenhaus'], title: 'Frauenhäuser', id: 'frauenhaus' },
  { kinds: ['beratungsstelle'], title: 'Beratungsstellen', id: 'beratung' },
  { kinds: ['polizei'], title: 'Polizei', id: 'polizei' },
  { kinds: ['jugendamt'], title: 'Jugendamt', id: 'jugendamt' },
  { kinds: ['taeterarbeit', 'justiz', 'koordination', 'sonstige'], title: 'Weitere Stellen', id: 'weitere' },
];

/** Regions a visitor can choose: every Kreis and kreisfreie Stadt, by the name people look for. */
export function helpRegions(graph: ContentGraph): Region[] {
  return sortRegions(graph.regions.filter((region) => region.id !== 'niedersachsen'));
}

export interface RegionHelp {
  hotlines: Contact[];
  local: { id: string; title: string; contacts: Contact[] }[];
  statewide: Contact[];
}

export function helpFor(region: Region, graph: ContentGraph): RegionHelp {
  const serves = (contact: Contact, id: string) => contact.regions.some((r) => r.id === id);
  const hotlines = graph.contacts.filter((c) => c.data.kind === 'hotline');
  const local = helpSections.map((section) => ({
    id: section.id,
    title: section.title,
    contacts: graph.contacts.filter((c) => section.kinds.includes(c.data.kind) && serves(c, region.id)),
  }));
  const statewide = graph.contacts.filter((c) => c.data.kind !== 'hotline' && serves(c, 'niedersachsen') && !serves(c, region.id));
  return { hotlines, local, statewide };
}
