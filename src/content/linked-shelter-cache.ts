/**
 * The shelter guard's cross-file check (`linkedShelterWarnings`: an initiative or network that
 * links to a Frauenhaus and names an address) remembered per record between loads, for the
 * preview: at 20,000 entries running the location finder over every linking record again took
 * ~0.8 s of CPU per edit, although only the edited file had changed.
 *
 * A record's warnings depend on the record itself and on the shelters (Frauenhaus contacts) it
 * names; records the loader takes from its cache are the same objects, so the result is kept
 * per record object (WeakMap: records of deleted or edited files are dropped with them) and
 * used again while the shelters the record names are the same objects too.
 */
import type { Problem } from './problems.ts';
import { CONTACT_LINK, linkedShelterWarnings } from './shelter-guard.ts';
import type { ValidRecord } from './resolve.ts';

/** Earlier results per record; kept by the caller between loads (LoadCache). */
export type LinkedShelterCache = WeakMap<ValidRecord, { shelters: readonly ValidRecord[]; warnings: Problem[] }>;

export function createLinkedShelterCache(): LinkedShelterCache {
  return new WeakMap();
}

/**
 * The same warnings, in the same order, as `linkedShelterWarnings(records)`, checking only
 * records that are new or name other shelters than at the last call with `cache`.
 */
export function cachedLinkedShelterWarnings(records: readonly ValidRecord[], cache: LinkedShelterCache): Problem[] {
  const shelters = new Map<string, ValidRecord>();
  for (const record of records) {
    if (record.type === 'contacts' && record.data.kind === 'frauenhaus') shelters.set(record.slug, record);
  }
  if (!shelters.size) return [];
  const warnings: Problem[] = [];
  for (const record of records) {
    const named = namedShelters(record, shelters);
    if (!named.length) continue;
    let known = cache.get(record);
    if (!known || known.shelters.length !== named.length || known.shelters.some((shelter, i) => shelter !== named[i])) {
      // The record with the shelters it names: what the guard reads for this record.
      known = { shelters: named, warnings: linkedShelterWarnings([...named, record]) };
      cache.set(record, known);
    }
    warnings.push(...known.warnings);
  }
  return warnings;
}

/**
 * The shelters a record names in any top-level field (a slug or a list of slugs), in field order,
 * then those its body links to (as linkedShelterWarnings reads them: CONTACT_LINK).
 */
function namedShelters(record: ValidRecord, shelters: ReadonlyMap<string, ValidRecord>): ValidRecord[] {
  const named: ValidRecord[] = [];
  const add = (item: unknown) => {
    const shelter = typeof item === 'string' ? shelters.get(item) : undefined;
    if (shelter && !named.includes(shelter)) named.push(shelter);
  };
  for (const value of Object.values(record.data)) for (const item of Array.isArray(value) ? value : [value]) add(item);
  // A Markdown link to the shelter's page refers as well (outside tester, session 17); the preview missed it (session 19).
  for (const match of record.body.matchAll(CONTACT_LINK)) add(match[1]);
  return named;
}
