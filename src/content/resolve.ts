/**
 * Resolves references between validated entries into the content graph: checks that every
 * referenced id exists (with "did you mean"), links backlinks, indexes regions and topics.
 */
import path from 'node:path';
import { contentTypes, entryTypes, fileFormats, type EntryType, type Region, type Topic } from '../schema/index.ts';
import { monthsBefore } from '../schema/clock.ts';
import type { Contact, ContentGraph, Entry, Initiative, Material, MaterialFile, Network, Page } from './graph.ts';
import { labelOf } from './labels.ts';
import { formatPath, type Problem } from './problems.ts';
import { didYouMean } from './suggest.ts';
import { sitePaths } from '../text/site.ts';

/** A file that passed its schema, waiting to be linked. */
export interface ValidRecord {
  type: EntryType;
  slug: string;
  file: string;
  data: Record<string, unknown> & { title: string; regions: string[]; topics?: string[]; reviewed: string; draft?: boolean };
  body: string;
  /** Line of the body's first line in the file. */
  bodyLine: number;
  lineOf(path: readonly PropertyKey[]): number;
}

/** A file that failed its schema: its references are still checked, so one run shows every error. */
export interface InvalidRecord {
  type: EntryType;
  slug: string;
  file: string;
  data: Record<string, unknown>;
  lineOf(path: readonly PropertyKey[]): number;
}

export interface ResolveInput {
  records: ValidRecord[];
  invalid: InvalidRecord[];
  pages: Page[];
  regions: Region[];
  topics: Topic[];
  /** Files under content/materials/files/: name → size in bytes. */
  materialFiles: ReadonlyMap<string, number>;
  materialFilesDir: string;
  /** Absolute path of content/materials/files/. */
  materialFilesPath: string;
  includeDrafts: boolean;
  today: string;
  /** Ids a broken vocabulary file may have meant to hold: its own error says so, no follow-up "unknown" errors. */
  reportedElsewhere?: { regions(id: string): boolean; topics(id: string): boolean };
  /**
   * Entries whose file is there but was refused or could not be read (a link, too large, broken
   * YAML), as `entryKey`s, and `<type>/*` for a refused folder: the file's own error says so, no
   * follow-up "unknown" errors, no "did you mean" another entry (outside tester, session 18).
   */
  refusedEntries?: ReadonlySet<string>;
}

const FILE_NAME = /^[a-z0-9]+(-[a-z0-9]+)*\.[a-z0-9]+$/;

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });
export const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) => collator.compare(a.data.title, b.data.title);

/** Which type each reference field points at. */
const referenceFields: Record<EntryType, Partial<Record<string, EntryType>>> = {
  initiatives: { networks: 'networks', contacts: 'contacts', materials: 'materials' },
  networks: { coordinator: 'contacts', contacts: 'contacts' },
  materials: {},
  contacts: {},
};

/**
 * The graph from the checked files: references checked (every problem reported), the published
 * records made entries, linked both ways, sorted and indexed by region and topic.
 */
export function resolveGraph(input: ResolveInput): { graph: ContentGraph; problems: Problem[] } {
  const regionById = new Map(input.regions.map((region) => [region.id, region]));
  const topicById = new Map(input.topics.map((topic) => [topic.id, topic]));
  const problems = referenceProblems(input, regionById, topicById);
  const published = input.records.filter((record) => input.includeDrafts || !record.data.draft);
  const staleBefore = monthsBefore(input.today, 12);
  const entries = new Map<string, Entry>(published.map((record) => [entryKey(record.type, record.slug), toEntry(record, input, regionById, topicById, staleBefore)]));
  linkEntries(entries);
  const all = sortedEntries(entries);
  const ofType = <T extends Entry>(type: EntryType) => all.filter((entry): entry is T => entry.type === type);
  const graph: ContentGraph = {
    today: input.today,
    regions: input.regions,
    topics: input.topics,
    regionById,
    topicById,
    initiatives: ofType<Initiative>('initiatives'),
    networks: ofType<Network>('networks'),
    materials: ofType<Material>('materials'),
    contacts: ofType<Contact>('contacts'),
    pages: input.pages.filter((page) => input.includeDrafts || !page.data.draft).sort(byTitle),
    entries: all,
    byRegion: indexBy(all, input.regions, (entry) => entry.regions),
    byTopic: indexBy(all, input.topics, (entry) => entry.topics),
    draftCount: input.records.length - published.length + input.pages.filter((page) => page.data.draft).length,
  };
  return { graph, problems };
}

export const entryKey = (type: EntryType, slug: string) => `${type}/${slug}`;

/**
 * Every reference of every file, valid or not, so one run shows every error: unknown regions and
 * topics, references to entries that do not exist (or are of another type) or are drafts, and
 * material files that are not there. `checked`: only these records' references (the preview's
 * edited files, ./graph-update.ts), checked against all of `input`.
 */
export function referenceProblems(
  input: ResolveInput,
  regionById: ReadonlyMap<string, Region>,
  topicById: ReadonlyMap<string, Topic>,
  checked: readonly (ValidRecord | InvalidRecord)[] = [...input.records, ...input.invalid],
): Problem[] {
  const problems: Problem[] = [];
  const bySlug = new Map<EntryType, Map<string, ValidRecord>>(entryTypes.map((type) => [type, new Map()]));
  for (const record of input.records) bySlug.get(record.type)!.set(record.slug, record);

  const invalidSlugs = new Set(input.invalid.map((record) => entryKey(record.type, record.slug)));
  const report = (record: ValidRecord | InvalidRecord, path: PropertyKey[], message: string, suggestion: string | undefined, rule: string) => {
    const label = labelOf(path);
    problems.push({
      severity: 'error',
      file: record.file,
      line: record.lineOf(path),
      field: formatPath(path),
      message: label ? `${label}: ${message}` : message,
      ...(suggestion ? { suggestion } : {}),
      rule,
    });
  };
  for (const record of checked) {
    const valid = !input.invalid.includes(record as InvalidRecord);
    idsIn(record.data.regions).forEach(([id, i]) => {
      if (!regionById.has(id) && !input.reportedElsewhere?.regions(id)) report(record, ['regions', i], `unbekannte Region „${id}“`, didYouMean(id, regionById.keys()) ?? 'die Kennungen stehen in content/vocabularies/regions.yml', 'unknown-region');
    });
    idsIn(record.data.topics).forEach(([id, i]) => {
      if (!topicById.has(id) && !input.reportedElsewhere?.topics(id)) report(record, ['topics', i], `unbekanntes Thema „${id}“`, didYouMean(id, topicById.keys()) ?? 'die Kennungen stehen in content/vocabularies/topics.yml; neue Themen dort ergänzen', 'unknown-topic');
    });
    for (const [field, target] of Object.entries(referenceFields[record.type])) {
      const value = record.data[field];
      if (value === undefined || !target) continue;
      idsIn(value).forEach(([slug, i]) => {
        const path = Array.isArray(value) ? [field, i] : [field];
        const found = bySlug.get(target)!.get(slug);
        const what = contentTypes[target].singular;
        if (!found) {
          // A target with errors of its own is reported there, not again here.
          if (invalidSlugs.has(entryKey(target, slug)) || input.refusedEntries?.has(entryKey(target, slug)) || input.refusedEntries?.has(entryKey(target, '*'))) return;
          const elsewhere = entryTypes.find((type) => type !== target && bySlug.get(type)!.has(slug));
          const hint = elsewhere
            ? `„${slug}“ ist ein Eintrag der Art ${contentTypes[elsewhere].singular}, nicht ${what}; ins passende Feld verschieben`
            : didYouMean(slug, [...bySlug.get(target)!.keys(), ...input.invalid.filter((r) => r.type === target).map((r) => r.slug)]) ??
              `es gibt keine Datei content/${target}/${slug}.md`;
          report(record, path, `${what} „${slug}“ gibt es nicht`, hint, 'unknown-reference');
        } else if (valid && found.data.draft && !record.data.draft && !input.includeDrafts) {
          report(record, path, `${what} „${slug}“ ist ein Entwurf und wird nicht veröffentlicht`, `den Verweis entfernen oder bei ${found.file} „draft“ löschen`, 'draft-reference');
        }
      });
    }
    if (record.type === 'materials' && typeof record.data.file === 'string' && FILE_NAME.test(record.data.file) && !input.materialFiles.has(record.data.file)) {
      report(record, ['file'], `die Datei „${record.data.file}“ gibt es nicht in ${input.materialFilesDir}/`, didYouMean(record.data.file, input.materialFiles.keys()) ?? 'die Datei dort hochladen oder den Namen korrigieren', 'missing-file');
    }
  }
  return problems;
}

/** One published record as an entry of the graph; its links to other entries are filled in by linkEntries. */
export function toEntry(record: ValidRecord, input: ResolveInput, regionById: ReadonlyMap<string, Region>, topicById: ReadonlyMap<string, Topic>, staleBefore: string): Entry {
  const common = {
    slug: record.slug,
    url: `${contentTypes[record.type].path}${record.slug}/`,
    file: record.file,
    body: record.body,
    regions: record.data.regions.map((id) => regionById.get(id)).filter((r): r is Region => r !== undefined),
    topics: (record.data.topics ?? []).map((id) => topicById.get(id)).filter((t): t is Topic => t !== undefined),
    stale: record.data.reviewed < staleBefore,
  };
  const data = record.data as never;
  switch (record.type) {
    case 'initiatives':
      return { ...common, type: 'initiatives', data, networks: [], contacts: [], materials: [] };
    case 'networks':
      return { ...common, type: 'networks', data, coordinator: undefined, contacts: [], initiatives: [] };
    case 'materials': {
      const name = record.data.file as string | undefined;
      const bytes = name === undefined ? undefined : input.materialFiles.get(name);
      const file: MaterialFile | undefined =
        name !== undefined && bytes !== undefined
          ? { name, source: path.join(input.materialFilesPath, name), href: `${sitePaths.downloads}${name}`, bytes, format: fileFormats[name.split('.').pop() as keyof typeof fileFormats] }
          : undefined;
      return { ...common, type: 'materials', data, download: file, initiatives: [] };
    }
    case 'contacts':
      return { ...common, type: 'contacts', data, initiatives: [], networks: [], coordinates: [] };
  }
}

/** Fills in the references between entries and their backlinks (a reference to a draft or a missing entry is left out). */
function linkEntries(entries: ReadonlyMap<string, Entry>): void {
  const lookup = <T extends Entry>(type: EntryType, slugs: unknown): T[] =>
    (Array.isArray(slugs) ? slugs : slugs === undefined ? [] : [slugs])
      .map((slug) => entries.get(entryKey(type, slug as string)) as T | undefined)
      .filter((entry): entry is T => entry !== undefined);
  const addOnce = <T>(list: T[], item: T) => {
    if (!list.includes(item)) list.push(item);
  };

  for (const entry of entries.values()) {
    if (entry.type === 'initiatives') {
      entry.networks = lookup<Network>('networks', entry.data.networks);
      entry.contacts = lookup<Contact>('contacts', entry.data.contacts);
      entry.materials = lookup<Material>('materials', entry.data.materials);
      for (const network of entry.networks) addOnce(network.initiatives, entry);
      for (const contact of entry.contacts) addOnce(contact.initiatives, entry);
      for (const material of entry.materials) addOnce(material.initiatives, entry);
    } else if (entry.type === 'networks') {
      entry.coordinator = lookup<Contact>('contacts', entry.data.coordinator)[0];
      entry.contacts = lookup<Contact>('contacts', entry.data.contacts);
      if (entry.coordinator) {
        addOnce(entry.coordinator.coordinates, entry);
        addOnce(entry.coordinator.networks, entry);
      }
      for (const contact of entry.contacts) addOnce(contact.networks, entry);
    }
  }
}

/** Every entry by title, and each entry's backlinks too. */
function sortedEntries(entries: ReadonlyMap<string, Entry>): Entry[] {
  const all = [...entries.values()].sort(byTitle);
  for (const entry of all) {
    if ('initiatives' in entry) entry.initiatives.sort(byTitle);
    if (entry.type === 'contacts') {
      entry.networks.sort(byTitle);
      entry.coordinates.sort(byTitle);
    }
  }
  return all;
}

/** The entries of each region (or topic), in the order of `all`; every id of the vocabulary has a list, maybe empty. */
function indexBy(all: readonly Entry[], vocabulary: readonly { id: string }[], of: (entry: Entry) => readonly { id: string }[]): Map<string, Entry[]> {
  const index = new Map<string, Entry[]>(vocabulary.map((item) => [item.id, []]));
  for (const entry of all) for (const item of of(entry)) index.get(item.id)!.push(entry);
  return index;
}

/** The string ids of a reference field with their list index; anything else is the schema's business. */
function idsIn(value: unknown): [string, number][] {
  if (typeof value === 'string') return [[value, 0]];
  if (!Array.isArray(value)) return [];
  return value.flatMap((id, i): [string, number][] => (typeof id === 'string' ? [[id, i]] : []));
}

/** Warnings that never fail a run: stale entries and likely duplicates. */
export function contentWarnings(records: ValidRecord[], today: string): Problem[] {
  const warnings: Problem[] = [];
  const staleBefore = monthsBefore(today, 12);
  const titles = new Map<string, ValidRecord>();
  for (const record of records) {
    if (record.data.reviewed < staleBefore) {
      warnings.push({
        severity: 'warning',
        file: record.file,
        line: record.lineOf(['reviewed']),
        field: 'reviewed',
        message: `zuletzt geprüft am ${record.data.reviewed}, vor mehr als 12 Monaten`,
        suggestion: 'die Angaben prüfen und das Datum in „reviewed“ aktualisieren',
        rule: 'stale',
      });
    }
    const titleKey = `${record.type}/${record.data.title.toLocaleLowerCase('de')}`;
    const twin = titles.get(titleKey);
    if (twin) {
      warnings.push({
        severity: 'warning',
        file: record.file,
        line: record.lineOf(['title']),
        field: 'title',
        message: `derselbe Titel steht schon in ${twin.file}`,
        suggestion: 'prüfen, ob der Eintrag doppelt angelegt wurde',
        rule: 'duplicate-title',
      });
    } else titles.set(titleKey, record);
  }
  return warnings;
}
