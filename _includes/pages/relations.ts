/**
 * Related entries of a detail page that scale (issue 16): a nationwide contact such as the
 * Hilfetelefon can be named by hundreds of initiatives. A detail page shows the first
 * RELATED_SHOWN entries of each relation; a longer relation gets its own numbered pages below the
 * entry, /<type>/<slug>/<relation>/[seite-n/], filled by the same weight rule as the listings
 * (../lib/paging.ts), and the detail page links every one of them, so each related entry is at
 * most two plain-link clicks away.
 */
import type { ContentGraph, Entry } from '../../src/content/index.ts';
import { contentTypes } from '../../src/schema/index.ts';
import { listingCardBytes } from '../components/card-weight.ts';
import { pageUrls } from '../lib/paging.ts';
import { pages, type ListPageItem } from './list-pages.ts';

/** Related entries a detail page shows per relation; 10 long cards weigh about 15 KB. */
export const RELATED_SHOWN = 10;

/** One relation of an entry: its section on the detail page and, when longer, its own pages. */
export interface Relation {
  /** Section id and folder word of its pages: kontakte, initiativen, koordiniert … */
  id: string;
  /** The section heading on the detail page. */
  title: string;
  entries: readonly Entry[];
  /** Type of the related entries (names the count: "Initiativen"). */
  type: 'contacts' | 'initiatives' | 'networks' | 'materials';
  /** What the list is to the entry: "mit diesem Kontakt" ("Alle 137 Initiativen mit diesem Kontakt"). */
  phrase: string;
}

/** The relations of an entry, in the order of its detail page. */
export function relationsOf(entry: Entry): Relation[] {
  switch (entry.type) {
    case 'contacts':
      return [
        { id: 'koordiniert', title: 'Koordiniert diese Netzwerke', entries: entry.coordinates, type: 'networks', phrase: 'von diesem Kontakt koordiniert' },
        { id: 'netzwerke', title: 'Mitglied in diesen Netzwerken', entries: entry.networks.filter((n) => !entry.coordinates.includes(n)), type: 'networks', phrase: 'mit diesem Kontakt als Mitglied' },
        { id: 'initiativen', title: 'Beteiligt an diesen Initiativen', entries: entry.initiatives, type: 'initiatives', phrase: 'mit diesem Kontakt' },
      ];
    case 'initiatives':
      return [
        { id: 'netzwerke', title: 'Netzwerke', entries: entry.networks, type: 'networks', phrase: 'dieser Initiative' },
        { id: 'kontakte', title: 'Kontakte', entries: entry.contacts, type: 'contacts', phrase: 'dieser Initiative' },
        { id: 'materialien', title: 'Materialien', entries: entry.materials, type: 'materials', phrase: 'dieser Initiative' },
      ];
    case 'networks':
      return [
        { id: 'kontakte', title: 'Kontakte im Netzwerk', entries: entry.contacts, type: 'contacts', phrase: 'im Netzwerk' },
        { id: 'initiativen', title: 'Initiativen des Netzwerks', entries: entry.initiatives, type: 'initiatives', phrase: 'des Netzwerks' },
      ];
    case 'materials':
      return [{ id: 'initiativen', title: 'Verwendet von diesen Initiativen', entries: entry.initiatives, type: 'initiatives', phrase: 'mit diesem Material' }];
  }
}

const relationBase = (entry: Entry, relation: Relation) => `${entry.url}${relation.id}/`;

/** The numbered pages of a relation too long for its detail page; none when it fits. */
export function relationUrls(entry: Entry, relation: Relation): string[] {
  return relation.entries.length > RELATED_SHOWN ? pageUrls(relationBase(entry, relation), relation.entries, listingCardBytes) : [];
}

/** The link text to a long relation's pages: "Alle 137 Initiativen mit diesem Kontakt". */
export const relationAllLabel = (relation: Relation) => `Alle ${relation.entries.length} ${contentTypes[relation.type].plural} ${relation.phrase}`;

/** Item of a relation page: the list page plus the entry it belongs to (the preview renders it again when the entry is edited). */
export interface RelationPageItem extends ListPageItem {
  owner: Entry;
}

/** Every numbered page of every relation longer than RELATED_SHOWN, for the page list. */
export function relationPages(graph: ContentGraph): RelationPageItem[] {
  return graph.entries.flatMap((entry) =>
    relationsOf(entry)
      .filter((relation) => relation.entries.length > RELATED_SHOWN)
      .flatMap((relation) => {
        const type = contentTypes[entry.type];
        const plural = contentTypes[relation.type].plural;
        return pages(relationBase(entry, relation), relation.entries, {
          title: `${plural} ${relation.phrase}: ${entry.data.title}`,
          description: `${relationAllLabel(relation)}: ${entry.data.title}.`,
          singular: contentTypes[relation.type].singular,
          plural,
          crumb: plural,
          trail: [
            { href: type.path, label: type.plural },
            { href: entry.url, label: entry.data.title },
          ],
        }).map((page) => ({ ...page, owner: entry }));
      }),
  );
}
