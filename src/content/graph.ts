/**
 * The validated content graph: what the site, the exports and the search index read.
 * Entries point at each other both ways (references and backlinks), so it is a graph, not JSON.
 */
import type { Translation } from '../i18n/load-translations.ts';
import type { ContactData, EntryType, InitiativeData, MaterialData, NetworkData, PageData, Region, Topic } from '../schema/index.ts';

interface EntryBase<T extends EntryType, D> {
  type: T;
  slug: string;
  /** Site-relative URL with trailing slash: /kontakte/biss-hannover/ */
  url: string;
  /** Source file relative to the project: content/contacts/biss-hannover.md */
  file: string;
  data: D;
  /** Markdown body, rendered by the site's markdown-it. */
  body: string;
  regions: Region[];
  topics: Topic[];
  /** reviewed more than 12 months ago */
  stale: boolean;
}

export interface Initiative extends EntryBase<'initiatives', InitiativeData> {
  networks: Network[];
  contacts: Contact[];
  materials: Material[];
}

export interface Network extends EntryBase<'networks', NetworkData> {
  coordinator: Contact | undefined;
  contacts: Contact[];
  /** backlinks: initiatives that name this network */
  initiatives: Initiative[];
}

export interface MaterialFile {
  name: string;
  /** Absolute path of the file in the content folder. */
  source: string;
  /** Where the site publishes it: /materialien/dateien/<name> */
  href: string;
  bytes: number;
  /** German label of the format: PDF, Word … */
  format: string;
}

export interface Material extends EntryBase<'materials', MaterialData> {
  download: MaterialFile | undefined;
  /** backlinks: initiatives that name this material */
  initiatives: Initiative[];
}

export interface Contact extends EntryBase<'contacts', ContactData> {
  /** backlinks: initiatives that name this contact */
  initiatives: Initiative[];
  /** backlinks: networks that name this contact, as member or coordinator */
  networks: Network[];
  /** backlinks: networks this contact coordinates */
  coordinates: Network[];
}

export interface Page {
  type: 'pages';
  slug: string;
  url: string;
  file: string;
  data: PageData;
  body: string;
}

export type Entry = Initiative | Network | Material | Contact;

export interface ContentGraph {
  /** The day the graph was built for (staleness, feeds). */
  today: string;
  regions: Region[];
  topics: Topic[];
  regionById: ReadonlyMap<string, Region>;
  topicById: ReadonlyMap<string, Topic>;
  initiatives: Initiative[];
  networks: Network[];
  materials: Material[];
  contacts: Contact[];
  pages: Page[];
  /** Every published entry of the four types, sorted by title. */
  entries: Entry[];
  /** Published entries per region id (direct only; statewide entries sit under "niedersachsen"). */
  byRegion: ReadonlyMap<string, Entry[]>;
  /** Published entries per topic id. */
  byTopic: ReadonlyMap<string, Entry[]>;
  /** Drafts seen but left out of the graph. */
  draftCount: number;
  /** Published translations of the core help (content/translations/, src/i18n/); none when absent. */
  translations?: Translation[];
}
