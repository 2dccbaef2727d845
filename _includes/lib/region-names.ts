/**
 * How the site names a region in running German text and in which order it lists regions.
 *
 * The grammatical forms follow from the region's kind (regions.yml `kind`), so they are one
 * table here instead of a field per region: every Landkreis is masculine (der Landkreis Celle,
 * der Heidekreis), the Region Hannover and every kreisfreie Stadt feminine, the Land takes no
 * article. The label's leading kind word ("Landkreis ", "Region ", "Stadt ") is what visitors
 * skip when they look a region up, so lists sort by the name after it.
 */
import type { Region } from '../../src/schema/index.ts';

interface KindForms {
  /** Dative with "in": "im", "in der", "in". */
  in: string;
  /** Accusative with "für": "für den", "für die", "für". */
  for: string;
  /** The kind word a label may start with; left out when sorting. */
  prefix: string;
}

const FORMS: Record<Region['kind'], KindForms> = {
  land: { in: 'in', for: 'für', prefix: '' },
  landkreis: { in: 'im', for: 'für den', prefix: 'Landkreis ' },
  region: { in: 'in der', for: 'für die', prefix: 'Region ' },
  'kreisfreie-stadt': { in: 'in der', for: 'für die', prefix: 'Stadt ' },
};

type Named = Pick<Region, 'id' | 'kind' | 'label' | 'short'>;

const STATEWIDE = 'niedersachsen';

/** The name inside a sentence, without the "(landesweit)" hint: "Landkreis Celle", "Niedersachsen". */
function sentenceName(region: Named): string {
  return region.kind === 'land' ? region.short : region.label;
}

/** "im Landkreis Celle", "im Heidekreis", "in der Region Hannover", "in der Stadt Oldenburg (Oldb)", "in Niedersachsen". */
export function inRegion(region: Named): string {
  return `${FORMS[region.kind].in} ${sentenceName(region)}`;
}

/** "für den Landkreis Gifhorn", "für die Stadt Emden", "für Niedersachsen". */
export function forRegion(region: Named): string {
  return `${FORMS[region.kind].for} ${sentenceName(region)}`;
}

/** The name people look a region up by: "Ammerland", "Hannover", "Heidekreis", "Oldenburg (Oldb)". */
export function lookupName(region: Named): string {
  const prefix = FORMS[region.kind].prefix;
  return prefix && region.label.startsWith(prefix) ? region.label.slice(prefix.length) : region.label;
}

const collator = new Intl.Collator('de');

/**
 * The one order of regions on every page: Niedersachsen (statewide) first, then by the name
 * people look for; a Landkreis and a Stadt of the same name (Oldenburg, Osnabrück) by label.
 */
export function compareRegions(a: Named, b: Named): number {
  if (a.id === STATEWIDE || b.id === STATEWIDE) return a.id === b.id ? 0 : a.id === STATEWIDE ? -1 : 1;
  return collator.compare(lookupName(a), lookupName(b)) || collator.compare(a.label, b.label);
}

/** A sorted copy. */
export function sortRegions<R extends Named>(regions: readonly R[]): R[] {
  return [...regions].sort(compareRegions);
}
