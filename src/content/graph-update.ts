/**
 * The preview's incremental graph update: after edits to existing, valid entry files, only the
 * edited records' entries are made again and linked in; every other entry of the previous graph
 * is kept (at 20,000 entries resolving the whole graph again took ~1 s of CPU per edit). The
 * result equals `resolveGraph` on the same records (test/content/graph-update.test.ts compares
 * them deep, problems included, over a series of edits).
 *
 * Only what such an edit can change is touched: the edited entry (a new object), the entries
 * that link to it or that it links to before or after the edit (their link lists are replaced by
 * new arrays naming the new entry), and new sorted lists (all entries, per type, per region and
 * topic). The previous graph's own lists and entry objects are otherwise left as they were: the
 * preview compares it with the new one to find the pages to render again.
 *
 * Anything else (a new, deleted, renamed or invalid file, a draft published or unpublished, the
 * vocabularies) is not handled here: the caller resolves the whole graph again.
 */
import { contentTypes, type EntryType } from '../schema/index.ts';
import { monthsBefore } from '../schema/clock.ts';
import type { Contact, ContentGraph, Entry, Initiative, Material, Network } from './graph.ts';
import type { Problem } from './problems.ts';
import { byTitle, entryKey, referenceProblems, toEntry, type ResolveInput, type ValidRecord } from './resolve.ts';

/** A resolved graph with what is needed to update it. */
export interface ResolvedGraph {
  input: ResolveInput;
  graph: ContentGraph;
  /** `resolveGraph`'s problems for `input`. */
  problems: Problem[];
  /** The published entries by `entryKey`. */
  entries: Map<string, Entry>;
}

/** What resolveGraph returned for `input`, kept for updates. */
export function resolvedGraph(input: ResolveInput, graph: ContentGraph, problems: Problem[]): ResolvedGraph {
  return { input, graph, problems, entries: new Map(graph.entries.map((entry) => [entryKey(entry.type, entry.slug), entry])) };
}

/** One edited file: its record before and after the edit (same type and slug, both valid). */
export interface Replacement {
  before: ValidRecord;
  after: ValidRecord;
}

/**
 * The graph and reference problems after replacing records, as `resolveGraph` would give them;
 * undefined when a replacement is not one this update handles (the caller resolves everything).
 * `resolved` must not be used afterwards: its entries map and the neighbours' link lists now
 * belong to the result.
 */
export function replaceRecords(resolved: ResolvedGraph, replacements: readonly Replacement[]): ResolvedGraph | undefined {
  const { input, entries } = resolved;
  const index = new Map(replacements.map(({ before }) => [before, -1]));
  input.records.forEach((record, i) => index.has(record) && index.set(record, i));
  for (const { before, after } of replacements) {
    if (index.get(before) === -1 || before.type !== after.type || before.slug !== after.slug || before.file !== after.file || Boolean(before.data.draft) !== Boolean(after.data.draft)) return undefined;
    // Checked before anything changes: a published entry has one to replace, an unpublished draft none.
    if (entries.has(entryKey(after.type, after.slug)) !== (input.includeDrafts || !after.data.draft)) return undefined;
  }
  const records = input.records.slice();
  for (const { before, after } of replacements) records[index.get(before)!] = after;
  const next: ResolveInput = { ...input, records };
  const old = resolved.graph;
  const lists: Lists = {
    all: old.entries.slice(),
    ofType: { initiatives: old.initiatives.slice(), networks: old.networks.slice(), materials: old.materials.slice(), contacts: old.contacts.slice() },
    byRegion: new Map(old.byRegion),
    byTopic: new Map(old.byTopic),
  };
  const staleBefore = monthsBefore(input.today, 12);
  for (const { after } of replacements) {
    const key = entryKey(after.type, after.slug);
    const previous = entries.get(key);
    // An unpublished draft stays one: no entry to replace.
    if (!previous) continue;
    const entry = toEntry(after, next, old.regionById, old.topicById, staleBefore);
    entries.set(key, entry);
    relink(previous, entry, entries);
    replaceInLists(lists, previous, entry);
  }
  const edited = new Set(replacements.map(({ after }) => after.file));
  const problems = [
    ...resolved.problems.filter((problem) => !edited.has(problem.file)),
    ...referenceProblems(
      next,
      old.regionById,
      old.topicById,
      replacements.map(({ after }) => after),
    ),
  ];
  const graph: ContentGraph = {
    ...old,
    initiatives: lists.ofType.initiatives as Initiative[],
    networks: lists.ofType.networks as Network[],
    materials: lists.ofType.materials as Material[],
    contacts: lists.ofType.contacts as Contact[],
    entries: lists.all,
    byRegion: lists.byRegion,
    byTopic: lists.byTopic,
  };
  return { input: next, graph, problems, entries };
}

interface Lists {
  all: Entry[];
  ofType: Record<EntryType, Entry[]>;
  byRegion: Map<string, Entry[]>;
  byTopic: Map<string, Entry[]>;
}

const typeOrder = new Map(Object.keys(contentTypes).map((type, i) => [type, i]));

/**
 * resolveGraph's order of entries: by title (a stable sort of the records as loaded), so equal
 * titles stay in load order: content type, then file name as the folder listing sorts it.
 */
function compareEntries(a: Entry, b: Entry): number {
  const byName = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return byTitle(a, b) || typeOrder.get(a.type)! - typeOrder.get(b.type)! || byName(`${a.slug}.md`, `${b.slug}.md`);
}

/** A copy of a sorted list without `previous` (every time it occurs) and with `entry` `times` times in its place by order. */
function resorted(list: readonly Entry[], previous: Entry | undefined, entry: Entry, times: number): Entry[] {
  const out = previous ? list.filter((item) => item !== previous) : list.slice();
  let low = 0;
  let high = out.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareEntries(out[middle]!, entry) < 0) low = middle + 1;
    else high = middle;
  }
  out.splice(low, 0, ...Array.from({ length: times }, () => entry));
  return out;
}

/** The graph's sorted lists with `entry` in place of `previous`. */
function replaceInLists(lists: Lists, previous: Entry, entry: Entry): void {
  lists.all = resorted(lists.all, previous, entry, 1);
  lists.ofType[entry.type] = resorted(lists.ofType[entry.type], previous, entry, 1);
  const reindex = (index: Map<string, Entry[]>, before: readonly { id: string }[], after: readonly { id: string }[]) => {
    for (const id of new Set([...before, ...after].map((item) => item.id))) {
      const list = index.get(id);
      // An id outside the vocabulary has no list (its record has an "unknown region" error).
      if (list) index.set(id, resorted(list, previous, entry, after.filter((item) => item.id === id).length));
    }
  };
  reindex(lists.byRegion, previous.regions, entry.regions);
  reindex(lists.byTopic, previous.topics, entry.topics);
}

/** The entries a list of slugs names (drafts and missing ones left out), as resolveGraph links them. */
function lookup<T extends Entry>(entries: ReadonlyMap<string, Entry>, type: EntryType, slugs: unknown): T[] {
  return (Array.isArray(slugs) ? slugs : slugs === undefined ? [] : [slugs])
    .map((slug) => entries.get(entryKey(type, slug as string)) as T | undefined)
    .filter((entry): entry is T => entry !== undefined);
}

/**
 * Links `entry` (the edited record's new entry, not yet linked) in place of `previous`: its own
 * references looked up, its back-links taken over (whoever named the entry still does), the
 * entries naming it pointed at the new object, and the back-links of the entries it named before
 * or names now made again.
 */
function relink(previous: Entry, entry: Entry, entries: ReadonlyMap<string, Entry>): void {
  const swap = <T extends Entry>(list: readonly T[]): T[] => list.map((item) => (item === previous ? (entry as T) : item));
  // Back-links: an edit to this file does not change who names it.
  if (entry.type !== 'initiatives' && previous.type !== 'initiatives') entry.initiatives = previous.initiatives.slice();
  if (entry.type === 'contacts' && previous.type === 'contacts') {
    entry.networks = previous.networks.slice();
    entry.coordinates = previous.coordinates.slice();
  }
  // The entries naming it name the new object.
  if (previous.type !== 'initiatives') {
    for (const initiative of previous.initiatives) {
      if (previous.type === 'networks') initiative.networks = swap(initiative.networks);
      if (previous.type === 'contacts') initiative.contacts = swap(initiative.contacts);
      if (previous.type === 'materials') initiative.materials = swap(initiative.materials);
    }
  }
  if (previous.type === 'contacts') {
    for (const network of previous.networks) {
      network.contacts = swap(network.contacts);
      if (network.coordinator === previous) network.coordinator = entry as Contact;
    }
  }
  // Its own references, and the back-links of what it names (before and after).
  if (entry.type === 'initiatives' && previous.type === 'initiatives') {
    entry.networks = lookup<Network>(entries, 'networks', entry.data.networks);
    entry.contacts = lookup<Contact>(entries, 'contacts', entry.data.contacts);
    entry.materials = lookup<Material>(entries, 'materials', entry.data.materials);
    const named = new Set<Entry>([...entry.networks, ...entry.contacts, ...entry.materials]);
    for (const target of new Set<Network | Contact | Material>([...previous.networks, ...previous.contacts, ...previous.materials, ...entry.networks, ...entry.contacts, ...entry.materials])) {
      target.initiatives = resorted(target.initiatives, previous, entry, named.has(target) ? 1 : 0) as Initiative[];
    }
  } else if (entry.type === 'networks' && previous.type === 'networks') {
    entry.coordinator = lookup<Contact>(entries, 'contacts', entry.data.coordinator)[0];
    entry.contacts = lookup<Contact>(entries, 'contacts', entry.data.contacts);
    const targets = new Set<Contact>([...(previous.coordinator ? [previous.coordinator] : []), ...previous.contacts, ...(entry.coordinator ? [entry.coordinator] : []), ...entry.contacts]);
    for (const contact of targets) {
      const member = contact === entry.coordinator || entry.contacts.includes(contact);
      contact.networks = resorted(contact.networks, previous, entry, member ? 1 : 0) as Network[];
      contact.coordinates = resorted(contact.coordinates, previous, entry, contact === entry.coordinator ? 1 : 0) as Network[];
    }
  }
}
