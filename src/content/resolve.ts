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

export function resolveGraph(input: ResolveInput): { graph: ContentGraph; problems: Problem[] } {
  const problems: Problem[] = [];
  const regionById = new Map(input.regions.map((region) => [region.id, region]));
  const topicById = new Map(input.topics.map((topic) => [topic.id, topic]));
  const bySlug = new Map<EntryType, Map<string, ValidRecord>>(entryTypes.map((type) => [type, new Map()]));
  for (const record of input.records) bySlug.get(record.type)!.set(record.slug, record);

  const invalidSlugs = new Set(input.invalid.map((record) => `${record.type}/${record.slug}`));
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

  for (const record of [...input.records, ...input.invalid]) {
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
          if (invalidSlugs.has(`${target}/${slug}`)) return;
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

  const staleBefore = monthsBefore(input.today, 12);
  const published = input.records.filter((record) => input.includeDrafts || !record.data.draft);
  const entries = new Map<string, Entry>();
  const key = (type: EntryType, slug: string) => `${type}/${slug}`;
  for (const record of published) {
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
    let entry: Entry;
    switch (record.type) {
      case 'initiatives':
        entry = { ...common, type: 'initiatives', data, networks: [], contacts: [], materials: [] };
        break;
      case 'networks':
        entry = { ...common, type: 'networks', data, coordinator: undefined, contacts: [], initiatives: [] };
        break;
      case 'materials': {
        const name = record.data.file as string | undefined;
        const bytes = name === undefined ? undefined : input.materialFiles.get(name);
        const file: MaterialFile | undefined =
          name !== undefined && bytes !== undefined
            ? { name, source: path.join(input.materialFilesPath, name), href: `${sitePaths.downloads}${name}`, bytes, format: fileFormats[name.split('.').pop() as keyof typeof fileFormats] }
            : undefined;
        entry = { ...common, type: 'materials', data, download: file, initiatives: [] };
        break;
      }
      case 'contacts':
        entry = { ...common, type: 'contacts', data, initiatives: [], networks: [], coordinates: [] };
        break;
    }
    entries.set(key(record.type, record.slug), entry);
  }

  const lookup = <T extends Entry>(type: EntryType, slugs: unknown): T[] =>
    (Array.isArray(slugs) ? slugs : slugs === undefined ? [] : [slugs])
      .map((slug) => entries.get(key(type, slug as string)) as T | undefined)
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

  const all = [...entries.values()].sort(byTitle);
  for (const entry of all) {
    if ('initiatives' in entry) entry.initiatives.sort(byTitle);
    if (entry.type === 'contacts') {
      entry.networks.sort(byTitle);
      entry.coordinates.sort(byTitle);
    }
  }
  const ofType = <T extends Entry>(type: EntryType) => all.filter((entry): entry is T => entry.type === type);
  const byRegion = new Map<string, Entry[]>(input.regions.map((region) => [region.id, []]));
  const byTopic = new Map<string, Entry[]>(input.topics.map((topic) => [topic.id, []]));
  for (const entry of all) {
    for (const region of entry.regions) byRegion.get(region.id)!.push(entry);
    for (const topic of entry.topics) byTopic.get(topic.id)!.push(entry);
  }

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
    byRegion,
    byTopic,
    draftCount: input.records.length - published.length + input.pages.filter((page) => page.data.draft).length,
  };
  return { graph, problems };
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
